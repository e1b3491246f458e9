// Fuzz (issue 8): matchTrials() answers every accepted input, on any valid date, with one
// well-formed result per trial and never throws.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validate } from '@/model'
import { CRITERION_RESULTS, getTrial, MATCH_STATUSES, matchTrials, TRIAL_IDS, type TrialMatch } from '@/trials'
import { arbRawInput, FUZZ_TIMEOUT_MS, RUNS, verify } from './hostile'

const STATUSES: readonly string[] = MATCH_STATUSES
const RESULTS: readonly string[] = CRITERION_RESULTS

const matchProblems = (matches: TrialMatch[]): string[] => {
  const problems: string[] = []
  if (matches.map((m) => m.trialId).join() !== TRIAL_IDS.join()) problems.push(`trials ${matches.map((m) => m.trialId).join()}`)
  for (const match of matches) {
    if (!STATUSES.includes(match.status)) problems.push(`${match.trialId}: status ${match.status}`)
    const criteria = getTrial(match.trialId)?.criteria ?? []
    if (match.criteria.length !== criteria.length) problems.push(`${match.trialId}: ${match.criteria.length} criteria, trial has ${criteria.length}`)
    for (const c of match.criteria) if (!RESULTS.includes(c.result)) problems.push(`${match.trialId}/${c.id}: result ${c.result}`)
    // The status follows from the criteria unless the trial is closed.
    const results = match.criteria.map((c) => c.result)
    if (match.status === 'eligible' && results.some((r) => r !== 'met')) problems.push(`${match.trialId}: eligible with ${results.join()}`)
    if (match.status === 'not_eligible' && !results.includes('not_met')) problems.push(`${match.trialId}: not eligible with nothing not met`)
  }
  return problems
}

// Dates from before the first trial opened to long after the last one closes.
const arbToday = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true })

describe('matchTrials() fuzzed', () => {
  it(`answers every accepted one of ${RUNS} near-valid records on any date`, () => {
    let accepted = 0
    fc.assert(
      fc.property(arbRawInput, arbToday, (raw, today) => {
        const checked = validate(raw)
        if (!checked.ok) return
        accepted += 1
        verify(matchProblems(matchTrials(checked.input, today)))
      }),
      { numRuns: RUNS },
    )
    expect(accepted).toBeGreaterThan(RUNS / 5)
  }, FUZZ_TIMEOUT_MS)

  it('refuses an invalid date with a RangeError, as documented, rather than a wrong status', () => {
    expect(() => matchTrials({ site: 'extremity', age: 60, sizeCm: 8, depth: 'deep', histology: 'gist', grade: 2 }, new Date(Number.NaN))).toThrow(RangeError)
  })
})
