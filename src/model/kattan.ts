// Kattan 2002 arithmetic: the linear predictor and 12-year sarcoma-specific survival.
// SSS12 = S0_12[stratum] ^ exp(LP); data and sources in data/kattan2002.ts (extremity.md §3a).

import type { DepthId, Grade } from './input'
import {
  KATTAN_AGE_SPLINE,
  KATTAN_BASELINE_S12,
  KATTAN_CONSTANT,
  KATTAN_DEPTH,
  KATTAN_HISTOLOGY,
  KATTAN_SITE,
  KATTAN_SIZE,
  KATTAN_SIZE_LIMITS_CM,
  type KattanHistology,
  type KattanSite,
  type KattanSizeCategory,
} from './data/kattan2002'

export function kattanSizeCategory(sizeCm: number): KattanSizeCategory {
  if (sizeCm <= KATTAN_SIZE_LIMITS_CM.le5.value) return 'le5'
  if (sizeCm <= KATTAN_SIZE_LIMITS_CM.gt5_le10.value) return 'gt5_le10'
  return 'gt10'
}

/** Restricted cubic spline in ln(age): linear in ln(age) beyond the last knot. */
export function kattanAgeTerm(ageYears: number): number {
  const x = Math.log(ageYears)
  let f = KATTAN_AGE_SPLINE.linear.value * x
  for (const term of KATTAN_AGE_SPLINE.cubic) f += term.coef.value * Math.max(x - term.knot.value, 0) ** 3
  return f
}

/** FNCLCC 1 -> low stratum; 2 and 3 -> high (two-tier MSKCC practice, [I]). */
export const kattanStratum = (grade: Grade): 'low' | 'high' => (grade === 1 ? 'low' : 'high')

export type KattanItems = {
  ageYears: number
  sizeCm: number
  depth: DepthId
  site: KattanSite
  histology: KattanHistology
}

export function kattanLinearPredictor(x: KattanItems): number {
  return (
    KATTAN_CONSTANT.value +
    KATTAN_SIZE[kattanSizeCategory(x.sizeCm)].value +
    KATTAN_DEPTH[x.depth].value +
    KATTAN_SITE[x.site].value +
    KATTAN_HISTOLOGY[x.histology].value +
    kattanAgeTerm(x.ageYears)
  )
}

/** Sarcoma-specific survival at 12 years (other deaths censored): not overall survival. */
export function kattanSss12(x: KattanItems, grade: Grade): number {
  return KATTAN_BASELINE_S12[kattanStratum(grade)].value ** Math.exp(kattanLinearPredictor(x))
}
