// The matcher around the criteria: recruitment windows on either side of each date, the registry
// status rule, the status precedence, and the helpers the trial panel renders from.

import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PatientInput } from '@/model/input'
import {
  TRIALS,
  TRIAL_IDS,
  criterionDetails,
  decisionBasis,
  getTrial,
  isTrialId,
  matchTrial,
  matchTrials,
  recruitmentState,
  summarizeMatch,
  type Trial,
  type TrialId,
} from '@/trials'
import { COMPILED, FULLY_KNOWN, TODAY, day, matchOf } from './support'

const input: PatientInput = {
  age: 60,
  sizeCm: 9,
  depth: 'deep',
  histology: 'undifferentiated_pleomorphic_sarcoma',
  grade: 3,
  site: 'extremity',
  ...FULLY_KNOWN,
}
const stateOn = (id: TrialId, date: Date) => recruitmentState(getTrial(id), date)

describe('recruitment window', () => {
  it.each([
    // VALUE-PERSARC is completed (results published 2025-09-29): the status closes it on every day.
    ['value_persarc', '2021-07-31', { open: false, reason: 'registry_status' }],
    ['value_persarc', '2021-08-01', { open: false, reason: 'registry_status' }],
    ['value_persarc', '2024-08-31', { open: false, reason: 'registry_status' }],
    ['value_persarc', '2024-09-01', { open: false, reason: 'registry_status' }],
    // SCOPES II recruits from 2025-12-11 through 2033-11-01 (study completion, both days inclusive).
    ['scopes2', '2025-12-10', { open: false, reason: 'before_start' }],
    ['scopes2', '2025-12-11', { open: true }],
    ['scopes2', '2026-12-07', { open: true }],
    ['scopes2', '2033-11-01', { open: true }],
    ['scopes2', '2033-11-02', { open: false, reason: 'after_end' }],
    ['strass2', '2020-10-05', { open: false, reason: 'before_start' }],
    ['strass2', '2020-10-06', { open: true }],
    ['strass2', '2027-04-21', { open: true }],
    ['strass2', '2027-04-22', { open: false, reason: 'after_end' }],
    ['prosarc2', '2026-01-25', { open: false, reason: 'before_start' }],
    ['prosarc2', '2026-01-26', { open: true }],
    ['prosarc2', '2040-01-01', { open: true }],
    ['natars', '2022-10-31', { open: false, reason: 'registry_status' }],
    ['natars', '2023-06-01', { open: false, reason: 'registry_status' }],
    ['natars', '2025-11-02', { open: false, reason: 'registry_status' }],
    ['scopes', '2021-06-25', { open: false, reason: 'registry_status' }],
    ['scopes', '2030-01-01', { open: false, reason: 'registry_status' }],
    ['sarcoma_registry_radboudumc', '1990-01-01', { open: true }],
    ['tnt_extremity', '2100-01-01', { open: true }],
    ['sbrt_extremity', '2000-01-01', { open: true }],
  ] as const)('%s on %s', (id, iso, expected) => {
    expect(stateOn(id, day(iso))).toEqual(expected)
  })

  it('counts the whole end day, to its last minute, and not one minute more', () => {
    expect(stateOn('strass2', day('2027-04-21', 23, 59)).open).toBe(true)
    expect(stateOn('strass2', day('2027-04-22', 0, 0)).open).toBe(false)
    expect(stateOn('strass2', day('2020-10-06', 0, 0)).open).toBe(true)
  })

  it('gives closed with the criteria still evaluated', () => {
    const match = matchOf(input, 'value_persarc', day('2024-09-01'))
    expect(match.status).toBe('closed')
    expect(match.criteria.find((c) => c.id === 'persarc_grade')?.result).toBe('met')
    expect(matchOf({ ...input, grade: 1 }, 'value_persarc', day('2024-09-01')).criteria.find((c) => c.id === 'persarc_grade')?.result).toBe('not_met')
  })

  it('gives closed even when a criterion is not met (closed wins)', () => {
    expect(matchOf({ ...input, site: 'trunk_wall' }, 'value_persarc', day('2023-01-01')).status).toBe('closed')
    expect(matchOf({ ...input, site: 'retroperitoneum' }, 'scopes2', day('2025-12-10')).status).toBe('closed')
    expect(matchOf({ ...input, site: 'retroperitoneum' }, 'scopes2', day('2033-11-02')).status).toBe('closed')
    expect(matchOf({ ...input, site: 'retroperitoneum' }, 'scopes2', day('2025-12-11')).status).toBe('not_eligible')
  })

  it('matches the README: closed on 2026-11-24 are VALUE-PERSARC, SCOPES and NATARS', () => {
    const closed = matchTrials(input, COMPILED).filter((m) => m.status === 'closed').map((m) => m.trialId)
    expect(closed).toEqual(['value_persarc', 'scopes', 'natars'])
    expect(matchTrials(input, TODAY).filter((m) => m.status === 'closed').map((m) => m.trialId)).toEqual(closed)
  })

  it('rejects an invalid date instead of guessing a window', () => {
    expect(() => matchTrials(input, new Date('not a date'))).toThrow(RangeError)
  })

  describe('default today', () => {
    afterEach(() => vi.useRealTimers())

    it('uses the clock when no date is given', () => {
      vi.useFakeTimers()
      vi.setSystemTime(day('2027-04-22'))
      expect(matchOf(input, 'strass2', new Date()).status).toBe('closed')
      expect(matchTrials(input).find((m) => m.trialId === 'strass2')?.status).toBe('closed')
    })
  })
})

