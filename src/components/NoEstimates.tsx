import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutcomeId } from '@/model'
import type { Gap } from './figures'

const sameGaps = (a: { gaps: Gap[]; title?: string }, b: { gaps: Gap[]; title?: string }): boolean =>
  a.title === b.title &&
  a.gaps.length === b.gaps.length && a.gaps.every((gap, i) => gap.outcome === b.gaps[i]?.outcome && gap.reason === b.gaps[i]?.reason)

/**
 * The outcomes an option has no personal figure for, grouped by why: an honest gap stated in
 * words (UX.md §1), never a blank, a zero or a chart. Memoised on the gaps themselves: a
 * keystroke rarely changes which outcomes lack a figure.
 */
export const NoEstimates = memo(function NoEstimates({ gaps, title }: { gaps: Gap[]; title?: string }) {
  const { t } = useTranslation()
  if (!gaps.length) return null
  const byReason = new Map<string, OutcomeId[]>()
  for (const { outcome, reason } of gaps) byReason.set(reason, [...(byReason.get(reason) ?? []), outcome])
  return (
    <div className="no-estimates">
      <p className="no-estimates__title">{title ?? t('figure.noEstimateFor')}</p>
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
}, sameGaps)
