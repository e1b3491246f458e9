// The generic evaluator of an `sts-model/1` model (MODEL-FORMAT.md §2-4): the terms, the linear
// predictor or points total, and the probability at each listed horizon. No horizon is
// interpolated or extrapolated; beyond a nomogram axis the answer is a bound, never a number.

import type { PatientInput } from './input'
import type { OptionId } from './types'
import type { ModelFile, ModelTerm } from './modelSchema'

export type ModelPoint = { years: number; value: number; bound?: 'at_least' | 'below' }
/** Per horizon a probability (or a bound), or the reason code of not_estimable. */
export type ModelResult = { ok: true; points: ModelPoint[] } | { ok: false; reason: string }

type TermValue = { ok: true; value: number } | { ok: false; reason: string }
const fail = (reason: string) => ({ ok: false as const, reason })

/** The value a term reads, as a number (numeric inputs) or as its level key (JSON text). */
function read(input: PatientInput, option: OptionId, field: ModelTerm['input']): number | string | undefined {
  if (field === 'option') return option
  const v = input[field]
  return v === undefined ? undefined : typeof v === 'number' ? v : String(v)
}

const cube = (x: number): number => (x > 0 ? x * x * x : 0)

/** Harrell's restricted cubic spline basis (rcs, MODEL-FORMAT.md §4), j = 0 .. k-3. */
export function rcsBasis(x: number, knots: readonly number[], j: number): number {
  const k = knots.length
  const t = (i: number) => knots[i] as number
  const tk = t(k - 1)
  const tk1 = t(k - 2)
  const tj = t(j)
  const scale = (tk - t(0)) ** 2
  return (cube(x - tj) - (cube(x - tk1) * (tk - tj)) / (tk - tk1) + (cube(x - tk) * (tk1 - tj)) / (tk - tk1)) / scale
}

/** Linear interpolation on [x, y] pairs, x non-decreasing; a repeated x is a step (left value). */
export function interpolate(points: readonly (readonly [number, number])[], x: number): number {
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1] as readonly [number, number]
    const [x1, y1] = points[i] as readonly [number, number]
    if (x <= x1) return x1 === x0 ? y0 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0)
  }
  return (points[points.length - 1] as readonly [number, number])[1]
}

/** One term's contribution (log-hazard or points) for this patient and option. */
export function termValue(term: ModelTerm, input: PatientInput, option: OptionId): TermValue {
  if (term.when) {
    const gate = read(input, option, term.when.input)
    if (gate === undefined || !term.when.levels.includes(String(gate))) return { ok: true, value: 0 }
  }
  const raw = read(input, option, term.input)
  if (raw === undefined) {
    if (term.missing === undefined || term.missing === 'not_estimable') return fail('model_input_missing')
    return { ok: true, value: term.missing }
  }
  if (term.type === 'levels') {
    const key = String(raw)
    const v = Object.hasOwn(term.levels, key) ? term.levels[key] : term.default
    return v === undefined ? fail('level_not_in_model') : { ok: true, value: v }
  }
  if (typeof raw !== 'number') return fail('model_input_missing')
  let x = raw
  if ('transform' in term && term.transform === 'log') {
    if (!(x > 0)) return fail('input_outside_model_range')
    x = Math.log(x)
  }
  switch (term.type) {
    case 'linear':
      return { ok: true, value: term.coef * x }
    case 'spline': {
      let f = term.linear * x
      term.knots.forEach((k, i) => (f += (term.coefs[i] as number) * cube(x - k)))
      return { ok: true, value: f }
    }
    case 'rcs': {
      let f = term.linear * x
      term.coefs.forEach((c, j) => (f += c * rcsBasis(x, term.knots, j)))
      return { ok: true, value: f }
    }
    case 'bands': {
      const band = term.bands.find((b) => b.upTo === undefined || x <= b.upTo)
      return band ? { ok: true, value: band.value } : fail('input_outside_model_range')
    }
    case 'piecewise': {
      const first = term.points[0] as readonly [number, number]
      const last = term.points[term.points.length - 1] as readonly [number, number]
      if (term.outside === 'not_estimable' && (x < first[0] || x > last[0])) return fail('input_outside_nomogram_axis')
      return { ok: true, value: x <= first[0] ? first[1] : interpolate(term.points, x) }
    }
  }
}

