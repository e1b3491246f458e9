// Property tests of the model-file evaluator: every model parseModelFile accepts gives, for every
// valid patient and option, probabilities in 0..1 that never rise (survival) or fall
// (incidence) with time; and predict() with it never shows NaN or a value outside 0..1.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OPTION_IDS, SURVIVAL_OUTCOMES, parseModelFile, predict, type ModelFile, type OutcomeId, type PatientInput } from '@/model'
import { evaluateModel } from '@/model/modelEval'
import { arbInput } from './arbitraries'

const coef = fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true })
const ascendingDistinct = (min: number, max: number, n: number) =>
  fc.uniqueArray(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), { minLength: n, maxLength: n + 3 }).map((xs) => [...xs].sort((a, b) => a - b))

const numericInput = fc.constantFrom('age', 'sizeCm', 'grade')
const arbTerm = fc.oneof(
  fc.record({ type: fc.constant('linear'), input: numericInput, coef: fc.double({ min: -2, max: 2, noNaN: true }), transform: fc.constantFrom(undefined, 'log') }),
  fc.record({ type: fc.constant('spline'), input: fc.constant('age'), linear: fc.double({ min: -1, max: 1, noNaN: true }), knots: ascendingDistinct(18, 100, 1) }).chain((t) =>
    fc.array(fc.double({ min: -1e-4, max: 1e-4, noNaN: true }), { minLength: t.knots.length, maxLength: t.knots.length }).map((coefs) => ({ ...t, coefs })),
  ),
  fc.record({ type: fc.constant('rcs'), input: fc.constant('sizeCm'), linear: fc.double({ min: -1, max: 1, noNaN: true }), knots: ascendingDistinct(0.5, 40, 3) }).chain((t) =>
    fc.array(coef, { minLength: t.knots.length - 2, maxLength: t.knots.length - 2 }).map((coefs) => ({ ...t, coefs })),
  ),
  fc.record({ type: fc.constant('bands'), input: numericInput, ups: ascendingDistinct(1, 60, 1), values: fc.array(coef, { minLength: 5, maxLength: 5 }) }).map(({ ups, values, ...t }) => ({
    ...t,
    bands: [...ups.map((upTo, i) => ({ upTo, value: values[i % 5] as number })), { value: values[4] as number }],
  })),
  fc.record({ type: fc.constant('piecewise'), input: numericInput, xs: ascendingDistinct(0, 100, 2), ys: fc.array(coef, { minLength: 6, maxLength: 6 }), outside: fc.constantFrom(undefined, 'not_estimable') }).map(
    ({ xs, ys, ...t }) => ({ ...t, points: xs.map((x, i) => [x, ys[i % 6] as number]) }),
  ),
  fc.record({ type: fc.constant('levels'), input: fc.constant('option'), levels: fc.record(Object.fromEntries(OPTION_IDS.map((o) => [o, coef])) as Record<string, fc.Arbitrary<number>>), missing: fc.constantFrom(undefined, 0) }),
  fc.record({ type: fc.constant('levels'), input: fc.constant('depth'), levels: fc.record({ deep: coef }), default: fc.option(coef, { nil: undefined }), missing: fc.constantFrom(undefined, 0, 'not_estimable') }),
)

/** Values that move one way over the horizons: survival falls, incidence rises. */
const monotone = (n: number, survival: boolean) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((vs) => [...vs].sort((a, b) => (survival ? b - a : a - b)))

const arbOutcome = fc.constantFrom<OutcomeId>('overall_survival', 'sarcoma_specific_survival', 'disease_free_survival', 'local_recurrence', 'distant_metastasis')

const strip = <T extends Record<string, unknown>>(o: T): T => JSON.parse(JSON.stringify(o)) as T

