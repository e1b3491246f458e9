import { useTranslation } from 'react-i18next'
import { useAppStore } from '@/state/store'
import { LanguageSelect } from './LanguageSelect'

/** The app's name and purpose, the language switch and the three ways to look at one scenario. */
export function AppHeader({ onPrint }: { onPrint: () => void }) {
  const { t } = useTranslation()
  const mode = useAppStore((s) => s.mode)
  const setMode = useAppStore((s) => s.setMode)
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{t('app.title')}</h1>
        <p className="app-header__purpose">{t('app.purpose')}</p>
      </div>
      <nav className="app-header__actions" aria-label={t('nav.label')}>
        {mode === 'about' || mode === 'agenda' ? (
          <button type="button" onClick={() => setMode('consult')}>
            {t('nav.backToConsult')}
          </button>
        ) : null}
        {mode === 'about' ? null : (
          <button type="button" onClick={() => setMode('about')}>
            {t('nav.about')}
          </button>
        )}
        {mode === 'agenda' ? null : (
          // No count here: the first screen is prerendered, and this browser's agenda is not known there.
          <button type="button" onClick={() => setMode('agenda')}>
            {t('views:agenda.viewAgenda')}
          </button>
        )}
        <button type="button" onClick={onPrint}>
          {t('nav.print')}
        </button>
        <button type="button" onClick={() => setMode('projector')} aria-keyshortcuts="B">
          {t('nav.board')}
        </button>
        <LanguageSelect />
      </nav>
    </header>
  )
}
