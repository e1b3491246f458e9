// Fuzz (issue 23): the agenda link codec reads any hash without throwing, into at most 30 cases
// the form can hold, each label short, visible text only and never a date or a record number;
// every valid agenda survives encode -> decode unchanged.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkLabel, decodeAgenda, encodeAgenda, MAX_CASES, MAX_LABEL_LENGTH, type AgendaCase, type DecodedAgenda } from '@/state/agendaCodec'
import { FIELD_IDS, type Fields } from '@/state/fields'
import { decodeHash, encodeHash, VALUE_IDS } from '@/state/urlHash'
import { arbText, FIELD_CHOICES, FUZZ_TIMEOUT_MS, RUNS, verify, type ChoiceField } from './hostile'

const CHOICES: Record<ChoiceField, readonly (string | number)[]> = FIELD_CHOICES
const UPS = 'v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower'

const agendaProblems = (decoded: DecodedAgenda, given: number): string[] => {
  const problems: string[] = []
  if (decoded.cases.length > MAX_CASES) problems.push(`${decoded.cases.length} cases`)
  if (decoded.cases.length + decoded.unreadable.length > Math.min(given, MAX_CASES)) problems.push('more cases than given')
  for (const item of decoded.cases) {
    if ([...item.label].length > MAX_LABEL_LENGTH) problems.push(`label ${JSON.stringify(item.label)} too long`)
    if (/[\p{Cc}\p{Cf}]/u.test(item.label)) problems.push(`label ${JSON.stringify(item.label)} has control characters`)
    if (!checkLabel(item.label).ok) problems.push(`label ${JSON.stringify(item.label)} refused by the rule`)
    // Each case is a scenario the share link reads back whole.
    const again = decodeHash(encodeHash(item.scenario))
    if (again.status === 'malformed' || JSON.stringify(again.scenario) !== JSON.stringify(item.scenario)) problems.push(`case ${encodeHash(item.scenario)} not a scenario`)
  }
  if (decoded.unreadable.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_CASES)) problems.push(`unreadable ${decoded.unreadable.join()}`)
  return problems
}

// Case values built from the scenario codec's own words, so that many pass and each check is reached.
const arbCaseText: fc.Arbitrary<string> = fc.oneof(
  fc.constant(UPS),
  fc.tuple(fc.constantFrom(UPS, 'v=1&site=retroperitoneum', 'v=2', 'v=3&site=extremity'), fc.constantFrom(...FIELD_IDS, 'label', 'h', 'values', 'm', 'x', '__proto__'), fc.oneof(arbText, fc.constantFrom('0', '67', '250', '-1', '1e3', '%E0%A4%A', '<script>alert(1)</script>', '\u202E\u0000', '12-03-1960', '1234567', 'x'.repeat(500)))).map(
    ([base, key, value]) => `${base}&${key}=${encodeURIComponent(value)}`,
  ),
  arbText,
)
const arbLink = fc.oneof(
  fc.array(arbCaseText, { maxLength: 40 }).map((cases) => ({ hash: `#agenda=1${cases.map((c) => `&case=${encodeURIComponent(c)}`).join('')}`, given: cases.length })),
  fc.array(arbCaseText, { maxLength: 5 }).map((cases) => ({ hash: `#agenda=1${cases.map((c) => `&case=${c}`).join('')}`, given: cases.length * 20 })),
  fc.string({ unit: 'binary', maxLength: 400 }).map((hash) => ({ hash, given: 400 })),
  fc.webFragments().map((f) => ({ hash: `#agenda=1&${f}`, given: 400 })),
)

const text = (field: keyof Fields): fc.Arbitrary<string> => {
  if (field === 'age') return fc.oneof(fc.constant(''), fc.integer({ min: 18, max: 100 }).map(String))
  if (field === 'sizeCm') return fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 100 }).map(String), fc.constantFrom('4.5', '0,5'))
  return fc.constantFrom('', ...CHOICES[field].map(String))
}
const arbCase: fc.Arbitrary<AgendaCase> = fc.record({
  scenario: fc.record({
    fields: fc.record(Object.fromEntries(FIELD_IDS.map((field) => [field, text(field)])) as Record<keyof Fields, fc.Arbitrary<string>>),
    horizonYears: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    values: fc.uniqueArray(fc.constantFrom(...VALUE_IDS)),
  }),
  label: fc.oneof(fc.constant(''), fc.constantFrom('LMS thigh', 'Case 3', 'UPS <b>9</b> cm', 'Casus 12 & 13', '100% = ok?'), fc.string({ maxLength: 24 }).map((s) => s.trim())),
})

describe('the agenda link codec fuzzed', () => {
  it(`reads ${RUNS} hostile agenda links without throwing, into at most 30 cases the form can hold`, () => {
    fc.assert(fc.property(arbLink, ({ hash, given }) => verify(agendaProblems(decodeAgenda(hash), given))), { numRuns: RUNS })
  }, FUZZ_TIMEOUT_MS)

  it(`gives back each of ${RUNS} valid agendas unchanged after encode and decode`, () => {
    fc.assert(
      fc.property(fc.array(arbCase, { maxLength: MAX_CASES }), (cases) => {
        const kept = cases.map((c) => ({ ...c, label: checkLabel(c.label).ok && c.label === c.label.replace(/\s+/g, ' ').trim() && !/[\p{Cc}\p{Cf}]/u.test(c.label) ? c.label : '' }))
        const decoded = decodeAgenda(encodeAgenda(kept))
        expect(decoded.unreadable).toEqual([])
        expect(decoded.cases).toEqual(kept)
      }),
      { numRuns: RUNS },
    )
  }, FUZZ_TIMEOUT_MS)
})
