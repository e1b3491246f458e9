// Property-test invariants of ../shared/evidence/warnings.md §4 (fast-check).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimate, predict, SURVIVAL_OUTCOMES, validate, type Curve, type NotEstimable, type PatientInput, type Prediction } from '@/model'
import { dfsPoints, dfsSizePoints, osAgePoints, osPoints, osSizePoints } from '@/model/gronchi'
import { GRONCHI_HISTOLOGY_MAP } from '@/model/data/gronchi2013'
import { arbAge, arbInput, arbSite } from './arbitraries'

const isCurve = (x: Curve | NotEstimable): x is Curve => !('kind' in x)
const curves = (p: Prediction) => p.options.flatMap((o) => Object.entries(o.outcomes).flatMap(([outcome, slot]) => (isCurve(slot) ? [{ option: o.id, outcome, curve: slot }] : [])))

const allNumbers = (x: unknown): number[] =>
  typeof x === 'number' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(allNumbers) : []

/** 12-y sarcoma-specific death of surgery alone (the Kattan P12). */
function p12(input: PatientInput): number {
  const e = estimate(predict(input), 'surgery_alone', 'sarcoma_specific_survival', 12)
  if (e.kind !== 'value') throw new Error(e.reason)
  return 1 - e.value
}

const arbKattan = arbSite('extremity', 'trunk_wall', 'head_neck')
const arbRps = arbSite('retroperitoneum')

describe('every model, every option (invariants 1-5)', () => {
  it('keeps every value and bound in 0..1 with lower <= value <= upper', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        for (const { curve } of curves(predict(input))) {
          for (const pt of curve.points) {
            expect(pt.value).toBeGreaterThanOrEqual(0)
            expect(pt.value).toBeLessThanOrEqual(1)
            expect(pt.lower ?? pt.value).toBeLessThanOrEqual(pt.value)
            expect(pt.upper ?? pt.value).toBeGreaterThanOrEqual(pt.value)
            expect(pt.lower ?? 0).toBeGreaterThanOrEqual(0)
            expect(pt.upper ?? 1).toBeLessThanOrEqual(1)
          }
        }
      }),
    )
  })

  it('never lets survival rise or an incidence fall over time, for values and for each bound', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        for (const { outcome, curve } of curves(predict(input))) {
          const pts = [...curve.points].sort((a, b) => a.years - b.years)
          const sign = SURVIVAL_OUTCOMES.includes(outcome as (typeof SURVIVAL_OUTCOMES)[number]) ? 1 : -1
          for (let i = 1; i < pts.length; i++) {
            const [a, b] = [pts[i - 1], pts[i]]
            if (!a || !b) continue
            expect(sign * (a.value - b.value)).toBeGreaterThanOrEqual(0)
            if (a.lower !== undefined && b.lower !== undefined) expect(sign * (a.lower - b.lower)).toBeGreaterThanOrEqual(0)
            if (a.upper !== undefined && b.upper !== undefined) expect(sign * (a.upper - b.upper)).toBeGreaterThanOrEqual(0)
          }
        }
      }),
    )
  })

  it('lets no NaN or Infinity reach a prediction', () => {
    fc.assert(fc.property(arbInput, (input) => allNumbers(predict(input)).every(Number.isFinite)))
  })

  it('is pure and deterministic', () => {
    fc.assert(fc.property(arbInput, (input) => {
      expect(predict(input)).toEqual(predict(structuredClone(input)))
    }))
  })

  it('gives no number at a horizon the curve does not hold (invariant 4)', () => {
    fc.assert(
      fc.property(arbInput, fc.oneof(fc.integer({ min: 0, max: 15 }), fc.double({ min: -5, max: 40, noNaN: true })), (input, years) => {
        const p = predict(input)
        for (const o of p.options) {
          for (const [outcome, slot] of Object.entries(o.outcomes)) {
            const e = estimate(p, o.id, outcome as keyof typeof o.outcomes, years)
            const held = isCurve(slot) && slot.points.some((pt) => pt.years === years)
            expect(e.kind === 'value').toBe(held)
          }
        }
      }),
    )
  })
})

