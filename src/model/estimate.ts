// estimate(): one option, outcome and horizon out of a Prediction. A number only where the curve
// has a point at exactly that horizon: no interpolation or extrapolation (evidence README §1.4).

import type { Curve, Estimate, NotEstimable, OptionId, OutcomeId, Prediction } from './types'

const isCurve = (x: Curve | NotEstimable): x is Curve => !('kind' in x)

export function estimate(p: Prediction, option: OptionId, outcome: OutcomeId, years: number): Estimate {
  const opt = p.options.find((o) => o.id === option)
  if (!opt) return { kind: 'not_estimable', reason: 'option_not_applicable' }
  // Own keys only: an id such as "toString" must not reach Object.prototype.
  const slot = Object.hasOwn(opt.outcomes, outcome) ? opt.outcomes[outcome] : undefined
  if (!slot) return { kind: 'not_estimable', reason: 'outcome_not_modelled' }
  if (!isCurve(slot)) return slot.sources ? { kind: 'not_estimable', reason: slot.reason, sources: slot.sources } : { kind: 'not_estimable', reason: slot.reason }
  const point = slot.points.find((pt) => pt.years === years)
  if (!point) return { kind: 'not_estimable', reason: 'horizon_not_supported' }
  const derived = slot.derived?.[years]
  const bound = slot.bounds?.[years]
  const band = point.lower !== undefined || point.upper !== undefined ? slot.bands?.[years] : undefined
  return {
    kind: 'value',
    value: point.value,
    ...(point.lower !== undefined ? { lower: point.lower } : {}),
    ...(point.upper !== undefined ? { upper: point.upper } : {}),
    sources: slot.sources ?? [],
    ...(derived ? { derived } : {}),
    ...(band ? { band } : {}),
    ...(bound ? { bound } : {}),
  }
}

/** Sorted union of the horizons with a value for any option and outcome (the horizon switch). */
export function supportedHorizons(p: Prediction): number[] {
  const years = new Set<number>()
  for (const o of p.options) {
    for (const slot of Object.values(o.outcomes)) if (isCurve(slot)) for (const pt of slot.points) years.add(pt.years)
  }
  return [...years].sort((a, b) => a - b)
}
