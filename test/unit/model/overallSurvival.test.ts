// Overall survival derived from Kattan 2002 sarcoma-specific survival and the UN WPP 2024 life
// table (../shared/evidence/expected-survival.md): the worked examples of §4 at 0.0005, and the
// invariants OS <= SSS, OS falls with age at a fixed tumour, every OS range holds its value.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimate, expectedSurvival, predict, validate, type Estimate, type PatientInput } from '@/model'
import { arbAge, arbSite } from './arbitraries'

const TOL = 0.0005
const close = (actual: number | undefined, expected: number) => {
  expect(actual).toBeDefined()
  expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(TOL)
}
const valueOf = (e: Estimate) => {
  if (e.kind !== 'value') throw new Error(`not estimable: ${e.reason}`)
  return e
}

type Example = {
  input: PatientInput
  sStar: [number, number, number]
  sss5: number
  os5: [number, number, number]
  os10: [number, number, number]
  os12: number
}

// expected-survival.md §4 (S* at 5, 10, 12 y; OS 5 y and 10 y as value, lower, upper).
const EXAMPLES: Example[] = [
  {
    input: { age: 67, sizeCm: 9, depth: 'deep', site: 'extremity', limb: 'lower', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, sex: 'male', population: 'NLD' },
    sStar: [0.9274, 0.8166, 0.7628],
    sss5: 0.6486,
    os5: [0.6015, 0.5826, 0.6162],
    os10: [0.4191, 0.4016, 0.4373],
    os12: 0.3752,
  },
  {
    input: { age: 45, sizeCm: 4, depth: 'superficial', site: 'extremity', limb: 'upper', histology: 'well_differentiated_liposarcoma', grade: 1, sex: 'female', population: 'NLD' },
    sStar: [0.9941, 0.9838, 0.9769],
    sss5: 0.9789,
    os5: [0.9731, 0.9716, 0.9743],
    os10: [0.952, 0.95, 0.954],
    os12: 0.9433,
  },
  {
    input: { age: 80, sizeCm: 12, depth: 'deep', site: 'trunk_wall', histology: 'leiomyosarcoma', grade: 2, population: 'NLD' },
    sStar: [0.7623, 0.4442, 0.2965],
    sss5: 0.2311,
    os5: [0.1762, 0.1581, 0.1911],
    os10: [0.0465, 0.0402, 0.0537],
    os12: 0.0269,
  },
  {
    input: { age: 58, sizeCm: 15, depth: 'deep', site: 'extremity', limb: 'lower', histology: 'synovial_sarcoma', grade: 3, sex: 'female', population: 'GBR' },
    sStar: [0.9762, 0.9405, 0.9243],
    sss5: 0.4558,
    os5: [0.445, 0.4199, 0.4649],
    os10: [0.2803, 0.2594, 0.3028],
    os12: 0.255,
  },
  {
    input: { age: 72, sizeCm: 6, depth: 'deep', site: 'head_neck', histology: 'mpnst', grade: 3, sex: 'male', population: 'GBR' },
    sStar: [0.8719, 0.6859, 0.6024],
    sss5: 0.0695,
    os5: [0.0606, 0.0498, 0.0703],
    os10: [0.0113, 0.0087, 0.0146],
    os12: 0.0076,
  },
]