describe('Gronchi 2013 (invariants 6-10)', () => {
  const arbSmall = fc.double({ min: 0.01, max: 30, noNaN: true })
  const arbLarge = fc.double({ min: 30, max: 80, noNaN: true })

  it('never lowers OS or DFS size points as the tumour grows up to 30 cm', () => {
    fc.assert(
      fc.property(arbSmall, arbSmall, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        expect(osSizePoints(hi)).toBeGreaterThanOrEqual(osSizePoints(lo))
        expect(dfsSizePoints(hi)).toBeGreaterThanOrEqual(dfsSizePoints(lo))
      }),
    )
  })

  it('never raises DFS size points from 30 to 80 cm (and asserts nothing for OS there)', () => {
    fc.assert(
      fc.property(arbLarge, arbLarge, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        expect(dfsSizePoints(hi)).toBeLessThanOrEqual(dfsSizePoints(lo) + 1e-9)
      }),
    )
  })

  it('scores age as a U: falling to 0 points at 50 years, rising to 90', () => {
    const arbYoung = fc.double({ min: 10, max: 50, noNaN: true })
    const arbOld = fc.double({ min: 50, max: 90, noNaN: true })
    fc.assert(
      fc.property(arbYoung, arbYoung, arbOld, arbOld, (y1, y2, o1, o2) => {
        expect(osAgePoints(Math.max(y1, y2))).toBeLessThanOrEqual(osAgePoints(Math.min(y1, y2)))
        expect(osAgePoints(Math.max(o1, o2))).toBeGreaterThanOrEqual(osAgePoints(Math.min(o1, o2)))
      }),
    )
    expect(osAgePoints(50)).toBe(0)
  })

  it('never improves OS with a higher grade, multifocality or an incomplete resection; nor DFS with grade or multifocality', () => {
    fc.assert(
      fc.property(arbRps, (input) => {
        const items = { ageYears: input.age, sizeCm: input.sizeCm, grade: input.grade, histology: GRONCHI_HISTOLOGY_MAP[input.histology], multifocal: false, incomplete: false }
        const os = osPoints(items)
        const dfs = dfsPoints(items)
        expect(osPoints({ ...items, multifocal: true })).toBeGreaterThan(os)
        expect(osPoints({ ...items, incomplete: true })).toBeGreaterThan(os)
        expect(dfsPoints({ ...items, multifocal: true })).toBeGreaterThan(dfs)
        if (input.grade < 3) {
          const higher = { ...items, grade: (input.grade + 1) as 2 | 3 }
          expect(osPoints(higher)).toBeGreaterThan(os)
          expect(dfsPoints(higher)).toBeGreaterThan(dfs)
        }
      }),
    )
  })

  it('never returns DFS after an incomplete (R2) resection', () => {
    fc.assert(
      fc.property(arbRps, (input) => {
        const p = predict({ ...input, expectedMargin: 'R2' })
        for (const o of p.options) expect(o.outcomes.disease_free_survival).toMatchObject({ kind: 'not_estimable' })
      }),
    )
  })

  it('gives preoperative RT the surgery-alone value (HR 1) with a band around it, and chemotherapy no number', () => {
    fc.assert(
      fc.property(arbRps, (input) => {
        const p = predict(input)
        for (const [outcome, years] of [['overall_survival', 7], ['overall_survival', 5], ['disease_free_survival', 7]] as const) {
          const ref = estimate(p, 'surgery_alone', outcome, years)
          const rt = estimate(p, 'preop_rt_conventional', outcome, years)
          if (ref.kind === 'value' && rt.kind === 'value') {
            expect(rt.value).toBe(ref.value)
            if (!rt.bound) expect(rt.lower).toBeLessThan(rt.upper ?? Number.NaN)
          } else expect(rt.kind).toBe(ref.kind)
          expect(estimate(p, 'neoadjuvant_chemo', outcome, years)).toMatchObject({ kind: 'not_estimable', reason: 'no_efficacy_data_trial_ongoing' })
        }
      }),
    )
  })
})