const arbDraft = fc
  .record({
    outcome: arbOutcome,
    points: fc.boolean(),
    years: fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 }).map((ys) => [...ys].sort((a, b) => a - b)),
    terms: fc.array(arbTerm, { minLength: 1, maxLength: 5 }),
    centre: coef,
    sites: fc.subarray(['extremity', 'trunk_wall', 'head_neck', 'retroperitoneum'] as const, { minLength: 1 }),
    options: fc.subarray([...OPTION_IDS], { minLength: 1 }),
  })
  .chain((d): fc.Arbitrary<Record<string, unknown>> => {
    const survival = SURVIVAL_OUTCOMES.includes(d.outcome)
    const kind = d.points ? 'points' : survival ? 'cox' : 'fine_gray'
    if (kind !== 'points') return monotone(d.years.length, survival).map((vs) => ({ ...d, kind, centre: d.centre, baseline: d.years.map((years, i) => ({ years, value: vs[i] as number })) }))
    // Points: one grid of totals, each later horizon's probability moved in the outcome's direction.
    return fc
      .record({ xs: ascendingDistinct(-200, 400, 2), first: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }), steps: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }) })
      .map(({ xs, first, steps }) => {
        let row = xs.map((_, i) => first[i % 6] as number)
        const pointsToProbability = d.years.map((years, h) => {
          if (h > 0) row = row.map((p) => (survival ? p * (steps[h - 1] as number) : p + (1 - p) * (steps[h - 1] as number)))
          return { years, table: xs.map((x, i) => [x, row[i] as number]) }
        })
        return { ...d, kind, pointsToProbability }
      })
  })

/** A complete file: its reference cases are the model's own values for three patients, when it has them. */
type Draft = Record<string, unknown> & { outcome: OutcomeId; options: string[]; sites: string[]; kind: string }

function fileFrom(draft: Draft, patients: PatientInput[]): Record<string, unknown> {
  const { sites, points: _points, years: _years, ...rest } = draft
  const base = strip({
    format: 'sts-model/1',
    id: 'generated_model',
    name: { en: 'generated' },
    citation: 'generated',
    population: { sites },
    provenance: 'generated',
    referenceCases: [] as unknown[],
    ...rest,
    ...(draft.kind === 'points' ? { centre: undefined } : {}),
  })
  const m = base as unknown as ModelFile
  base.referenceCases = patients.flatMap((p) => {
    const option = draft.options[0] as ModelFile['options'][number]
    const r = evaluateModel(m, { ...p, site: sites[0] as PatientInput['site'] }, option)
    const pt = r.ok ? r.points.find((x) => !x.bound) : undefined
    return pt ? [{ input: { ...p, site: sites[0] }, option, years: pt.years, expected: pt.value, tolerance: 0 }] : []
  })
  return base
}

describe('every accepted model file', () => {
  it('gives probabilities in 0..1 that never rise (survival) or fall (incidence) with time', () => {
    let accepted = 0
    fc.assert(
      fc.property(arbDraft, fc.array(arbInput, { minLength: 3, maxLength: 3 }), fc.array(arbInput, { minLength: 1, maxLength: 6 }), (draft, refPatients, patients) => {
        const parsed = parseModelFile(fileFrom(draft as Draft, refPatients))
        if (!parsed.ok) return
        accepted++
        const m = parsed.model
        const survival = SURVIVAL_OUTCOMES.includes(m.outcome)
        for (const p of patients) {
          for (const option of m.options) {
            const r = evaluateModel(m, p, option)
            if (!r.ok) continue
            r.points.forEach((pt, i) => {
              expect(Number.isFinite(pt.value)).toBe(true)
              expect(pt.value).toBeGreaterThanOrEqual(0)
              expect(pt.value).toBeLessThanOrEqual(1)
              const prev = r.points[i - 1]
              if (prev) expect(survival ? pt.value <= prev.value + 1e-12 : pt.value >= prev.value - 1e-12).toBe(true)
            })
          }
          for (const o of predict(p, [m]).options) {
            for (const slot of Object.values(o.outcomes)) {
              if ('kind' in slot) continue
              for (const pt of slot.points) expect(pt.value >= 0 && pt.value <= 1).toBe(true)
            }
          }
        }
      }),
      { numRuns: 300, seed: 17 },
    )
    // The generator must reach accepted files, or the property says nothing.
    expect(accepted).toBeGreaterThan(50)
  })
})
