// predict(): per option, outcome curves (or the reason there is none), harms and group-level
// context. Retroperitoneum uses Gronchi 2013, every other site Kattan 2002 (evidence README §1).
// Options = baseline x treatment-effect ratio (S^HR), with the ratio's CI limits recomputed into
// the band (README §1 rules 2-3). Only treatment-effect uncertainty is propagated.

import type { PatientInput } from './input'
import type { ContextFigure, Curve, CurvePoint, NotEstimable, OptionEstimate, OutcomeId, Prediction, Warning } from './types'
import { OUTCOME_IDS } from './types'
import type { ContextRecord } from './data/context'
import { EXTREMITY_CONTEXT } from './data/extremityTrials'
import { DISPLAY_BOUNDS, GRONCHI_DERIVED_OS_HORIZON_YEARS, GRONCHI_HISTOLOGY_MAP, GRONCHI_HORIZON_YEARS } from './data/gronchi2013'
import { KATTAN_AGE_RANGES, KATTAN_HISTOLOGY_MAP, KATTAN_HORIZON_YEARS, kattanSite } from './data/kattan2002'
import { KATTAN_DERIVED_CODE, KATTAN_HORIZON_RATIOS } from './data/kattanHorizons'
import { SCHEDULES } from './data/schedules'
import { TARPSWG_CONTEXT } from './data/tarpswg2016'
import { EFFECT_RULES, type BaselineModel, type EffectRule } from './data/treatmentEffects'
import {
  ageInsideAxis,
  dfs7FromPoints,
  dfsAxisPosition,
  dfsPoints,
  os5FromOs7,
  os7FromPoints,
  osAxisPosition,
  osPoints,
  sizeInsideAxis,
  type AxisPosition,
} from './gronchi'
import { overallSurvivalFromSss, TIME_CONVERSION_BAND } from './expectedSurvival'
import { deepFreeze, harmsFor } from './harms'
import { kattanSss12 } from './kattan'
import { optionSpecs } from './options'
import { inputWarnings, sortWarnings, warning } from './warnings'

/** Band code of a range that is the treatment effect's 95% CI recomputed (translated under `band.<code>`). */
export const TREATMENT_EFFECT_BAND = 'treatment_effect_ci'

/** Assumption code of the derived 5-year RPS OS (translated under `derived.<code>`). */
export const RPS_OS5_DERIVED_CODE = 'rps_os_5y_from_7y_factor'

const notEstimable = (reason: string, sources?: string[]): NotEstimable =>
  sources ? { kind: 'not_estimable', reason, sources } : { kind: 'not_estimable', reason }

/** A baseline value at one horizon: a number, or a display bound beyond a nomogram axis. */
type BasePoint = { years: number; value: number; bound?: 'at_least' | 'below'; derived?: string; ratioBand?: readonly [number, number] }

/** One baseline curve before treatment effects, with the sources it rests on. */
type Baseline = { points: BasePoint[]; sources: string[] } | NotEstimable

const sortPair = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a])

/**
 * Apply an effect rule to a baseline (S_option = S_ref ^ HR). A bound stays a bound and carries
 * no band (rps-gronchi-2013.md §6). The derived-horizon band of Kattan (ratioBand) is kept.
 */
function applyRule(base: Baseline, rule: EffectRule | undefined, missingReason: string): Curve | NotEstimable {
  if (!rule) return notEstimable(missingReason)
  if (rule.kind === 'missing') return notEstimable(rule.reason, [rule.source])
  if ('kind' in base) return base
  const hr = rule.kind === 'reference' ? 1 : rule.ratio.value
  const band = rule.kind === 'ratio' ? ([rule.bandLower.value, rule.bandUpper.value] as const) : undefined
  const sources = [...base.sources, ...ruleSources(rule)]
  const curve: Curve = { points: [], sources: unique(sources) }
  for (const p of base.points) {
    const point: CurvePoint = { years: p.years, value: p.bound ? p.value : p.value ** hr }
    if (!p.bound && band) {
      const [lower, upper] = sortPair(p.value ** band[1], p.value ** band[0])
      point.lower = lower
      point.upper = upper
      curve.bands = { ...curve.bands, [p.years]: TREATMENT_EFFECT_BAND }
    } else if (!p.bound && p.ratioBand) {
      const [lower, upper] = sortPair(p.ratioBand[0] ** hr, p.ratioBand[1] ** hr)
      point.lower = lower
      point.upper = upper
      curve.bands = { ...curve.bands, [p.years]: TIME_CONVERSION_BAND }
    }
    curve.points.push(point)
    if (p.bound) curve.bounds = { ...curve.bounds, [p.years]: p.bound }
    if (p.derived) curve.derived = { ...curve.derived, [p.years]: p.derived }
  }
  return curve
}

function ruleSources(rule: EffectRule): string[] {
  if (rule.kind === 'ratio') return [rule.ratio.source]
  if (rule.kind === 'no_effect_by_rule') return [rule.ratio.source, ...rule.evidence]
  return []
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)]

// ---------- Retroperitoneum: Gronchi 2013 ----------

