// The distinct reasons across all options (in order of first use) for outcomes without a
// personal figure, so the printed notes are numbered once for the whole page.
import type { Prediction } from '@/model'
import { gapsFor } from '../figures'

export const gapNotes = (prediction: Prediction, years: number): string[] => [
  ...new Set(prediction.options.flatMap((option) => gapsFor(prediction, option.id, years).map((g) => g.reason))),
]
