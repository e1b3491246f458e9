import { useTranslation } from 'react-i18next'
import { useAgendaStore } from '@/state/agenda'

/** "Case 2 of 12: LMS thigh". The label is a text node: markup in a link's label stays text. */
export function CasePosition({ className }: { className: string }) {
  const { t } = useTranslation('views')
  const position = useAgendaStore((s) => s.position)
  const cases = useAgendaStore((s) => s.cases)
  const label = cases[position]?.label
  return (
    <p className={className} aria-live="polite" data-case={position + 1}>
      <strong>{t('agenda.position', { n: position + 1, total: cases.length })}</strong>
      {label ? (
        <>
          : <span className="agenda-label">{label}</span>
        </>
      ) : null}
    </p>
  )
}
