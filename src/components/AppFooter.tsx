import { useTranslation } from 'react-i18next'
import { MODEL_VERSION } from '@/model/version'

/** Intended use, version and privacy, on every screen (UX.md §7, §8). */
export function AppFooter() {
  const { t } = useTranslation()
  return (
    <footer className="app-footer">
      <p>{t('app.intendedUse')}</p>
      <p>
        {t('app.privacy')} {t('app.version', { version: MODEL_VERSION })}
      </p>
    </footer>
  )
}
