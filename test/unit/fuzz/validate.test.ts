// Fuzz (issue 8): validate() over anything at all never throws; what it accepts lies in the
// PatientInput domain, and what it refuses comes with one field error per field whose code is
// `fieldError.<code>` in both languages.
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { INPUT_LIMITS, validate, type ValidationResult } from '@/model'
import { fieldErrorProblems } from './checks'
import { arbAnything, arbRawInput, FUZZ_TIMEOUT_MS, RUNS, verify } from './hostile'

const FIELDS: readonly string[] = ['age', 'sizeCm', 'depth', 'histology', 'grade', 'site', 'limb', 'expectedMargin', 'multifocal', 'performanceStatus', 'metastatic', 'resectable', 'recurrent', 'priorRadiotherapy', 'priorChemotherapy', 'sex', 'population']

/** What is wrong with an answer of validate(), whatever it was given ([] when nothing). */
const answerProblems = (result: ValidationResult): string[] => {
  if (result.ok) {
    const { age, sizeCm } = result.input
    const problems: string[] = []
    if (!(Number.isInteger(age) && age >= INPUT_LIMITS.ageYears.min && age <= INPUT_LIMITS.ageYears.max)) problems.push(`accepted age ${age}`)
    if (!(Number.isFinite(sizeCm) && sizeCm > INPUT_LIMITS.sizeCm.minExclusive && sizeCm <= INPUT_LIMITS.sizeCm.max)) problems.push(`accepted size ${sizeCm}`)
    for (const [key, value] of Object.entries(result.input)) {
      if (!FIELDS.includes(key)) problems.push(`accepted unknown field ${key}`)
      if (value === undefined || value === null) problems.push(`accepted ${key} = ${String(value)}`)
    }
    // Accepted input is a fixed point: validating it again changes nothing.
    if (!isDeepStrictEqual(validate(result.input), result)) problems.push('validating the accepted input again gives another answer')
    return problems
  }
  return [...(result.errors.length ? [] : ['refused without a field error']), ...fieldErrorProblems(result.errors, FIELDS)]
}

describe('validate() fuzzed', () => {
  it(`answers ${RUNS} arbitrary values (JSON, strings, NaN, Infinity, bigints, maps, sparse arrays) without throwing`, () => {
    fc.assert(fc.property(arbAnything, (raw) => verify(answerProblems(validate(raw)))), { numRuns: RUNS })
  }, FUZZ_TIMEOUT_MS)

  it(`answers ${RUNS} near-valid records (each field sometimes hostile) and accepts many of them`, () => {
    let accepted = 0
    fc.assert(
      fc.property(arbRawInput, (raw) => {
        const result = validate(raw)
        if (result.ok) accepted += 1
        verify(answerProblems(result))
      }),
      { numRuns: RUNS },
    )
    expect(accepted).toBeGreaterThan(RUNS / 5)
  }, FUZZ_TIMEOUT_MS)

  it('ignores inherited and __proto__ fields, and survives getters that throw and proxies', () => {
    const polluted = JSON.parse('{"__proto__": {"age": 60}, "site": "extremity"}') as unknown
    expect(validate(polluted)).toMatchObject({ ok: false })
    expect(({} as { age?: unknown }).age).toBeUndefined()
    const inherited = Object.create({ age: 60, sizeCm: 5, depth: 'deep', histology: 'gist', grade: 1, site: 'extremity' }) as unknown
    expect(validate(inherited)).toMatchObject({ ok: false })
    const throwing = Object.defineProperty({}, 'age', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(answerProblems(validate(throwing))).toEqual([])
    const boom = () => {
      throw new Error('boom')
    }
    const proxy = new Proxy({}, { get: boom, has: () => true, ownKeys: boom, getOwnPropertyDescriptor: boom })
    expect(answerProblems(validate(proxy))).toEqual([])
  })
})