/** Outside the model's population (sites, histologies, grades, margins, age and size ranges). */
export function insidePopulation(m: ModelFile, input: PatientInput): boolean {
  const p = m.population
  if (!p.sites.includes(input.site)) return false
  if (p.histologies && !p.histologies.includes(input.histology)) return false
  if (p.grades && !(p.grades as readonly number[]).includes(input.grade)) return false
  if (p.margins && input.expectedMargin !== undefined && !p.margins.includes(input.expectedMargin)) return false
  for (const [range, x] of [[p.age, input.age], [p.sizeCm, input.sizeCm]] as const) {
    if (range?.min !== undefined && x < range.min) return false
    if (range?.max !== undefined && x > range.max) return false
  }
  return true
}

type PointsEntry = NonNullable<ModelFile['pointsToProbability']>[number]

/** A points total read on one horizon's axis: inside it a number, beyond it a bound. */
export function pointsProbability(entry: PointsEntry, points: number): { value: number; bound?: 'at_least' | 'below' } {
  if (entry.fit) {
    const f = entry.fit
    if (points < f.axis.min) return { value: f.atLeast, bound: 'at_least' }
    if (points > f.axis.max) return { value: f.below, bound: 'below' }
    return { value: Math.exp(-Math.exp(f.intercept + f.slope * points)) }
  }
  const table = entry.table ?? []
  const first = table[0] as readonly [number, number]
  const last = table[table.length - 1] as readonly [number, number]
  const falling = first[1] >= last[1]
  if (points < first[0]) return { value: first[1], bound: falling ? 'at_least' : 'below' }
  if (points > last[0]) return { value: last[1], bound: falling ? 'below' : 'at_least' }
  return { value: interpolate(table, points) }
}

/** The sum of the terms (points, or the linear predictor before the centre). */
export function termSum(m: ModelFile, input: PatientInput, option: OptionId): TermValue {
  let sum = 0
  for (const term of m.terms) {
    const t = termValue(term, input, option)
    if (!t.ok) return t
    sum += t.value
  }
  return { ok: true, value: sum }
}

/** The model's probabilities for one patient and option at every horizon it lists. */
export function evaluateModel(m: ModelFile, input: PatientInput, option: OptionId): ModelResult {
  if (!insidePopulation(m, input)) return fail('outside_model_population')
  if (!m.options.includes(option)) return fail('option_not_modelled')
  const sum = termSum(m, input, option)
  if (!sum.ok) return sum
  let points: ModelPoint[]
  if (m.kind === 'points') {
    points = (m.pointsToProbability ?? []).map((entry) => ({ years: entry.years, ...pointsProbability(entry, sum.value) }))
  } else {
    let base = m.baseline
    if (m.strata) {
      const level = read(input, option, m.strata.input)
      const key = level === undefined ? undefined : String(level)
      base = key !== undefined && Object.hasOwn(m.strata.levels, key) ? m.strata.levels[key] : undefined
      if (!base) return fail('stratum_not_in_model')
    }
    const hr = Math.exp(sum.value - (m.centre ?? 0))
    points = (base ?? []).map((b) => ({ years: b.years, value: m.kind === 'cox' ? b.value ** hr : 1 - (1 - b.value) ** hr }))
  }
  // An overflowing linear predictor (1 ** Infinity) or junk arithmetic never becomes a figure.
  if (points.some((p) => !Number.isFinite(p.value) || p.value < 0 || p.value > 1)) return fail('not_computable')
  return { ok: true, points }
}