describe('status', () => {
  const fake = (criteria: Trial['criteria'], status: Trial['recruitment']['status'] = 'recruiting'): Trial => ({
    ...getTrial('sarcoma_registry_radboudumc'),
    recruitment: { ...getTrial('sarcoma_registry_radboudumc').recruitment, status },
    criteria,
  })
  const criterion = (id: string, rule: Trial['criteria'][number]['rule']): Trial['criteria'][number] => ({
    id,
    kind: 'inclusion',
    category: 'patient',
    text: { en: id, nl: id },
    rule,
    source: 'test',
  })
  const adult = criterion('adult', { field: 'age', op: '>=', value: 18 })
  const young = criterion('young', { field: 'age', op: '<', value: 40 })
  const open = criterion('open', null)

  it('is eligible only when every criterion is met', () => {
    expect(matchTrial(fake([adult]), input, TODAY).status).toBe('eligible')
  })

  it('is to_confirm when nothing fails and something is open', () => {
    expect(matchTrial(fake([adult, open]), input, TODAY).status).toBe('to_confirm')
  })

  it('is not_eligible when one criterion fails, whatever is open', () => {
    expect(matchTrial(fake([adult, young, open]), input, TODAY).status).toBe('not_eligible')
  })

  it.each(['active_not_recruiting', 'completed', 'terminated', 'withdrawn', 'suspended', 'enrolling_by_invitation'] as const)(
    'is closed with registry status %s',
    (status) => {
      expect(matchTrial(fake([adult], status), input, TODAY).status).toBe('closed')
    },
  )

  it('treats registry status unknown as open', () => {
    expect(matchTrial(fake([adult], 'unknown'), input, TODAY).status).toBe('eligible')
  })

  it('never finds a real trial eligible: each has a clinician-only criterion', () => {
    expect(TRIALS.filter((t) => t.criteria.every((c) => c.rule !== null))).toEqual([])
  })
})

describe('the contract shape', () => {
  it('returns one match per trial, in display order, with each criterion once', () => {
    const matches = matchTrials(input, TODAY)
    expect(matches.map((m) => m.trialId)).toEqual([...TRIAL_IDS])
    for (const match of matches) {
      expect(Object.keys(match).sort()).toEqual(['criteria', 'status', 'trialId'])
      expect(match.criteria.map((c) => c.id)).toEqual(getTrial(match.trialId).criteria.map((c) => c.id))
      for (const c of match.criteria) expect(Object.keys(c).sort()).toEqual(['id', 'result'])
    }
  })
})

describe('panel helpers', () => {
  it('finds trials by id and refuses unknown ids', () => {
    expect(getTrial('strass2').acronym).toBe('STRASS-2')
    expect(getTrial('nope')).toBeUndefined()
    expect(isTrialId('scopes')).toBe(true)
    expect(isTrialId('toString')).toBe(false)
  })

  it('tells input-decided criteria from clinician-only ones', () => {
    const strass2 = getTrial('strass2')
    const basis = (id: string) => decisionBasis(strass2.criteria.find((c) => c.id === id)!)
    expect(basis('s2_site')).toBe('inputs')
    expect(basis('s2_high_risk')).toBe('inputs_and_clinician')
    expect(basis('s2_consent')).toBe('clinician')
  })

  it('counts results overall, per category group and per decision basis', () => {
    const summary = summarizeMatch(matchOf(input, 'tnt_extremity'))
    expect(summary.total).toEqual({ met: 9, not_met: 0, to_confirm: 8 })
    expect(summary.byGroup).toEqual({
      case: { met: 8, not_met: 0, to_confirm: 4 },
      fitness_consent: { met: 1, not_met: 0, to_confirm: 4 },
    })
    expect(summary.byBasis).toEqual({
      inputs: { met: 7, not_met: 0, to_confirm: 0 },
      inputs_and_clinician: { met: 2, not_met: 0, to_confirm: 0 },
      clinician: { met: 0, not_met: 0, to_confirm: 8 },
    })
  })

  it('joins each result with its criterion for rendering', () => {
    const details = criterionDetails(matchOf({ ...input, performanceStatus: 3 }, 'tnt_extremity'))
    const ecog = details.find((d) => d.id === 'tnt_ecog')
    expect(ecog).toMatchObject({ result: 'not_met', basis: 'inputs', group: 'fitness_consent', category: 'fitness', kind: 'inclusion' })
    expect(ecog?.text.nl).toBe('ECOG-performancestatus 0-2.')
  })
})

describe('what the inputs decide, per trial', () => {
  // Pinned so a data change that moves a criterion between the app and the clinician is seen.
  it.each([
    ['value_persarc', { inputs: 5, inputs_and_clinician: 1, clinician: 5 }],
    ['strass2', { inputs: 7, inputs_and_clinician: 4, clinician: 15 }],
    ['scopes', { inputs: 7, inputs_and_clinician: 2, clinician: 4 }],
    ['scopes2', { inputs: 4, inputs_and_clinician: 1, clinician: 1 }],
    ['sarcoma_registry_radboudumc', { inputs: 2, inputs_and_clinician: 0, clinician: 1 }],
    ['natars', { inputs: 7, inputs_and_clinician: 3, clinician: 11 }],
    ['tnt_extremity', { inputs: 7, inputs_and_clinician: 2, clinician: 8 }],
    ['sbrt_extremity', { inputs: 7, inputs_and_clinician: 1, clinician: 6 }],
    ['prosarc2', { inputs: 5, inputs_and_clinician: 2, clinician: 5 }],
  ] as const)('%s', (id, expected) => {
    const counts = { inputs: 0, inputs_and_clinician: 0, clinician: 0 }
    for (const criterion of getTrial(id).criteria) counts[decisionBasis(criterion)] += 1
    expect(counts).toEqual(expected)
  })
})
