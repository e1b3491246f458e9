// What each row of the option grid holds for one option, from the engine's answer as it is:
// which personal figures, which trial result, which harms, which trials. Pure: no React, no
// translation (the cells word it), so screen, board and paper pick the same things.
import type { ContextFigure, Harm, OptionEstimate, OptionId, OutcomeId, Prediction } from '@/model'
import { couldJoin, getTrial, type TrialMatch } from '@/trials'
import { figureFor, type Figure, type Gap } from '../figures'
import { trialResultsOf } from '../trialResults'

export const GRID_ROWS = ['involves', 'alive', 'sarcoma', 'local', 'elsewhere', 'harms', 'trials'] as const
export type GridRow = (typeof GRID_ROWS)[number]

/** The personal figures each row shows, benefits first; 'local' and 'elsewhere' add a trial result. */
export const ROW_OUTCOMES: Record<GridRow, readonly OutcomeId[]> = {
  involves: [],
  alive: ['overall_survival'],
  sarcoma: ['sarcoma_specific_survival'],
  local: ['local_recurrence'],
  elsewhere: ['disease_free_survival', 'distant_metastasis'],
  harms: [],
  trials: [],
}

/** The trial outcomes a row's trial result is taken from (the first the option's context gives). */
const ROW_TRIAL_OUTCOMES: Partial<Record<GridRow, readonly OutcomeId[]>> = {
  local: ['local_recurrence'],
  elsewhere: ['distant_metastasis', 'disease_free_survival'],
}

/** A personal figure in a cell: a value, or why there is none (gaps every option shares are said once, above). */
export type CellFigure = { outcome: OutcomeId; figure: Figure }

export const cellFigures = (p: Prediction, option: OptionId, row: GridRow, years: number, common: readonly Gap[]): CellFigure[] =>
  ROW_OUTCOMES[row]
    .map((outcome) => ({ outcome, figure: figureFor(p, option, outcome, years) }))
    .filter(({ outcome, figure }) => figure.kind === 'value' || !common.some((g) => g.outcome === outcome))

/** The option's first trial result for the row (the engine's order), or null. */
export const rowTrialResult = (option: OptionEstimate, row: GridRow): ContextFigure | null => {
  const outcomes = ROW_TRIAL_OUTCOMES[row]
  if (!outcomes) return null
  return trialResultsOf(option.context).find((f) => outcomes.includes(f.outcome)) ?? null
}

/**
 * The rows that say something for at least one of the shown options: a row of personal figures
 * that no option has (a gap every option shares, said once above the grid) and no trial result
 * is left out. What it involves, tumour back, harms and trials always stand. The board, which
 * must hold alive, tumour back and harms on one projected screen, shows of the personal-figure
 * rows only the chosen outcome's (its outcome switch changes it), and no trials row (the trials
 * follow, one line each).
 */
export const rowsFor = (p: Prediction, options: readonly OptionEstimate[], years: number, common: readonly Gap[], variant: 'screen' | 'board' | 'print', emphasis?: OutcomeId): GridRow[] =>
  GRID_ROWS.filter((row) => {
    if (row === 'trials') return variant === 'screen'
    if (row === 'involves' || row === 'local' || row === 'harms') return true
    const says = options.some((o) => cellFigures(p, o.id, row, years, common).length > 0 || rowTrialResult(o, row) !== null)
    if (variant === 'board') return says && emphasis !== undefined && ROW_OUTCOMES[row].includes(emphasis)
    return says
  })

/**
 * The main harm or harms: the card harms (not the detail figures) with a published rate, in the
 * engine's order, up to `max`; without any rate, the first card harm (it says there is none).
 */
export const mainHarms = (harms: readonly Harm[], max: number): Harm[] => {
  const card = harms.filter((h) => !h.detail)
  const rated = card.filter((h) => h.rate !== null)
  return rated.length ? rated.slice(0, max) : card.slice(0, 1)
}

/** Trials studying this option (their `optionsStudied`) that the patient could join: eligible or to confirm. */
export const joinableTrials = (trials: readonly TrialMatch[], option: OptionId): TrialMatch[] =>
  trials.filter((m) => couldJoin(m) && (getTrial(m.trialId).optionsStudied?.includes(option) ?? false))

/** The derived-figure notes of the grid, each (outcome, code) once, marked a, b, c in order. */
export const derivedNotes = (p: Prediction, options: readonly OptionEstimate[], years: number): { outcome: OutcomeId; code: string }[] => {
  const seen = new Map<string, { outcome: OutcomeId; code: string }>()
  for (const o of options) {
    for (const outcome of Object.values(ROW_OUTCOMES).flat()) {
      const f = figureFor(p, o.id, outcome, years)
      if (f.kind === 'value' && f.derived && !seen.has(`${outcome}|${f.derived}`)) seen.set(`${outcome}|${f.derived}`, { outcome, code: f.derived })
    }
  }
  return [...seen.values()]
}

export const NOTE_MARKS = 'abcdefghij'
