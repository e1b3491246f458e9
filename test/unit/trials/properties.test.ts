// Properties over any valid PatientInput, built from the vocabularies of src/model/input.ts:
// one result per trial, no throw, and the three-valued logic is monotone, so filling in a field
// that was unknown never rescues a patient the matcher already ruled out.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PatientInput } from '@/model/vocabulary'
import { OPTIONAL_FIELDS, patientArbitrary } from '../../support/arbitraries'
import { TRIAL_IDS, getTrial, matchTrials } from '@/trials'
import { day } from './support'

// Limits and trial thresholds are mixed in so boundaries are drawn often, not by luck.
const age = fc.oneof(fc.constantFrom(18, 75, 76, 80, 81, 100), fc.integer({ min: 18, max: 100 }), fc.double({ min: 18, max: 100, noNaN: true }))
const sizeCm = fc.oneof(fc.constantFrom(4.9, 5, 5.1, 9.9, 10), fc.double({ min: 0.1, max: 100, noNaN: true }))

const arbInput = patientArbitrary(age, sizeCm)
/** Every optional field known: merged over an input, it fills in what was unknown. */
const arbFilled = fc.record(OPTIONAL_FIELDS)
const arbDay = fc.date({ min: day('2015-01-01'), max: day('2040-12-31'), noInvalidDate: true })

/** The input with its unknown fields filled in from `fill`, its known ones untouched. */
const fillIn = (input: PatientInput, fill: Partial<PatientInput>): PatientInput => ({ ...fill, ...input })

describe('matchTrials over any valid input', () => {
  it('returns one result per trial, in order, with every criterion, and never throws', () => {
    fc.assert(
      fc.property(arbInput, arbDay, (input, today) => {
        const matches = matchTrials(input, today)
        expect(matches.map((m) => m.trialId)).toEqual([...TRIAL_IDS])
        for (const m of matches) expect(m.criteria).toHaveLength(getTrial(m.trialId).criteria.length)
      }),
    )
  })

  it('derives each status from the criteria unless the trial is closed', () => {
    fc.assert(
      fc.property(arbInput, arbDay, (input, today) => {
        for (const m of matchTrials(input, today)) {
          if (m.status === 'closed') continue
          const results = m.criteria.map((c) => c.result)
          const expected = results.includes('not_met') ? 'not_eligible' : results.includes('to_confirm') ? 'to_confirm' : 'eligible'
          expect(m.status).toBe(expected)
        }
      }),
    )
  })

  it('never turns not_eligible into anything else when an unknown field is filled in', () => {
    fc.assert(
      fc.property(arbInput, arbFilled, arbDay, (input, fill, today) => {
        const before = matchTrials(input, today)
        const after = matchTrials(fillIn(input, fill), today)
        before.forEach((m, i) => {
          if (m.status === 'not_eligible') expect(after[i]?.status).toBe('not_eligible')
        })
      }),
      { numRuns: 500 },
    )
  })

  it('never changes a decided criterion when an unknown field is filled in', () => {
    fc.assert(
      fc.property(arbInput, arbFilled, (input, fill) => {
        const today = day('2026-11-25')
        const after = matchTrials(fillIn(input, fill), today)
        matchTrials(input, today).forEach((m, i) =>
          m.criteria.forEach((c, j) => {
            if (c.result !== 'to_confirm') expect(after[i]?.criteria[j]?.result).toBe(c.result)
          }),
        )
      }),
      { numRuns: 500 },
    )
  })
})
