// predict(): per option, outcome curves (or the reason there is none), harms and group-level
// context. Retroperitoneum uses Gronchi 2013, every other site Kattan 2002 (evidence README §1).
// Options = baseline x treatment-effect ratio (S^HR), with the ratio's CI limits recomputed into
// the band (README §1 rules 2-3). Only treatment-effect uncertainty is propagated.

import type { PatientInput } from './input'
import type { ContextFigure, Curve, CurvePoint, NotEstimable, OptionEstimate, OutcomeId, Prediction, Warning } from './types'
import { OUTCOME_IDS } from './types'
import type { ContextRecord } from './data/context'
import { EXTREMITY_CONTEXT } from './data/extremityTrials'
import { DISPLAY_BOUNDS, GRONCHI_DERIVED_OS_HORIZON_YEARS } from './data/gronchi2013'
import { KATTAN_DERIVED_CODE, KATTAN_HORIZON_RATIOS } from './data/kattanHorizons'
import { SCHEDULES } from './data/schedules'
import { STRASS_CONTEXT } from './data/strass'
import { TARPSWG_CONTEXT } from './data/tarpswg2016'
import { EFFECT_RULES, type BaselineModel, type EffectRule } from './data/treatmentEffects'
import { GRONCHI2013_DFS, GRONCHI2013_OS, KATTAN2002_SSS } from './builtins'
import { os5FromOs7 } from './gronchi'
import type { ModelFile } from './modelSchema'
import { evaluateModel } from './modelEval'
import { expectedSurvivalFor, overallSurvivalFromSss, TIME_CONVERSION_BAND } from './expectedSurvival'
import { deepFreeze, harmsFor } from './harms'
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

// ---------- Built-in models (src/model/models/*.json) and their derived horizons ----------

/** The primary source of a model's figures: a built-in file names its registry sources, a loaded one its id. */
const modelSources = (m: ModelFile): string[] => (m.sources?.length ? [...m.sources] : [m.id])

/** The score lies beyond a probability axis: the outcome is shown as a bound (§6 display table). */
const beyondAxis = (m: ModelFile, bound: 'at_least' | 'below'): Warning =>
  warning(`beyond_nomogram_axis_${m.outcome}`, 'warn', { outcome: m.outcome, model: modelSources(m)[0] ?? m.id, bound })

/** A model file's curve for one option, before treatment effects (or the reason there is none). */
function modelCurve(m: ModelFile, input: PatientInput, option: OptionEstimate['id'], warnings: Warning[]): Baseline {
  const sources = modelSources(m)
  const r = evaluateModel(m, input, option)
  if (!r.ok) return notEstimable(r.reason, [sources[0] ?? m.id])
  const bound = r.points.find((p) => p.bound)?.bound
  if (bound) warnings.push(beyondAxis(m, bound))
  return { points: r.points.map((p): BasePoint => (p.bound ? { years: p.years, value: p.value, bound: p.bound } : { years: p.years, value: p.value })), sources }
}

/**
 * Horizons derived from a built-in model's published one: not part of the model, so typed code
 * with its own source. Gronchi 2013 OS: S5 = S7 ^ 0.545 (rps-gronchi-2013.md §6 [I]); beyond the
 * axis the 5-year bound of the §6 display table. Kattan 2002: SSS_t = SSS12 ^ r_t, the band the r
 * range (extremity.md §3a "Horizons" [I]): the higher r gives the lower survival.
 */
const DERIVED_HORIZONS: Readonly<Record<string, { source: string; derive: (published: BasePoint) => BasePoint[] }>> = {
  [GRONCHI2013_OS.id]: {
    source: 'gronchi2013_5y_factor',
    derive: (p7) => {
      const years = GRONCHI_DERIVED_OS_HORIZON_YEARS
      const bounds = DISPLAY_BOUNDS.os5
      if (p7.bound) return [{ years, value: (p7.bound === 'at_least' ? bounds.atLeast : bounds.below).value, bound: p7.bound, derived: RPS_OS5_DERIVED_CODE }]
      return [{ years, value: os5FromOs7(p7.value), derived: RPS_OS5_DERIVED_CODE }]
    },
  },
  [KATTAN2002_SSS.id]: {
    source: 'kattan2002_horizon_ratios',
    derive: (p12) =>
      ([5, 10] as const).map((years): BasePoint => {
        const r = KATTAN_HORIZON_RATIOS[years]
        return { years, value: p12.value ** r.value, derived: KATTAN_DERIVED_CODE, ratioBand: [p12.value ** r.upper, p12.value ** r.lower] }
      }),
  },
}

