// Trial order and status marks shared by paper and projector: trials that could fit first, and a
// mark beside every status word so it never rests on colour alone.
import type { TrialMatch } from '@/trials'

const STATUS_ORDER = { eligible: 0, to_confirm: 1, not_eligible: 2, closed: 3 } as const
export const STATUS_MARK = { eligible: '✓', to_confirm: '?', not_eligible: '✗', closed: '–' } as const

export const orderTrials = (trials: readonly TrialMatch[]): TrialMatch[] => [...trials].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