type GronchiBaselines = { os: Baseline; dfs: Baseline; warnings: Warning[] }

function boundPoint(years: number, pos: AxisPosition, bounds: { atLeast: { value: number }; below: { value: number } }, derived?: string): BasePoint {
  const point: BasePoint =
    pos === 'below_axis' ? { years, value: bounds.atLeast.value, bound: 'at_least' } : { years, value: bounds.below.value, bound: 'below' }
  return derived ? { ...point, derived } : point
}

/** The score lies beyond a probability axis: the outcome is shown as a bound (§6 display table). */
const beyondAxis = (outcome: 'overall_survival' | 'disease_free_survival', pos: AxisPosition): Warning =>
  warning(`beyond_nomogram_axis_${outcome}`, 'warn', { outcome, model: 'gronchi2013', bound: pos === 'below_axis' ? 'at_least' : 'below' })

function gronchiBaselines(input: PatientInput): GronchiBaselines {
  const warnings: Warning[] = []
  const histology = GRONCHI_HISTOLOGY_MAP[input.histology]
  // Absent margin: assume a macroscopically complete resection (R0/R1), with a warning (warnings.ts).
  const incomplete = input.expectedMargin === 'R2'
  // Absent multifocality: assume a unifocal tumour, with a warning (warnings.ts).
  const multifocal = input.multifocal === true
  const model = ['gronchi2013', 'gronchi2013_transcription', 'gronchi2013_axis_fit', 'gronchi2013_mapping']
  const sizeOk = sizeInsideAxis(input.sizeCm)

  let os: Baseline
  if (!sizeOk || !ageInsideAxis(input.age)) os = notEstimable('input_outside_nomogram_axis', ['gronchi2013'])
  else {
    const pts = osPoints({ ageYears: input.age, sizeCm: input.sizeCm, grade: input.grade, histology, multifocal, incomplete })
    const pos = osAxisPosition(pts)
    if (pos === 'inside') {
      const s7 = os7FromPoints(pts)
      os = {
        points: [
          { years: GRONCHI_DERIVED_OS_HORIZON_YEARS, value: os5FromOs7(s7), derived: RPS_OS5_DERIVED_CODE },
          { years: GRONCHI_HORIZON_YEARS, value: s7 },
        ],
        sources: [...model, 'gronchi2013_5y_factor'],
      }
    } else {
      warnings.push(beyondAxis('overall_survival', pos))
      os = {
        points: [
          boundPoint(GRONCHI_DERIVED_OS_HORIZON_YEARS, pos, DISPLAY_BOUNDS.os5, RPS_OS5_DERIVED_CODE),
          boundPoint(GRONCHI_HORIZON_YEARS, pos, DISPLAY_BOUNDS.os7),
        ],
        sources: [...model, 'gronchi2013_5y_factor'],
      }
    }
  }

  let dfs: Baseline
  // The DFS nomogram was built on macroscopically complete resections only.
  if (incomplete) dfs = notEstimable('outside_model_population', ['gronchi2013'])
  else if (!sizeOk) dfs = notEstimable('input_outside_nomogram_axis', ['gronchi2013'])
  else {
    const pts = dfsPoints({ sizeCm: input.sizeCm, grade: input.grade, histology, multifocal })
    const pos = dfsAxisPosition(pts)
    if (pos === 'inside') dfs = { points: [{ years: GRONCHI_HORIZON_YEARS, value: dfs7FromPoints(pts) }], sources: model }
    else {
      warnings.push(beyondAxis('disease_free_survival', pos))
      dfs = { points: [boundPoint(GRONCHI_HORIZON_YEARS, pos, DISPLAY_BOUNDS.dfs7)], sources: model }
    }
  }
  return { os, dfs, warnings }
}

// ---------- Extremity, trunk wall, head and neck: Kattan 2002 ----------

function kattanBaseline(input: PatientInput): Baseline {
  const calc = KATTAN_AGE_RANGES.calculator
  // Outside the calculator's input range the model is not defined (unreachable after validate()).
  if (input.age < calc.min.value || input.age > calc.max.value || input.site === 'retroperitoneum') {
    return notEstimable('outside_model_population', ['kattan2002'])
  }
  const sss12 = kattanSss12(
    {
      ageYears: input.age,
      sizeCm: input.sizeCm,
      depth: input.depth,
      site: kattanSite(input.site, input.limb),
      histology: KATTAN_HISTOLOGY_MAP[input.histology].level,
    },
    input.grade,
  )
  // SSS_t = SSS12 ^ r_t; the band is the r range: the higher r gives the lower survival.
  const derived = ([5, 10] as const).map((years): BasePoint => {
    const r = KATTAN_HORIZON_RATIOS[years]
    return { years, value: sss12 ** r.value, derived: KATTAN_DERIVED_CODE, ratioBand: [sss12 ** r.upper, sss12 ** r.lower] }
  })
  return {
    points: [...derived, { years: KATTAN_HORIZON_YEARS, value: sss12 }],
    sources: ['kattan2002', 'kattan2002_formula', 'kattan2002_mapping', 'kattan2002_horizon_ratios'],
  }
}

