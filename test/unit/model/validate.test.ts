// validate(): field errors are i18n codes, one per field; typed values only (the UI parses text).
import { describe, expect, it } from 'vitest'
import { validate, type PatientInput } from '@/model'

const VALID: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'leiomyosarcoma', grade: 3, site: 'extremity' }
const errorsOf = (raw: unknown) => {
  const r = validate(raw)
  return r.ok ? [] : r.errors
}
const codeFor = (patch: Record<string, unknown>, field: string) => errorsOf({ ...VALID, ...patch }).find((e) => e.field === field)?.code

describe('validate', () => {
  it('accepts a complete input and returns it as typed', () => {
    expect(validate(VALID)).toEqual({ ok: true, input: VALID })
  })

  it.each([
    [18, undefined], [100, undefined], [17, 'too_small'], [101, 'too_large'], [-5, 'too_small'],
    [45.5, 'not_whole_number'], [Number.NaN, 'not_a_number'], [Number.POSITIVE_INFINITY, 'not_finite'],
    ['60', 'not_a_number'], [null, 'required'], [undefined, 'required'], [1e9, 'too_large'],
  ])('age %s -> %s', (age, code) => {
    expect(codeFor({ age }, 'age')).toBe(code)
  })

  it.each([
    [0.1, undefined], [4.5, undefined], [100, undefined], [0, 'too_small'], [-1, 'too_small'], [100.01, 'too_large'],
    [Number.NaN, 'not_a_number'], [Number.NEGATIVE_INFINITY, 'not_finite'], ['8', 'not_a_number'], [true, 'not_a_number'],
  ])('size %s cm -> %s', (sizeCm, code) => {
    expect(codeFor({ sizeCm }, 'sizeCm')).toBe(code)
  })

  it.each([
    ['site', 'abdomen', 'unknown_value'], ['histology', 'osteosarcoma', 'unknown_value'], ['depth', 'DEEP', 'unknown_value'],
    ['grade', 4, 'unknown_value'], ['grade', 2.5, 'not_whole_number'], ['grade', '2', 'unknown_value'],
    ['limb', 'left', 'unknown_value'], ['expectedMargin', 'R3', 'unknown_value'], ['performanceStatus', 5, 'unknown_value'],
    ['multifocal', 'yes', 'not_a_boolean'], ['recurrent', 1, 'not_a_boolean'],
  ])('%s = %s -> %s', (field, value, code) => {
    expect(codeFor({ [field]: value }, field)).toBe(code)
  })

  it('treats null and undefined optional fields as unknown and drops them', () => {
    expect(validate({ ...VALID, limb: null, multifocal: undefined })).toEqual({ ok: true, input: VALID })
  })

  it('ignores keys that are not PatientInput fields', () => {
    expect(validate({ ...VALID, name: 'x', __proto__: { age: 1 } })).toEqual({ ok: true, input: VALID })
  })

  it('reports every required field of a non-object', () => {
    for (const raw of [null, undefined, 42, 'age=60', [], [VALID]]) {
      expect(errorsOf(raw).map((e) => e.code)).toEqual(['required', 'required', 'required', 'required', 'required', 'required'])
    }
  })

  it('gives one error per field', () => {
    const errors = errorsOf({ age: -1.5, sizeCm: 'x' })
    const fields = errors.map((e) => e.field)
    expect(new Set(fields).size).toBe(fields.length)
  })

  it('survives an object whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'age', { enumerable: true, get: () => { throw new Error('boom') } })
    expect(validate(hostile).ok).toBe(false)
  })
})
