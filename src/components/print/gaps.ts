// Outcomes an option has no personal figure for, and the distinct reasons across all options
// (in order of first use), so the printed notes are numbered once for the whole page.
import { OUTCOME_IDS, type OptionId, type OutcomeId, type Prediction } from '@/model'
import { figureFor } from '../figures'

export type Gap = { outcome: OutcomeId; reason: string }

export const gapsFor = (prediction: Prediction, option: OptionId, years: number): Gap[] =>
  OUTCOME_IDS.flatMap((outcome) => {
    const figure = figureFor(prediction, option, outcome, years)
    return figure.kind === 'not_estimable' ? [{ outcome, reason: figure.reason }] : []
  })

export const gapNotes = (prediction: Prediction, years: number): string[] => [
  ...new Set(prediction.options.flatMap((option) => gapsFor(prediction, option.id, years).map((g) => g.reason))),
]