describe('expected survival from the UN WPP 2024 table (expected-survival.md §3-4)', () => {
  it('matches the three S*-only examples', () => {
    close(expectedSurvival(67, 5, 'male', 'NLD'), 0.92739)
    close(expectedSurvival(100, 5, 'both', 'NLD'), 0.07121)
    close(expectedSurvival(30, 12, 'female', 'GBR'), 0.99249)
  })

  it.each(EXAMPLES.map((e, i) => [i + 1, e] as const))('worked example %i: S*, SSS and OS with their ranges', (_n, ex) => {
    expect(validate(ex.input)).toEqual({ ok: true, input: ex.input })
    const p = predict(ex.input)
    const sex = ex.input.sex ?? 'both'
    ;[5, 10, 12].forEach((years, i) => close(expectedSurvival(ex.input.age, years, sex, ex.input.population ?? 'NLD'), ex.sStar[i] ?? NaN))
    close(valueOf(estimate(p, 'surgery_alone', 'sarcoma_specific_survival', 5)).value, ex.sss5)
    for (const [years, [value, lower, upper]] of [[5, ex.os5], [10, ex.os10]] as const) {
      const os = valueOf(estimate(p, 'surgery_alone', 'overall_survival', years))
      close(os.value, value)
      close(os.lower, lower)
      close(os.upper, upper)
      expect(os.band).toBe('time_conversion_range')
      expect(os.derived).toBe('os_from_sss_and_life_table')
    }
    const os12 = valueOf(estimate(p, 'surgery_alone', 'overall_survival', 12))
    close(os12.value, ex.os12)
    // 12 y: SSS is exact and has no range, so neither has OS.
    expect(os12.lower).toBeUndefined()
    expect(os12.upper).toBeUndefined()
    expect(os12.band).toBeUndefined()
    expect(os12.sources).toEqual(expect.arrayContaining(['kattan2002', 'wpp2024', 'overall_survival_derivation']))
  })

  it('gives the radiotherapy options the surgery-alone OS and leaves chemotherapy not estimable with its reason', () => {
    const p = predict(EXAMPLES[0]!.input)
    const os = (id: string) => [5, 10, 12].map((years) => estimate(p, id as 'surgery_alone', 'overall_survival', years))
    for (const id of ['preop_rt_conventional', 'preop_rt_hypofractionated', 'postop_rt']) {
      expect(os(id).map(({ sources: _s, ...rest }) => rest)).toEqual(os('surgery_alone').map(({ sources: _s, ...rest }) => rest))
    }
    expect(estimate(p, 'neoadjuvant_chemo', 'overall_survival', 5)).toMatchObject({ kind: 'not_estimable', reason: 'effect_not_validated_on_model_scale' })
  })

  it('warns when sex is absent (both-sexes table) and not when it is given', () => {
    const codes = (input: PatientInput) => predict(input).warnings.map((w) => w.code)
    const { sex: _omit, ...noSex } = EXAMPLES[0]!.input
    expect(codes(noSex)).toContain('sex_assumed_both')
    expect(codes(EXAMPLES[0]!.input)).not.toContain('sex_assumed_both')
  })

  it('uses the Netherlands table when population is absent', () => {
    const { population: _omit, ...noPopulation } = EXAMPLES[0]!.input
    expect(predict(noPopulation).options[0]?.outcomes.overall_survival).toEqual(predict(EXAMPLES[0]!.input).options[0]?.outcomes.overall_survival)
  })

  it('keeps the retroperitoneum on Gronchi OS, untouched by sex and population', () => {
    const rps: PatientInput = { age: 60, sizeCm: 15, depth: 'deep', site: 'retroperitoneum', histology: 'leiomyosarcoma', grade: 2 }
    expect(predict({ ...rps, sex: 'male', population: 'GBR' }).options).toEqual(predict(rps).options)
  })

  it('gives a finite figure at age 100 and in the open 100+ group', () => {
    for (const sex of ['female', 'male', 'both'] as const) {
      for (const population of ['NLD', 'GBR'] as const) {
        for (const years of [5, 10, 12]) {
          const s = expectedSurvival(100, years, sex, population)
          expect(Number.isFinite(s) && s > 0 && s < 1).toBe(true)
        }
      }
    }
    const p = predict({ ...EXAMPLES[0]!.input, age: 100 })
    for (const years of [5, 10, 12]) expect(Number.isFinite(valueOf(estimate(p, 'surgery_alone', 'overall_survival', years)).value)).toBe(true)
  })
})

const arbKattan = arbSite('extremity', 'trunk_wall', 'head_neck')
const HORIZONS = [5, 10, 12]

describe('overall survival invariants (random patients)', () => {
  it('never exceeds sarcoma-specific survival, and every OS range contains its value', () => {
    fc.assert(
      fc.property(arbKattan, (input) => {
        const p = predict(input)
        for (const option of p.options) {
          for (const years of HORIZONS) {
            const os = estimate(p, option.id, 'overall_survival', years)
            const sss = estimate(p, option.id, 'sarcoma_specific_survival', years)
            expect(os.kind).toBe(sss.kind)
            if (os.kind !== 'value' || sss.kind !== 'value') continue
            expect(os.value).toBeLessThanOrEqual(sss.value)
            expect(Number.isFinite(os.value)).toBe(true)
            if (os.lower !== undefined || os.upper !== undefined) {
              expect(os.lower).toBeLessThanOrEqual(os.value)
              expect(os.upper).toBeGreaterThanOrEqual(os.value)
              expect(os.band).toBe('time_conversion_range')
            }
          }
        }
      }),
    )
  })

  it('falls with age at a fixed tumour', () => {
    fc.assert(
      fc.property(arbKattan, arbAge, arbAge, (input, a, b) => {
        fc.pre(a !== b)
        const [younger, older] = a < b ? [a, b] : [b, a]
        for (const years of HORIZONS) {
          const young = valueOf(estimate(predict({ ...input, age: younger }), 'surgery_alone', 'overall_survival', years))
          const old = valueOf(estimate(predict({ ...input, age: older }), 'surgery_alone', 'overall_survival', years))
          expect(old.value).toBeLessThan(young.value)
        }
      }),
    )
  })
})
