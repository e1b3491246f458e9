// Each term type of MODEL-FORMAT.md §4 and each kind of §2 against values computed by hand.
import { describe, expect, it } from 'vitest'
import { evaluateModel, rcsBasis, termValue } from '@/model/modelEval'
import type { ModelFile, ModelTerm } from '@/model/modelFile'
import type { PatientInput } from '@/model'

const input: PatientInput = { age: 60, sizeCm: 5, depth: 'deep', histology: 'leiomyosarcoma', grade: 2, site: 'extremity' }
const value = (term: Record<string, unknown>, over: Partial<PatientInput> = {}, option: 'surgery_alone' | 'postop_rt' = 'surgery_alone') => {
  const r = termValue(term as ModelTerm, { ...input, ...over }, option)
  return r.ok ? r.value : r.reason
}

describe('terms', () => {
  it('linear: coef * x, and coef * ln(x) with the log transform', () => {
    expect(value({ type: 'linear', input: 'age', coef: 0.5 })).toBe(30)
    expect(value({ type: 'linear', input: 'age', coef: 0.5, transform: 'log' })).toBeCloseTo(0.5 * 4.0943445622, 9)
  })

  it('spline: linear * x + sum coefs[k] * max(x - knots[k], 0)^3 (truncated power basis)', () => {
    // x = 5: 5 + 0.5 * 3^3 - 0.25 * 1^3 = 18.25; x = 1 (below both knots): 1
    const spline = { type: 'spline', input: 'sizeCm', linear: 1, knots: [2, 4], coefs: [0.5, -0.25] }
    expect(value(spline)).toBe(18.25)
    expect(value(spline, { sizeCm: 1 })).toBe(1)
  })

  it("rcs: Harrell's restricted cubic spline, linear beyond the last knot", () => {
    // knots 0, 1, 2, 3; x = 2.5: basis 0 = (2.5^3 - 0.5^3 * 3) / 9 = 15.25 / 9; basis 1 = (1.5^3 - 0.5^3 * 2) / 9 = 3.125 / 9
    const knots = [0, 1, 2, 3]
    expect(rcsBasis(2.5, knots, 0)).toBeCloseTo(15.25 / 9, 12)
    expect(rcsBasis(2.5, knots, 1)).toBeCloseTo(3.125 / 9, 12)
    const rcs = { type: 'rcs', input: 'sizeCm', linear: 0.1, knots, coefs: [1, 2] }
    expect(value(rcs, { sizeCm: 2.5 })).toBeCloseTo(0.25 + 15.25 / 9 + (2 * 3.125) / 9, 12)
    const [a, b, c] = [10, 20, 30].map((x) => value(rcs, { sizeCm: x }) as number) as [number, number, number]
    expect(c - b).toBeCloseTo(b - a, 9)
  })

  it('bands: the first band with x <= upTo, the last band above', () => {
    const bands = { type: 'bands', input: 'sizeCm', bands: [{ upTo: 5, value: 0 }, { upTo: 10, value: 1 }, { value: 2 }] }
    expect([5, 5.1, 10, 10.5].map((sizeCm) => value(bands, { sizeCm }))).toEqual([0, 1, 1, 2])
  })

  it('piecewise: linear interpolation, end values beyond the ends, or no estimate when told', () => {
    const pw = { type: 'piecewise', input: 'age', points: [[20, 0], [40, 20], [80, 20]] }
    expect([30, 60, 10, 95].map((age) => value(pw, { age }))).toEqual([10, 20, 0, 20])
    expect(value({ ...pw, outside: 'not_estimable' }, { age: 95 })).toBe('input_outside_nomogram_axis')
    // A repeated x is a step: x itself takes the left value.
    const step = { type: 'piecewise', input: 'sizeCm', points: [[0, 0], [30, 55.5], [30, 55], [80, 48.75]] }
    expect([30, 55].map((sizeCm) => value(step, { sizeCm }))).toEqual([55.5, 55 - 0.125 * 25])
  })

  it('levels: the level, the default, or no estimate; numbers and booleans keyed as JSON text', () => {
    expect(value({ type: 'levels', input: 'histology', levels: { leiomyosarcoma: 0.4 } })).toBe(0.4)
    expect(value({ type: 'levels', input: 'histology', levels: { synovial_sarcoma: 0.4 }, default: 0.1 })).toBe(0.1)
    expect(value({ type: 'levels', input: 'histology', levels: { synovial_sarcoma: 0.4 } })).toBe('level_not_in_model')
    expect(value({ type: 'levels', input: 'grade', levels: { '2': 0.7 } })).toBe(0.7)
    expect(value({ type: 'levels', input: 'multifocal', levels: { true: 1 } }, { multifocal: true })).toBe(1)
    expect(value({ type: 'levels', input: 'option', levels: { surgery_alone: 0, postop_rt: -0.5 } }, {}, 'postop_rt')).toBe(-0.5)
  })

  it('missing: a value, or no estimate (also when unset); when: the term applies to listed levels only', () => {
    const limb = { type: 'levels', input: 'limb', levels: { upper: -1 } }
    expect(value({ ...limb, missing: -0.9 })).toBe(-0.9)
    expect(value({ ...limb, missing: 'not_estimable' })).toBe('model_input_missing')
    expect(value(limb)).toBe('model_input_missing')
    const gated = { ...limb, when: { input: 'site', levels: ['extremity'] } }
    expect(value(gated, { limb: 'upper' })).toBe(-1)
    expect(value(gated, { site: 'trunk_wall', limb: 'upper' })).toBe(0)
  })
})