/** A built-in model's baseline: its published horizon plus the derived ones, in time order. */
function builtInBaseline(m: ModelFile, input: PatientInput, warnings: Warning[]): Baseline {
  const base = modelCurve(m, input, 'surgery_alone', warnings)
  const extra = DERIVED_HORIZONS[m.id]
  if ('kind' in base || !extra) return base
  const derived = base.points.flatMap(extra.derive)
  return { points: [...derived, ...base.points].sort((a, b) => a.years - b.years), sources: [...base.sources, extra.source] }
}

/** The built-in models of each baseline family: retroperitoneum Gronchi 2013, other sites Kattan 2002. */
const BUILTIN_FAMILIES: Readonly<Record<BaselineModel, readonly ModelFile[]>> = {
  gronchi2013: [GRONCHI2013_OS, GRONCHI2013_DFS],
  kattan2002: [KATTAN2002_SSS],
}

/**
 * A loaded model's figure for an option (no treatment rule: the model's own option terms carry
 * it). A bound is shown as a bound; the built-in axis warnings name built-in models only.
 */
function loadedCurve(m: ModelFile, input: PatientInput, option: OptionEstimate['id']): Curve | NotEstimable {
  const base = modelCurve(m, input, option, [])
  if ('kind' in base) return base
  const curve: Curve = { points: base.points.map((p) => ({ years: p.years, value: p.value })), sources: unique([m.id, ...base.sources]) }
  for (const p of base.points) if (p.bound) curve.bounds = { ...curve.bounds, [p.years]: p.bound }
  return curve
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
  // Retroperitoneum: the option's STRASS arm (each beside the other arm), then the TARPSWG cohort
  // averages that concern every option alike.
  const contextRecords = site === 'retroperitoneum' ? [...(STRASS_CONTEXT[spec.id] ?? []), ...TARPSWG_CONTEXT] : EXTREMITY_CONTEXT[spec.id]
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

/**
 * Per option, every outcome's curve or the reason there is none. `models` (loaded model files,
 * checked by parseModelFile) fill, for their outcome, options and population, only the slots the
 * built-in models leave not_estimable; each such figure carries the model's id in `sources`.
 */
export function predict(input: PatientInput, models: readonly ModelFile[] = []): Prediction {
  const rps = input.site === 'retroperitoneum'
  const model: BaselineModel = rps ? 'gronchi2013' : 'kattan2002'
  const computed: Warning[] = []
  const baselines: Partial<Record<OutcomeId, Baseline>> = {}
  for (const m of BUILTIN_FAMILIES[model]) baselines[m.outcome] = builtInBaseline(m, input, computed)
  // The population's expected survival is the same for every option: one table walk per horizon.
  const expectedAt = rps ? null : expectedSurvivalFor(input)

  const options = optionSpecs(input.site).map((spec): OptionEstimate => {
    const rules = EFFECT_RULES[model][spec.id] ?? {}
    const outcomes = {} as Record<OutcomeId, Curve | NotEstimable>
    for (const outcome of OUTCOME_IDS) {
      const base = baselines[outcome]
      outcomes[outcome] = base ? applyRule(base, rules[outcome], UNMODELLED_REASON[model](outcome)) : notEstimable(UNMODELLED_REASON[model](outcome))
    }
    // Kattan sites: overall survival derived from the option's computed sarcoma-specific survival
    // and the population life table (expected-survival.md §1), one separate step.
    if (expectedAt) outcomes.overall_survival = overallSurvivalFromSss(outcomes.sarcoma_specific_survival, expectedAt)
    // Then loaded models fill what is still not estimable.
    for (const m of models) {
      const slot = outcomes[m.outcome]
      if (!('kind' in slot) || !m.options.includes(spec.id)) continue
      const filled = loadedCurve(m, input, spec.id)
      if (!('kind' in filled)) outcomes[m.outcome] = filled
    }
    const fixed = staticPart(input.site, spec)
    const sourceSet = new Set<string>()
    for (const o of OUTCOME_IDS) for (const source of outcomes[o].sources ?? []) sourceSet.add(source)
    for (const source of fixed.sources) sourceSet.add(source)
    const sources = [...sourceSet]
    return { id: spec.id, outcomes, harms: fixed.harms, context: fixed.context, sources, ...(fixed.schedule ? { schedule: fixed.schedule } : {}) }
  })

  return { options, warnings: sortWarnings([...inputWarnings(input), ...computed]) }
}
