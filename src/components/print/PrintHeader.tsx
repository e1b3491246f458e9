import { useTranslation } from 'react-i18next'
import { MODEL_VERSION } from '@/model'
import { formatDate } from '@/i18n/format'
import { useLng } from '@/i18n/sharedTranslation'
import { version as APP_VERSION } from '../../../package.json'

/** Title, date, language and versions: a printed page is read weeks later, away from the app (UX.md §4). */
export function PrintHeader({ today, title }: { today: Date; title?: string }) {
  const { t } = useTranslation('views')
  const lng = useLng()
  return (
    <header className="p-header">
      <h1>{title ?? t('print.title')}</h1>
      <p className="p-header__meta">
        <span>{t('print.printed', { date: formatDate(today, lng) })}</span>
        <span>{t('print.language')}</span>
        <span>{t('print.version', { app: APP_VERSION, model: MODEL_VERSION })}</span>
      </p>
    </header>
  )
}
