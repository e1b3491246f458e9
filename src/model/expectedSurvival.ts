// Expected survival of the general population and the overall survival derived from it
// (../shared/evidence/expected-survival.md §1 and §3) [I]:
//   S*(a, t) = exp(-sum over age groups g of m_g x |[a, a + t] intersect [start_g, end_g)|)
//   OS(t)    = SSS(t) x S*(age, sex, population, t)
// mx is a constant hazard within each group; no conversion to qx, no interpolation between groups.
// Pure: no React, i18n or DOM.

import type { Curve, CurvePoint, NotEstimable } from './types'
import { WPP2024_AGE_GROUP_STARTS, WPP2024_MX, type LifeTablePopulation, type LifeTableSex } from './data/wpp2024'

/** The population whose table is used when none is given (expected-survival.md §3). */
export const DEFAULT_LIFE_TABLE_POPULATION: LifeTablePopulation = 'NLD'

/** Assumption code of a derived overall-survival point (translated under `derived.<code>`). */
export const OS_FROM_SSS_DERIVED_CODE = 'os_from_sss_and_life_table'

/** Band code of a range that is the time conversion only (translated under `band.<code>`). */
export const TIME_CONVERSION_BAND = 'time_conversion_range'

/**
 * The chance that a person aged `age` in the general population is alive `years` later.
 * Finite for every finite age >= 0 (the last group, 100+, is open-ended).
 */
export function expectedSurvival(age: number, years: number, sex: LifeTableSex, population: LifeTablePopulation): number {
  const mx = WPP2024_MX[population][sex].mx
  const starts = WPP2024_AGE_GROUP_STARTS
  const end = age + years
  let cumulativeHazard = 0
  starts.forEach((start, g) => {
    const from = Math.max(age, start)
    const to = Math.min(end, starts[g + 1] ?? Infinity)
    if (to > from) cumulativeHazard += (mx[g] ?? 0) * (to - from)
  })
  return Math.exp(-cumulativeHazard)
}

const isCurve = (x: Curve | NotEstimable): x is Curve => !('kind' in x)

/** S* at any horizon for one person, each horizon computed once (predict asks per option). */
export type ExpectedSurvivalAt = (years: number) => number

export function expectedSurvivalFor(person: { age: number; sex?: 'female' | 'male'; population?: LifeTablePopulation }): ExpectedSurvivalAt {
  const sex: LifeTableSex = person.sex ?? 'both'
  const population = person.population ?? DEFAULT_LIFE_TABLE_POPULATION
  const byYears = new Map<number, number>()
  return (years) => {
    let s = byYears.get(years)
    if (s === undefined) {
      s = expectedSurvival(person.age, years, sex, population)
      byYears.set(years, s)
    }
    return s
  }
}

/**
 * Overall survival from a computed sarcoma-specific survival curve: every value, and the ends of
 * its range, times S* at the same horizon (Kattan has no display bounds). A not-estimable SSS
 * gives a not-estimable OS with the same reason and sources.
 */
export function overallSurvivalFromSss(sss: Curve | NotEstimable, expectedAt: ExpectedSurvivalAt): Curve | NotEstimable {
  if (!isCurve(sss)) return sss
  const points = sss.points.map((p): CurvePoint => {
    const s = expectedAt(p.years)
    return {
      years: p.years,
      value: p.value * s,
      ...(p.lower !== undefined ? { lower: p.lower * s } : {}),
      ...(p.upper !== undefined ? { upper: p.upper * s } : {}),
    }
  })
  const curve: Curve = {
    points,
    derived: Object.fromEntries(points.map((p) => [p.years, OS_FROM_SSS_DERIVED_CODE])),
    sources: [...new Set([...(sss.sources ?? []), 'wpp2024', 'overall_survival_derivation'])],
  }
  if (sss.bands) curve.bands = { ...sss.bands }
  return curve
}