const model = (over: Partial<ModelFile>): ModelFile =>
  ({
    format: 'sts-model/1',
    id: 'hand_model',
    name: { en: 'hand' },
    citation: 'hand',
    outcome: 'overall_survival',
    kind: 'cox',
    population: { sites: ['extremity'] },
    options: ['surgery_alone'],
    terms: [{ type: 'linear', input: 'age', coef: 0.02 }],
    referenceCases: [],
    provenance: 'hand',
    ...over,
  }) as ModelFile

describe('kinds', () => {
  it('cox: S(t) = S0(t) ^ exp(lp - centre)', () => {
    const r = evaluateModel(model({ centre: 1, baseline: [{ years: 5, value: 0.8 }, { years: 10, value: 0.6 }] }), input, 'surgery_alone')
    // lp = 0.02 * 60 - 1 = 0.2
    expect(r).toEqual({ ok: true, points: [{ years: 5, value: 0.8 ** Math.exp(0.2) }, { years: 10, value: 0.6 ** Math.exp(0.2) }] })
  })

  it('cox with strata: the baseline of the input level', () => {
    const m = model({ strata: { input: 'grade', levels: { '1': [{ years: 12, value: 0.9 }], '2': [{ years: 12, value: 0.7 }] } } })
    expect(evaluateModel(m, input, 'surgery_alone')).toEqual({ ok: true, points: [{ years: 12, value: 0.7 ** Math.exp(1.2) }] })
    expect(evaluateModel(m, { ...input, grade: 3 }, 'surgery_alone')).toEqual({ ok: false, reason: 'stratum_not_in_model' })
  })

  it('fine_gray: F(t) = 1 - (1 - F0(t)) ^ exp(lp)', () => {
    const m = model({ outcome: 'local_recurrence', kind: 'fine_gray', centre: 1.2, baseline: [{ years: 5, value: 0.1 }] })
    expect(evaluateModel(m, input, 'surgery_alone')).toEqual({ ok: true, points: [{ years: 5, value: 1 - 0.9 ** 1 }] })
  })

  it('points: the table read by linear interpolation, a bound beyond its rows', () => {
    const m = model({ kind: 'points', terms: [{ type: 'linear', input: 'age', coef: 1 }], pointsToProbability: [{ years: 7, table: [[40, 0.9], [80, 0.5]] }] })
    expect(evaluateModel(m, input, 'surgery_alone')).toEqual({ ok: true, points: [{ years: 7, value: 0.7 }] })
    expect(evaluateModel(m, { ...input, age: 30 }, 'surgery_alone')).toEqual({ ok: true, points: [{ years: 7, value: 0.9, bound: 'at_least' }] })
    expect(evaluateModel(m, { ...input, age: 90 }, 'surgery_alone')).toEqual({ ok: true, points: [{ years: 7, value: 0.5, bound: 'below' }] })
  })

  it('population: outside it, not_estimable', () => {
    const m = model({ population: { sites: ['extremity'], age: { min: 18, max: 59 } }, baseline: [{ years: 5, value: 0.8 }] })
    expect(evaluateModel(m, input, 'surgery_alone')).toEqual({ ok: false, reason: 'outside_model_population' })
    expect(evaluateModel(m, { ...input, age: 59, site: 'head_neck' }, 'surgery_alone')).toEqual({ ok: false, reason: 'outside_model_population' })
  })

  it('an overflowing linear predictor gives no number, never NaN', () => {
    const m = model({ terms: [{ type: 'linear', input: 'age', coef: 1e308 }], baseline: [{ years: 5, value: 1 }] })
    expect(evaluateModel(m, input, 'surgery_alone')).toEqual({ ok: false, reason: 'not_computable' })
  })
})
