import { useTranslation } from 'react-i18next'
import { useAgendaStore } from '@/state/agenda'
import { MAX_CASES } from '@/state/agendaLabel'

/**
 * What the opened agenda link left out, case by case ("Case 2 could not be read"): the other
 * cases are open. Shown on the board and in the agenda view until dismissed.
 */
export function AgendaNotices() {
  const { t } = useTranslation('views')
  const notice = useAgendaStore((s) => s.notice)
  const dismiss = useAgendaStore((s) => s.dismissNotice)
  if (!notice) return null
  const lines = [
    ...(notice.unreadableLink ? [t('agenda.notice.unreadableLink')] : []),
    ...notice.unreadable.map((n) => t('agenda.notice.unreadable', { n })),
    ...notice.refusedLabels.map((n) => t('agenda.notice.refusedLabel', { n })),
    ...(notice.truncated ? [t('agenda.notice.truncated', { max: MAX_CASES })] : []),
  ]
  return (
    <div className="notice notice--warning agenda-notices" role="alert">
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button--quiet" onClick={dismiss}>
        {t('agenda.notice.dismiss')}
      </button>
    </div>
  )
}
