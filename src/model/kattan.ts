// Kattan 2002 through the generic evaluator: the linear predictor and 12-year sarcoma-specific
// survival of the built-in model file (models/kattan2002_sss.json) for the model's own items
// (its site and histology levels), as the worked examples of extremity.md §3a state them.

import type { DepthId, Grade, HistologyId, PatientInput } from './input'
import { HISTOLOGY_IDS } from './vocabulary'
import { KATTAN_HISTOLOGY_MAP, type KattanHistology, type KattanSite } from './data/kattan2002'
import { KATTAN2002_SSS } from './builtins'
import { evaluateModel, termSum } from './modelEval'

export type KattanItems = {
  ageYears: number
  sizeCm: number
  depth: DepthId
  site: KattanSite
  histology: KattanHistology
}

const REPRESENTATIVE = Object.fromEntries([...HISTOLOGY_IDS].reverse().map((h) => [KATTAN_HISTOLOGY_MAP[h].level, h])) as Record<KattanHistology, HistologyId>

const SITE_INPUT: Record<KattanSite, Pick<PatientInput, 'site' | 'limb'>> = {
  upper_extremity: { site: 'extremity', limb: 'upper' },
  lower_extremity: { site: 'extremity', limb: 'lower' },
  trunk: { site: 'trunk_wall' },
  head_neck: { site: 'head_neck' },
}

const asInput = (x: KattanItems, grade: Grade): PatientInput => ({
  age: x.ageYears,
  sizeCm: x.sizeCm,
  depth: x.depth,
  histology: REPRESENTATIVE[x.histology],
  grade,
  ...SITE_INPUT[x.site],
})

export function kattanLinearPredictor(x: KattanItems): number {
  const sum = termSum(KATTAN2002_SSS, asInput(x, 3), 'surgery_alone')
  return sum.ok ? sum.value - (KATTAN2002_SSS.centre ?? 0) : Number.NaN
}

/** Sarcoma-specific survival at 12 years (other deaths censored): not overall survival. */
export function kattanSss12(x: KattanItems, grade: Grade): number {
  const r = evaluateModel(KATTAN2002_SSS, asInput(x, grade), 'surgery_alone')
  return r.ok && r.points[0] ? r.points[0].value : Number.NaN
}
