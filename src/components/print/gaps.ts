// The distinct reasons across all options (in order of first use) for outcomes without a
// personal figure, so the printed notes are numbered once for the whole page.
// The gaps every option shares are written once, apart, and need no note.
import type { Prediction } from '@/model'
import { ownGaps, type Gap } from '../figures'

export const gapNotes = (prediction: Prediction, years: number, common: Gap[]): string[] => [
  ...new Set(prediction.options.flatMap((option) => ownGaps(prediction, option.id, years, common).map((g) => g.reason))),
]
