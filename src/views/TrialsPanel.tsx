import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TrialMatch } from '@/trials'
import { TrialCard } from '@/components/TrialCard'
import { useSettled } from './useSettled'

const STATUS_ORDER = { eligible: 0, to_confirm: 1, not_eligible: 2, closed: 3 } as const

/**
 * Trials the patient could join: no "not met" first, closed trials last but still listed.
 * `answer` is the engine's answer (or anything with its trials); its trials are read only once
 * the answer has settled.
 */
export function TrialsPanel({ answer: current, today }: { answer: { readonly trials: TrialMatch[] }; today?: Date }) {
  // The estimates answer each keystroke first; the long criteria lists follow when the typing
  // pauses (a settled answer into a memoised list). The answer's trials are matched when first
  // read, so the keystrokes in between do not run the matcher at all.
  const answer = useSettled(current)
  const day = useMemo(() => today ?? new Date(), [today])
  return <TrialList trials={answer.trials} today={day} />
}

const TrialList = memo(function TrialList({ trials, today }: { trials: TrialMatch[]; today: Date }) {
  const { t } = useTranslation()
  const ordered = [...trials].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
  const open = trials.filter((m) => m.status === 'to_confirm' || m.status === 'eligible').length
  return (
    <section className="panel trials-panel" aria-labelledby="trials-heading">
      <h2 id="trials-heading">{t('trialsPanel.heading')}</h2>
      <p className="panel__lead">{t('trialsPanel.lead', { count: open, total: trials.length })}</p>
      <p className="legend-line">
        <span>✓ {t('trials:result.met')}</span> <span>✗ {t('trials:result.not_met')}</span> <span>? {t('trials:result.to_confirm')}</span>
      </p>
      {ordered.map((match) => (
        <TrialCard key={match.trialId} match={match} today={today} />
      ))}
    </section>
  )
})
