// Fuzz (issue 8): the form's own path, text as typed -> parse -> validate -> predict -> match
// (src/state/derive.ts), never throws; a ready screen has finite probabilities and trials, an
// invalid one field errors the UI can translate in both languages.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveFromFields } from '@/state/derive'
import { FIELD_IDS, REQUIRED_FIELDS, type Fields } from '@/state/fields'
import { TRIAL_IDS } from '@/trials'
import { fieldErrorProblems, predictionProblems } from './checks'
import { arbText, CHOICE_FIELDS, FIELD_CHOICES, FUZZ_TIMEOUT_MS, RUNS, verify, type ChoiceField } from './hostile'

const TODAY = new Date('2026-06-01T12:00:00Z')
const choice = (values: readonly (string | number)[]) => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values.map(String)) }, { weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: arbText })
const number = (valid: fc.Arbitrary<number>) =>
  fc.oneof(
    { weight: 10, arbitrary: valid.map(String) },
    { weight: 2, arbitrary: valid.map((n) => String(n).replace('.', ',')) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: arbText },
  )
const arbFields: fc.Arbitrary<Fields> = fc.record({
  ...(Object.fromEntries(CHOICE_FIELDS.map((field) => [field, choice(FIELD_CHOICES[field])])) as Record<ChoiceField, fc.Arbitrary<string>>),
  age: number(fc.integer({ min: 18, max: 100 })),
  sizeCm: number(fc.double({ min: 0.1, max: 100, noNaN: true })),
})

describe('the form path fuzzed', () => {
  it(`turns ${RUNS} arbitrary forms into estimates, a list of what is missing, or translatable field errors`, () => {
    const kinds = { ready: 0, incomplete: 0, invalid: 0 }
    fc.assert(
      fc.property(arbFields, (fields) => {
        const derived = deriveFromFields(fields, TODAY)
        kinds[derived.kind] += 1
        if (derived.kind === 'ready') {
          verify(predictionProblems(derived.prediction))
          verify(derived.trials.map((t) => t.trialId).join() === TRIAL_IDS.join() ? [] : ['a trial is missing'])
          return
        }
        verify(fieldErrorProblems(derived.errors, FIELD_IDS))
        verify(derived.missing.every((f) => (REQUIRED_FIELDS as readonly string[]).includes(f) && fields[f].trim() === '') ? [] : [`missing ${derived.missing.join()}`])
        if (derived.kind === 'invalid') verify(derived.errors.length ? [] : ['invalid without an error'])
      }),
      { numRuns: RUNS },
    )
    // Each outcome is reached often, or the property proves little.
    expect(Math.min(kinds.ready, kinds.incomplete, kinds.invalid), JSON.stringify(kinds)).toBeGreaterThan(RUNS / 20)
  }, FUZZ_TIMEOUT_MS)
})