describe('Kattan 2002 (invariants 12-15)', () => {
  it('raises 12-y sarcoma-specific death strictly with the size category, depth and grade', () => {
    fc.assert(
      fc.property(arbKattan, (input) => {
        expect(p12({ ...input, sizeCm: 8 })).toBeGreaterThan(p12({ ...input, sizeCm: 3 }))
        expect(p12({ ...input, sizeCm: 15 })).toBeGreaterThan(p12({ ...input, sizeCm: 8 }))
        expect(p12({ ...input, depth: 'deep' })).toBeGreaterThan(p12({ ...input, depth: 'superficial' }))
        expect(p12({ ...input, grade: 2 })).toBeGreaterThan(p12({ ...input, grade: 1 }))
        expect(p12({ ...input, grade: 3 })).toBe(p12({ ...input, grade: 2 }))
      }),
    )
  })

  it('raises 12-y sarcoma-specific death strictly with age over 18-100', () => {
    fc.assert(
      fc.property(arbKattan, arbAge, arbAge, (input, a, b) => {
        fc.pre(a !== b)
        const [younger, older] = a < b ? [a, b] : [b, a]
        expect(p12({ ...input, age: older })).toBeGreaterThan(p12({ ...input, age: younger }))
      }),
    )
  })

  it('ignores the exact size within a size category (steps at 5 and 10 cm)', () => {
    const arbMid = fc.double({ min: 5.0001, max: 10, noNaN: true })
    fc.assert(fc.property(arbKattan, arbMid, arbMid, (input, a, b) => {
      expect(p12({ ...input, sizeCm: a })).toBe(p12({ ...input, sizeCm: b }))
    }))
    const base = { age: 50, depth: 'deep', histology: 'other', grade: 3, site: 'head_neck' } as const
    expect(p12({ ...base, sizeCm: 5 })).toBe(p12({ ...base, sizeCm: 0.5 }))
    expect(p12({ ...base, sizeCm: 10 })).toBe(p12({ ...base, sizeCm: 6 }))
  })

  it('gives every RT option exactly the surgery-alone sarcoma-specific survival, and chemotherapy none', () => {
    fc.assert(
      fc.property(arbKattan, (input) => {
        const p = predict(input)
        const points = (id: string) => {
          const slot = p.options.find((o) => o.id === id)?.outcomes.sarcoma_specific_survival
          return slot && isCurve(slot) ? slot.points : slot
        }
        for (const rt of ['preop_rt_conventional', 'preop_rt_hypofractionated', 'postop_rt']) expect(points(rt)).toEqual(points('surgery_alone'))
        expect(points('neoadjuvant_chemo')).toMatchObject({ kind: 'not_estimable', reason: 'effect_not_validated_on_model_scale' })
      }),
    )
  })
})

describe('validate()', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.anything(), (raw) => {
      const r = validate(raw)
      expect(typeof r.ok).toBe('boolean')
    }))
  })

  it('never throws on objects with the right keys and arbitrary values', () => {
    const keys = ['age', 'sizeCm', 'depth', 'histology', 'grade', 'site', 'limb', 'expectedMargin', 'multifocal', 'performanceStatus'] as const
    const arbRaw = fc.record(Object.fromEntries(keys.map((k) => [k, fc.anything()])) as Record<(typeof keys)[number], fc.Arbitrary<unknown>>)
    fc.assert(fc.property(arbRaw, (raw) => {
      const r = validate(raw)
      if (!r.ok) expect(r.errors.length).toBeGreaterThan(0)
    }))
  })

  it('accepts every valid input unchanged, but for the depth a site implies (the retroperitoneum is deep)', () => {
    fc.assert(fc.property(arbInput, (input) => {
      expect(validate(input)).toEqual({ ok: true, input: input.site === 'retroperitoneum' ? { ...input, depth: 'deep' } : input })
    }))
  })
})
