// Which group-level figures are trial results for one option (shown in its column, beside the
// arm it was compared with) and which are cohort averages that concern every option alike
// (shown once, apart). Pure: no React, no translation.
import type { ContextFigure } from '@/model'
import { wholePeople } from './figures'

/** A cohort average (every patient, any treatment) is no result of a treatment arm. */
export const isTrialResult = (figure: ContextFigure): boolean => figure.arm !== 'whole_cohort'

export const trialResultsOf = (context: readonly ContextFigure[]): ContextFigure[] => context.filter(isTrialResult)

/** One arm in whole people out of 100, with its counts and published range where recorded. */
export type ArmFigure = { arm: string; people: number; lower?: number; upper?: number; numerator?: number; denominator?: number }

export const armFigure = (arm: string, x: { value: number; lower?: number; upper?: number; numerator?: number; denominator?: number }): ArmFigure | null => {
  const whole = wholePeople(x)
  if (!whole) return null
  return {
    arm,
    ...whole,
    ...(x.numerator !== undefined && x.denominator !== undefined ? { numerator: x.numerator, denominator: x.denominator } : {}),
  }
}

/** The option's arm first, then the arm it was compared with (if the study had one). */
export const armsOf = (figure: ContextFigure): ArmFigure[] =>
  [armFigure(figure.arm ?? 'single_arm', figure), figure.comparator ? armFigure(figure.comparator.arm, figure.comparator) : null].filter((a): a is ArmFigure => a !== null)

const sameResult = (a: ContextFigure, b: ContextFigure) =>
  a.source === b.source && a.outcome === b.outcome && a.years === b.years && a.endpoint === b.endpoint

/**
 * An option's trial results less those another option of the prediction already shows with this
 * option's arm beside it (paper lists each comparison once: surgery alone is the comparison
 * group of most trials, whose results stand under the option they tested).
 */
export const resultsNotShownElsewhere = (options: readonly { id: string; context: readonly ContextFigure[] }[], id: string): ContextFigure[] => {
  const own = options.find((o) => o.id === id)
  if (!own) return []
  const elsewhere = options.filter((o) => o.id !== id).flatMap((o) => trialResultsOf(o.context))
  return trialResultsOf(own.context).filter((f) => !elsewhere.some((e) => sameResult(e, f)))
}