// ---------- Assembly ----------

function toContext(r: ContextRecord): ContextFigure {
  const e = r.evidence
  return {
    outcome: r.outcome,
    years: r.years,
    value: e.value,
    ...(e.lower !== undefined ? { lower: e.lower } : {}),
    ...(e.upper !== undefined ? { upper: e.upper } : {}),
    population: r.population,
    source: e.source,
    arm: r.arm,
    ...(r.endpoint ? { endpoint: r.endpoint } : {}),
    ...(r.numerator !== undefined ? { numerator: r.numerator } : {}),
    ...(r.denominator !== undefined ? { denominator: r.denominator } : {}),
    ...(r.caveats ? { caveats: [...r.caveats] } : {}),
    ...(r.comparator ? { comparator: toComparator(r.comparator) } : {}),
  }
}

function toComparator(c: NonNullable<ContextRecord['comparator']>): NonNullable<ContextFigure['comparator']> {
  const e = c.evidence
  return {
    arm: c.arm,
    value: e.value,
    ...(e.lower !== undefined ? { lower: e.lower } : {}),
    ...(e.upper !== undefined ? { upper: e.upper } : {}),
    ...(c.numerator !== undefined ? { numerator: c.numerator } : {}),
    ...(c.denominator !== undefined ? { denominator: c.denominator } : {}),
  }
}

/** Why an outcome has no curve when the baseline model has no rule for it. */
const UNMODELLED_REASON: Record<BaselineModel, (outcome: OutcomeId) => string> = {
  // RPS: LR and DM have no validated individual model (TARPSWG averages as context); no SSS model.
  gronchi2013: () => 'outcome_not_modelled',
  // Other sites: OS, LR, DM wait for a reproducible individual model; Kattan gives no DFS.
  kattan2002: (outcome) => (outcome === 'disease_free_survival' ? 'outcome_not_modelled' : 'baseline_model_not_available'),
}

// What an option carries regardless of the patient (group-level context, schedule, the sources of
// both and of its harms): built once per site and option, frozen and shared.
type StaticPart = Pick<OptionEstimate, 'harms' | 'context' | 'schedule'> & { sources: readonly string[] }
const staticParts = new Map<string, StaticPart>()

function staticPart(site: PatientInput['site'], spec: (ReturnType<typeof optionSpecs>)[number]): StaticPart {
  const key = `${site}:${spec.id}`
  const cached = staticParts.get(key)
  if (cached) return cached
  const harms = harmsFor(site, spec.id)
  const contextRecords = site === 'retroperitoneum' ? TARPSWG_CONTEXT : EXTREMITY_CONTEXT[spec.id]
  const schedule = SCHEDULES[spec.schedule]
  const part: StaticPart = deepFreeze({
    harms,
    context: contextRecords.map(toContext),
    schedule: { code: schedule.code, params: Object.fromEntries(Object.entries(schedule.params).map(([k, v]) => [k, v.value])) },
    sources: unique([
      ...harms.map((h) => h.source),
      ...harms.flatMap((h) => (h.via ? [h.via] : [])),
      ...contextRecords.flatMap((c) => (c.evidence.via ? [c.evidence.source, c.evidence.via] : [c.evidence.source])),
      ...Object.values(schedule.params).map((p) => p.source),
    ]),
  })
  staticParts.set(key, part)
  return part
}

export function predict(input: PatientInput): Prediction {
  const rps = input.site === 'retroperitoneum'
  const model: BaselineModel = rps ? 'gronchi2013' : 'kattan2002'
  const computed: Warning[] = []
  const baselines: Partial<Record<OutcomeId, Baseline>> = {}
  if (rps) {
    const g = gronchiBaselines(input)
    baselines.overall_survival = g.os
    baselines.disease_free_survival = g.dfs
    computed.push(...g.warnings)
  } else {
    baselines.sarcoma_specific_survival = kattanBaseline(input)
  }

  const options = optionSpecs(input.site).map((spec): OptionEstimate => {
    const rules = EFFECT_RULES[model][spec.id] ?? {}
    const outcomes = {} as Record<OutcomeId, Curve | NotEstimable>
    for (const outcome of OUTCOME_IDS) {
      const base = baselines[outcome]
      outcomes[outcome] = base ? applyRule(base, rules[outcome], UNMODELLED_REASON[model](outcome)) : notEstimable(UNMODELLED_REASON[model](outcome))
    }
    // Kattan sites: overall survival derived from the option's computed sarcoma-specific survival
    // and the population life table (expected-survival.md §1), one separate step.
    if (!rps) outcomes.overall_survival = overallSurvivalFromSss(outcomes.sarcoma_specific_survival, input)
    const fixed = staticPart(input.site, spec)
    const sources = unique([...OUTCOME_IDS.flatMap((o) => outcomes[o].sources ?? []), ...fixed.sources])
    return { id: spec.id, outcomes, harms: fixed.harms, context: fixed.context, sources, ...(fixed.schedule ? { schedule: fixed.schedule } : {}) }
  })

  return { options, warnings: sortWarnings([...inputWarnings(input), ...computed]) }
}
