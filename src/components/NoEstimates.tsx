import { useTranslation } from 'react-i18next'
import type { OutcomeId } from '@/model'

/**
 * The outcomes an option has no personal figure for, grouped by why: an honest gap stated in
 * words (UX.md §1), never a blank, a zero or a chart.
 */
export function NoEstimates({ gaps }: { gaps: { outcome: OutcomeId; reason: string }[] }) {
  const { t } = useTranslation()
  if (!gaps.length) return null
  const byReason = new Map<string, OutcomeId[]>()
  for (const { outcome, reason } of gaps) byReason.set(reason, [...(byReason.get(reason) ?? []), outcome])
  return (
    <div className="no-estimates">
      <p className="no-estimates__title">{t('figure.noEstimateFor')}</p>
      <ul>
        {[...byReason.entries()].map(([reason, outcomes]) => (
          <li key={reason} data-reason={reason}>
            <span className="no-estimates__outcomes">{outcomes.map((o) => t(`engine:outcome.${o}.name`)).join("; ")}</span>
            <span className="figure__reason">{t(`engine:reason.${reason}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
