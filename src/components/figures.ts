// Pure shaping of engine answers into what a column shows: whole people out of 100, the range,
// the difference from surgery alone. No React, no translation: the components word it.
import { estimate, isSourceId, type Estimate, type OptionId, type OutcomeId, type Prediction } from '@/model'
import { OUTCOME_IDS, SURVIVAL_OUTCOMES } from '@/model/types'
import { outOf100 } from '@/i18n/format'

export type Figure =
  | {
      kind: 'value'
      people: number
      lower?: number
      upper?: number
      bound?: 'at_least' | 'below'
      derived?: string
      sources: string[]
      /** The id of the model loaded on this device the figure comes from (not a registry source). */
      loadedModel?: string
    }
  | { kind: 'not_estimable'; reason: string }

/**
 * A fraction and its range as whole people out of 100 (null when the value has none). A range
 * that rounds to one whole number says nothing more than the value, so it is left out.
 */
export const wholePeople = (x: { value: number; lower?: number; upper?: number }): { people: number; lower?: number; upper?: number } | null => {
  const people = outOf100(x.value)
  if (people === null) return null
  const lower = x.lower === undefined ? null : outOf100(x.lower)
  const upper = x.upper === undefined ? null : outOf100(x.upper)
  return { people, ...(lower !== null && upper !== null && lower !== upper ? { lower, upper } : {}) }
}

export const toFigure = (e: Estimate): Figure => {
  if (e.kind === 'not_estimable') return { kind: 'not_estimable', reason: e.reason }
  const whole = wholePeople(e)
  if (!whole) return { kind: 'not_estimable', reason: 'not_available' }
  // The engine's own sources are registry records; any other id is a model loaded in this browser.
  const loadedModel = e.sources.find((id) => !isSourceId(id))
  return {
    kind: 'value',
    ...whole,
    ...(e.bound ? { bound: e.bound } : {}),
    ...(e.derived ? { derived: e.derived } : {}),
    sources: e.sources,
    ...(loadedModel ? { loadedModel } : {}),
  }
}

/** Whether two figures read the same (number, range, bound or reason): memo comparisons use it. */
export const sameFigure = (x: Figure, y: Figure): boolean => {
  if (x.kind === 'not_estimable' || y.kind === 'not_estimable') return x.kind === 'not_estimable' && y.kind === 'not_estimable' && x.reason === y.reason
  return x.people === y.people && x.lower === y.lower && x.upper === y.upper && x.bound === y.bound && x.derived === y.derived && x.loadedModel === y.loadedModel
}

export const figureFor = (p: Prediction, option: OptionId, outcome: OutcomeId, years: number): Figure =>
  toFigure(estimate(p, option, outcome, years))

export const isSurvival = (outcome: OutcomeId): boolean => SURVIVAL_OUTCOMES.includes(outcome)

/**
 * People out of 100 versus surgery alone, signed so that positive is "more people with this
 * outcome". Null where either side has no plain value (a bound or no estimate).
 */
export const differenceFromReference = (option: Figure, reference: Figure): number | null => {
  if (option.kind !== 'value' || reference.kind !== 'value' || option.bound || reference.bound) return null
  return option.people - reference.people
}

/** The outcome the icon array shows: the first survival outcome with a value at the horizon. */
export const headlineOutcome = (p: Prediction, years: number): OutcomeId | null => {
  for (const outcome of SURVIVAL_OUTCOMES) {
    if (p.options.some((o) => estimate(p, o.id, outcome, years).kind === 'value')) return outcome
  }
  return null
}

export type Gap = { outcome: OutcomeId; reason: string }

/** The outcomes an option has no personal figure for at the horizon, each with the reason. */
export const gapsFor = (p: Prediction, option: OptionId, years: number): Gap[] =>
  OUTCOME_IDS.flatMap((outcome) => {
    const figure = figureFor(p, option, outcome, years)
    return figure.kind === 'not_estimable' ? [{ outcome, reason: figure.reason }] : []
  })

/**
 * The outcomes no option has a personal figure for at the horizon, for the same reason in every
 * option: said once above the columns, not once per column.
 */
export const commonGaps = (p: Prediction, years: number): Gap[] => {
  const [first, ...rest] = p.options.map((o) => gapsFor(p, o.id, years))
  if (!first) return []
  return first.filter((gap) => rest.every((gaps) => gaps.some((g) => g.outcome === gap.outcome && g.reason === gap.reason)))
}

/** An option's own gaps: those not already said once for every option (commonGaps). */
export const ownGaps = (p: Prediction, option: OptionId, years: number, common: Gap[]): Gap[] =>
  gapsFor(p, option, years).filter((gap) => !common.some((c) => c.outcome === gap.outcome))

/**
 * What the ranges at the horizon are (band codes, each said once above the columns), and
 * whether some plain value has no range at all (no published uncertainty: also said once).
 */
export const rangeNotes = (p: Prediction, years: number): { bands: string[]; unranged: boolean } => {
  const bands = new Set<string>()
  let unranged = false
  for (const o of p.options) {
    for (const outcome of OUTCOME_IDS) {
      const e = estimate(p, o.id, outcome, years)
      if (e.kind !== 'value' || e.bound) continue
      if (e.band) bands.add(e.band)
      else if (e.lower === undefined && e.upper === undefined) unranged = true
    }
  }
  return { bands: [...bands].sort(), unranged }
}
