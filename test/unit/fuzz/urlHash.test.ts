// Fuzz (issue 8): the URL-hash codec (src/state/urlHash.ts) reads any hash, however long or
// malformed, without throwing and always into a scenario the form can hold; every valid
// scenario survives encode -> decode unchanged.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMPTY_FIELDS, FIELD_IDS, type Fields } from '@/state/fields'
import { decodeHash, encodeHash, VALUE_IDS, type DecodedHash, type Scenario } from '@/state/urlHash'
import { arbText, FIELD_CHOICES, FUZZ_TIMEOUT_MS, RUNS, verify, type ChoiceField } from './hostile'

const STATUSES = ['empty', 'ok', 'partial', 'malformed']
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/
const CHOICES: Record<ChoiceField, readonly (string | number)[]> = FIELD_CHOICES
const VALUES: readonly string[] = VALUE_IDS

/** What is wrong with a decoded hash: anything the form, the horizon switch or values could not hold. */
const decodedProblems = ({ status, scenario }: DecodedHash): string[] => {
  const problems: string[] = []
  if (!STATUSES.includes(status)) problems.push(`status ${status}`)
  if (Object.keys(scenario.fields).join() !== FIELD_IDS.join()) problems.push(`fields ${Object.keys(scenario.fields).join()}`)
  for (const field of FIELD_IDS) {
    const text = scenario.fields[field]
    if (typeof text !== 'string') problems.push(`${field} is ${typeof text}`)
    else if (text === '') continue
    else if (field === 'age' || field === 'sizeCm') {
      if (!DECIMAL.test(text) || text.length > 12) problems.push(`${field} = ${JSON.stringify(text)}`)
    } else if (!CHOICES[field].map(String).includes(text)) problems.push(`${field} = ${JSON.stringify(text)}`)
  }
  const h = scenario.horizonYears
  if (h !== null && !(Number.isInteger(h) && h >= 1 && h <= 30)) problems.push(`horizon ${h}`)
  if (!scenario.values.every((v) => VALUES.includes(v)) || new Set(scenario.values).size !== scenario.values.length) problems.push(`values ${scenario.values.join()}`)
  if ((status === 'empty' || status === 'malformed') && (Object.values(scenario.fields).some((v) => v !== '') || h !== null || scenario.values.length)) problems.push(`${status} but not empty`)
  return problems
}

// Hashes built from the codec's own words, so that many get past the version check and each
// field's reader is reached with good and bad values alike.
const KEYS = ['v', 'h', 'values', ...FIELD_IDS, 'x', '', '__proto__', 'constructor']
const arbPiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...KEYS).chain((key) =>
    fc
      .oneof(
        fc.constantFrom('1', '2', '', '0', '30', '31', '1.5', '-1', '1e1', ' 5', '5 ', ...FIELD_CHOICES.site, ...FIELD_CHOICES.histology, ...VALUE_IDS, 'live_longest.live_longest', 'yes', 'no', 'R0', '%', '%%', '%zz', '%E0%A4%A', '%00', '+', '&', '=', '#'),
        arbText,
      )
      .map((value) => `${key}=${value}`),
  ),
  arbText,
)
const arbHash: fc.Arbitrary<string> = fc.oneof(
  fc.array(arbPiece, { maxLength: 20 }).map((pieces) => `#v=1&${pieces.join('&')}`),
  fc.array(arbPiece, { maxLength: 20 }).map((pieces) => `#v=2&${pieces.join('&')}`),
  fc.array(arbPiece, { maxLength: 20 }).map((pieces) => `#${pieces.join('&')}`),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.webFragments().map((f) => `#${f}`),
  // Very long: at, just past and far past the codec's 2,000-character limit.
  fc.constantFrom(1990, 1999, 2000, 2001, 5000, 200_000).chain((length) =>
    fc.constantFrom('a', '%', '9', '&age=60').map((unit) => `#v=1&site=extremity&age=${unit.repeat(Math.ceil(length / unit.length))}`.slice(0, length)),
  ),
)

const text = (field: keyof Fields): fc.Arbitrary<string> => {
  if (field === 'age' || field === 'sizeCm') return fc.oneof(fc.constant(''), fc.stringMatching(/^[+-]?(\d{1,6}([.,]\d{0,3})?|[.,]\d{1,5})$/))
  return fc.constantFrom('', ...CHOICES[field].map(String))
}
const arbScenario: fc.Arbitrary<Scenario> = fc.record({
  fields: fc.record(Object.fromEntries(FIELD_IDS.map((field) => [field, text(field)])) as Record<keyof Fields, fc.Arbitrary<string>>),
  horizonYears: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  values: fc.uniqueArray(fc.constantFrom(...VALUE_IDS)),
})

describe('the URL-hash codec fuzzed', () => {
  it(`decodes ${RUNS} long and malformed hashes without throwing, into a scenario the form can hold`, () => {
    fc.assert(fc.property(arbHash, (hash) => verify(decodedProblems(decodeHash(hash)))), { numRuns: RUNS })
  }, FUZZ_TIMEOUT_MS)

  it(`gives back each of ${RUNS} valid scenarios unchanged after encode and decode`, () => {
    fc.assert(
      fc.property(arbScenario, (scenario) => {
        const hash = encodeHash(scenario)
        expect(hash.length).toBeLessThanOrEqual(2000)
        expect(decodeHash(hash)).toEqual({ status: 'ok', scenario })
      }),
      { numRuns: RUNS },
    )
  }, FUZZ_TIMEOUT_MS)

  it(`is stable on ${RUNS} arbitrary hashes: what one decode keeps, the next encode and decode keep`, () => {
    fc.assert(
      fc.property(arbHash, (hash) => {
        const { scenario } = decodeHash(hash)
        expect(decodeHash(encodeHash(scenario)).scenario).toEqual(scenario)
      }),
      { numRuns: RUNS },
    )
  }, FUZZ_TIMEOUT_MS)

  it('reads a version-1 link as before (sex and life table unknown) and writes version 2', () => {
    const v1 = decodeHash('#v=1&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&sex=male')
    expect(v1.status).toBe('ok')
    expect(v1.scenario.fields).toMatchObject({ site: 'extremity', age: '67', grade: '3', sex: '', population: '' })
    const v2 = decodeHash('#v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=other&grade=3&sex=female&population=GBR')
    expect(v2).toMatchObject({ status: 'ok', scenario: { fields: { sex: 'female', population: 'GBR' } } })
    expect(encodeHash(v2.scenario)).toMatch(/^#v=2&/)
    expect(decodeHash('#v=2&site=extremity&sex=x&population=FRA')).toMatchObject({ status: 'partial', scenario: { fields: { site: 'extremity', sex: '', population: '' } } })
    expect(decodeHash('#v=3&site=extremity').status).toBe('malformed')
  })

  it('never throws on values that are not strings at all', () => {
    for (const hostile of [undefined, null, 42, {}, [], Symbol('x')]) expect(decodeHash(hostile as unknown as string).status).toBe('empty')
    expect(decodeHash('#' + EMPTY_FIELDS.site).status).toBe('empty')
  })
})
