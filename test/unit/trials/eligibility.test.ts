// Per trial: a patient who passes every criterion the inputs decide, one change at a time that
// fails each hard criterion, boundary values, unknown fields, GIST, metastatic and recurrent
// disease. Each case names the criteria it expects with their result; the test also checks that
// no other criterion is `not_met`, so a case proves exactly what failed and nothing more.

import { describe, expect, it } from 'vitest'
import type { PatientInput } from '@/model/input'
import {
  decisionBasis,
  getTrial,
  isDecidableFromInputs,
  type CriterionResult,
  type TrialId,
} from '@/trials'
import { FULLY_KNOWN, TODAY, day, idsWith, resultsOf, statusOf, without } from './support'

type Change = Partial<PatientInput> & { unset?: (keyof PatientInput)[] }
type Case = readonly [name: string, change: Change, expected: Record<string, CriterionResult>]

type TrialCases = {
  /** A day the trial recruits on, or null when its registry status closes it on every day. */
  openOn: Date | null
  passing: PatientInput
  cases: readonly Case[]
  /** Criteria reading inputs whose rule can never be false (an `any` with a confirm part). */
  neverNotMet: readonly string[]
}

const EXTREMITY_UPS: PatientInput = {
  age: 50,
  sizeCm: 8,
  depth: 'deep',
  histology: 'undifferentiated_pleomorphic_sarcoma',
  grade: 3,
  site: 'extremity',
  limb: 'lower',
  ...FULLY_KNOWN,
}
const RETROPERITONEAL_LMS: PatientInput = {
  ...without(EXTREMITY_UPS, 'limb'),
  site: 'retroperitoneum',
  histology: 'leiomyosarcoma',
  sizeCm: 10,
}

const CASES: Record<TrialId, TrialCases> = {
  value_persarc: {
    // Completed (results published 2025-09-29): closed on every day, criteria still evaluated.
    openOn: null,
    passing: EXTREMITY_UPS,
    neverNotMet: [],
    cases: [
      ['age 17', { age: 17 }, { persarc_age: 'not_met' }],
      ['age exactly 18', { age: 18 }, { persarc_age: 'met' }],
      ['recurrent tumour', { recurrent: true }, { persarc_primary: 'not_met' }],
      ['recurrence unknown', { unset: ['recurrent'] }, { persarc_primary: 'to_confirm' }],
      ['grade 1', { grade: 1 }, { persarc_grade: 'not_met' }],
      ['grade 2', { grade: 2 }, { persarc_grade: 'met' }],
      ['trunk wall', { site: 'trunk_wall', unset: ['limb'] }, { persarc_site: 'not_met' }],
      ['GIST', { histology: 'gist' }, { persarc_subtype: 'not_met' }],
      ['other subtypes to confirm', { histology: 'synovial_sarcoma' }, { persarc_subtype: 'to_confirm' }],
      ['not resectable', { resectable: false }, { persarc_ex_no_surgery: 'not_met' }],
      ['resectability unknown', { unset: ['resectable'] }, { persarc_ex_no_surgery: 'to_confirm' }],
    ],
  },
  strass2: {
    openOn: TODAY,
    passing: RETROPERITONEAL_LMS,
    neverNotMet: ['s2_mdm2', 's2_ex_anthracycline_max'],
    cases: [
      ['extremity', { site: 'extremity' }, { s2_site: 'not_met' }],
      ['UPS', { histology: 'undifferentiated_pleomorphic_sarcoma' }, { s2_histology: 'not_met', s2_high_risk: 'not_met' }],
      ['GIST', { histology: 'gist' }, { s2_histology: 'not_met', s2_high_risk: 'not_met' }],
      ['LMS 4.9 cm', { sizeCm: 4.9 }, { s2_high_risk: 'not_met' }],
      ['LMS exactly 5 cm', { sizeCm: 5 }, { s2_high_risk: 'met' }],
      ['LMS grade 2', { grade: 2 }, { s2_high_risk: 'met', s2_mdm2: 'met' }],
      ['LMS grade 1 (current registry text)', { grade: 1 }, { s2_high_risk: 'to_confirm' }],
      ['LMS grade 1, 4 cm', { grade: 1, sizeCm: 4 }, { s2_high_risk: 'not_met' }],
      ['DDLPS grade 3, any size', { histology: 'dedifferentiated_liposarcoma', sizeCm: 3 }, { s2_high_risk: 'met', s2_mdm2: 'to_confirm' }],
      ['DDLPS grade 2', { histology: 'dedifferentiated_liposarcoma', grade: 2 }, { s2_high_risk: 'to_confirm' }],
      ['DDLPS grade 1', { histology: 'dedifferentiated_liposarcoma', grade: 1 }, { s2_high_risk: 'not_met' }],
      ['multifocal', { multifocal: true }, { s2_unifocal: 'not_met' }],
      ['focality unknown', { unset: ['multifocal'] }, { s2_unifocal: 'to_confirm' }],
      ['not resectable', { resectable: false }, { s2_resectable: 'not_met' }],
      ['recurrent', { recurrent: true }, { s2_untreated: 'not_met' }],
      ['earlier radiotherapy', { priorRadiotherapy: true }, { s2_untreated: 'not_met' }],
      ['earlier chemotherapy', { priorChemotherapy: true }, { s2_untreated: 'to_confirm', s2_ex_anthracycline_max: 'to_confirm' }],
      ['age 17', { age: 17 }, { s2_age: 'not_met' }],
      ['age exactly 18', { age: 18 }, { s2_age: 'met' }],
      ['age 100 (no upper limit)', { age: 100 }, { s2_age: 'met' }],
      ['WHO PS 3', { performanceStatus: 3 }, { s2_who_ps: 'not_met' }],
      ['WHO PS exactly 2', { performanceStatus: 2 }, { s2_who_ps: 'met' }],
      ['PS unknown', { unset: ['performanceStatus'] }, { s2_who_ps: 'to_confirm' }],
      ['metastatic', { metastatic: true }, { s2_ex_metastatic: 'not_met' }],
      ['metastases unknown', { unset: ['metastatic'] }, { s2_ex_metastatic: 'to_confirm' }],
    ],
  },
  scopes: {
    openOn: null,
    passing: EXTREMITY_UPS,
    neverNotMet: ['sc_no_metastases'],
    cases: [
      ['retroperitoneum', { site: 'retroperitoneum', unset: ['limb'] }, { sc_site: 'not_met' }],
      ['head and neck', { site: 'head_neck', unset: ['limb'] }, { sc_site: 'met' }],
      ['grade 1, deep', { grade: 1 }, { sc_grade: 'not_met', sc_rt_indication: 'met' }],
      ['grade 1, superficial, exactly 5 cm', { grade: 1, depth: 'superficial', sizeCm: 5 }, { sc_grade: 'not_met', sc_rt_indication: 'not_met' }],
      ['grade 1, superficial, 5.1 cm', { grade: 1, depth: 'superficial', sizeCm: 5.1 }, { sc_grade: 'not_met', sc_rt_indication: 'met' }],
      ['grade 2, superficial, small', { grade: 2, depth: 'superficial', sizeCm: 2 }, { sc_grade: 'met', sc_rt_indication: 'met' }],
      ['recurrent after radiotherapy', { recurrent: true, priorRadiotherapy: true }, { sc_newly_diagnosed: 'not_met', sc_ex_recurrent_prior_rt: 'not_met' }],
      ['recurrent, never irradiated', { recurrent: true }, { sc_newly_diagnosed: 'to_confirm', sc_ex_recurrent_prior_rt: 'met' }],
      ['metastatic (low burden allowed)', { metastatic: true }, { sc_no_metastases: 'to_confirm' }],
      ['WHO PS 3', { performanceStatus: 3 }, { sc_who_ps: 'not_met' }],
      ['not resectable', { resectable: false }, { sc_surgery: 'not_met' }],
      ['age 17', { age: 17 }, { sc_age: 'not_met' }],
    ],
  },
  scopes2: {
    openOn: TODAY,
    passing: EXTREMITY_UPS,
    // Only part of the criteria could be read; sc2_unretrieved (rule null) holds the rest.
    neverNotMet: [],
    cases: [
      ['retroperitoneum', { site: 'retroperitoneum', unset: ['limb'] }, { sc2_site: 'not_met' }],
      ['head and neck', { site: 'head_neck', unset: ['limb'] }, { sc2_site: 'met' }],
      ['trunk wall', { site: 'trunk_wall', unset: ['limb'] }, { sc2_site: 'met' }],
      ['grade 1, deep', { grade: 1 }, { sc2_grade: 'not_met', sc2_rt_indication: 'met' }],
      ['grade 1, superficial, 4.9 cm, R0', { grade: 1, depth: 'superficial', sizeCm: 4.9 }, { sc2_grade: 'not_met', sc2_rt_indication: 'not_met' }],
      ['grade 1, superficial, exactly 5 cm', { grade: 1, depth: 'superficial', sizeCm: 5 }, { sc2_grade: 'not_met', sc2_rt_indication: 'met' }],
      ['grade 1, superficial, small, close margin (R1) expected', { grade: 1, depth: 'superficial', sizeCm: 3, expectedMargin: 'R1' }, { sc2_grade: 'not_met', sc2_rt_indication: 'met' }],
      ['grade 1, superficial, small, margin unknown', { grade: 1, depth: 'superficial', sizeCm: 3, unset: ['expectedMargin'] }, { sc2_grade: 'not_met', sc2_rt_indication: 'to_confirm' }],
      ['grade 2, superficial, small', { grade: 2, depth: 'superficial', sizeCm: 2 }, { sc2_grade: 'met', sc2_rt_indication: 'met' }],
      ['age 17', { age: 17 }, { sc2_age: 'not_met' }],
      ['age exactly 18', { age: 18 }, { sc2_age: 'met' }],
      ['age 100 (no upper limit read)', { age: 100 }, { sc2_age: 'met' }],
      ['not resectable', { resectable: false }, { sc2_rt_and_surgery: 'not_met' }],
      ['operability unknown', { unset: ['resectable'] }, { sc2_rt_and_surgery: 'to_confirm' }],
      // The criteria that could not be read may exclude these; the app cannot say, so nothing fails.
      ['recurrent (not known whether allowed)', { recurrent: true }, { sc2_unretrieved: 'to_confirm' }],
      ['metastatic (not among the criteria read)', { metastatic: true }, { sc2_unretrieved: 'to_confirm' }],
      ['GIST (certain sarcoma types are excluded: to confirm)', { histology: 'gist' }, { sc2_unretrieved: 'to_confirm' }],
    ],
  },
  sarcoma_registry_radboudumc: {
    openOn: TODAY,
    passing: EXTREMITY_UPS,
    neverNotMet: [],
    cases: [
      ['age 17', { age: 17 }, { reg_age: 'not_met' }],
      ['age exactly 18', { age: 18 }, { reg_age: 'met' }],
      ['GIST', { histology: 'gist' }, { reg_histology: 'not_met' }],
      ['anything else, even metastatic and recurrent', { site: 'retroperitoneum', grade: 1, metastatic: true, recurrent: true, unset: ['limb'] }, { reg_histology: 'met' }],
    ],
  },
  natars: {
    openOn: null,
    passing: { ...RETROPERITONEAL_LMS, histology: 'undifferentiated_pleomorphic_sarcoma' },
    neverNotMet: ['na_ddlps_mdm2', 'na_ex_prior_drugs'],
    cases: [
      ['extremity', { site: 'extremity' }, { na_site: 'not_met' }],
      ['myxofibrosarcoma', { histology: 'myxofibrosarcoma' }, { na_histology: 'not_met', na_high_risk: 'not_met' }],
      ['GIST', { histology: 'gist' }, { na_histology: 'not_met', na_high_risk: 'not_met' }],
      ['WDLPS', { histology: 'well_differentiated_liposarcoma', grade: 1 }, { na_histology: 'not_met', na_high_risk: 'not_met', na_ex_final_pathology: 'not_met' }],
      ['UPS grade 1 (any grade)', { grade: 1 }, { na_high_risk: 'met' }],
      ['LMS 9.9 cm', { histology: 'leiomyosarcoma', sizeCm: 9.9 }, { na_high_risk: 'not_met' }],
      ['LMS exactly 10 cm, grade 1', { histology: 'leiomyosarcoma', sizeCm: 10, grade: 1 }, { na_high_risk: 'met' }],
      ['DDLPS grade 1', { histology: 'dedifferentiated_liposarcoma', grade: 1 }, { na_high_risk: 'not_met', na_ex_final_pathology: 'not_met' }],
      ['DDLPS grade 2', { histology: 'dedifferentiated_liposarcoma', grade: 2 }, { na_high_risk: 'met', na_ddlps_mdm2: 'to_confirm' }],
      ['SFT (risk score to confirm)', { histology: 'solitary_fibrous_tumour' }, { na_high_risk: 'to_confirm' }],
      ['recurrent', { recurrent: true }, { na_primary_untreated: 'not_met' }],
      ['earlier radiotherapy', { priorRadiotherapy: true }, { na_primary_untreated: 'not_met' }],
      ['earlier chemotherapy', { priorChemotherapy: true }, { na_primary_untreated: 'not_met', na_ex_prior_drugs: 'to_confirm' }],
      ['not resectable', { resectable: false }, { na_r0_r1: 'not_met' }],
      ['R2 expected', { expectedMargin: 'R2' }, { na_r0_r1: 'not_met' }],
      ['R1 expected', { expectedMargin: 'R1' }, { na_r0_r1: 'met' }],
      ['margin unknown', { unset: ['expectedMargin'] }, { na_r0_r1: 'to_confirm' }],
      ['age 17', { age: 17 }, { na_age: 'not_met' }],
      ['age exactly 18', { age: 18 }, { na_age: 'met' }],
      ['age exactly 75', { age: 75 }, { na_age: 'met' }],
      ['age 76', { age: 76 }, { na_age: 'not_met' }],
      ['metastatic', { metastatic: true }, { na_ex_metastatic: 'not_met' }],
    ],
  },
  tnt_extremity: {
    openOn: TODAY,
    passing: EXTREMITY_UPS,
    neverNotMet: ['tnt_ex_histotype'],
    cases: [
      ['trunk wall', { site: 'trunk_wall', unset: ['limb'] }, { tnt_site_primary: 'not_met' }],
      ['recurrent', { recurrent: true }, { tnt_site_primary: 'not_met' }],
      ['grade 1, superficial, 4.9 cm', { grade: 1, depth: 'superficial', sizeCm: 4.9 }, { tnt_risk_feature: 'not_met' }],
      ['grade 1, superficial, exactly 5 cm', { grade: 1, depth: 'superficial', sizeCm: 5 }, { tnt_risk_feature: 'met' }],
      ['grade 1, deep, 3 cm', { grade: 1, sizeCm: 3 }, { tnt_risk_feature: 'met' }],
      ['grade 2, superficial, 3 cm', { grade: 2, depth: 'superficial', sizeCm: 3 }, { tnt_risk_feature: 'to_confirm' }],
      ['grade 3, superficial, 3 cm', { depth: 'superficial', sizeCm: 3 }, { tnt_risk_feature: 'met' }],
      ['ECOG 3', { performanceStatus: 3 }, { tnt_ecog: 'not_met' }],
      ['ECOG exactly 2', { performanceStatus: 2 }, { tnt_ecog: 'met' }],
      ['age 17', { age: 17 }, { tnt_age: 'not_met' }],
      ['age exactly 75', { age: 75 }, { tnt_age: 'met' }],
      ['age 76', { age: 76 }, { tnt_age: 'not_met' }],
      ['GIST', { histology: 'gist' }, { tnt_histology: 'not_met' }],
      ['other histology (RMS or Ewing?)', { histology: 'other' }, { tnt_ex_histotype: 'to_confirm' }],
      ['pleomorphic RMS', { histology: 'pleomorphic_rhabdomyosarcoma' }, { tnt_ex_histotype: 'met' }],
      ['earlier radiotherapy', { priorRadiotherapy: true }, { tnt_ex_prior_rt: 'not_met' }],
      ['metastatic', { metastatic: true }, { tnt_ex_metastatic: 'not_met' }],
      ['earlier chemotherapy', { priorChemotherapy: true }, { tnt_ex_prior_chemo: 'not_met' }],
    ],
  },
  sbrt_extremity: {
    openOn: TODAY,
    passing: EXTREMITY_UPS,
    neverNotMet: [],
    cases: [
      ['age 17', { age: 17 }, { sb_age: 'not_met' }],
      ['age exactly 80', { age: 80 }, { sb_age: 'met' }],
      ['age 81', { age: 81 }, { sb_age: 'not_met' }],
      ['head and neck', { site: 'head_neck', unset: ['limb'] }, { sb_site: 'not_met' }],
      ['GIST', { histology: 'gist' }, { sb_sts: 'not_met' }],
      ['grade 1, deep', { grade: 1 }, { sb_high_grade: 'not_met', sb_ex_low_risk: 'met' }],
      ['grade 2', { grade: 2 }, { sb_high_grade: 'to_confirm' }],
      ['recurrent', { recurrent: true }, { sb_untreated: 'not_met' }],
      ['earlier radiotherapy', { priorRadiotherapy: true }, { sb_untreated: 'not_met' }],
      ['earlier chemotherapy', { priorChemotherapy: true }, { sb_untreated: 'not_met' }],
      ['ECOG 2', { performanceStatus: 2 }, { sb_ecog: 'not_met' }],
      ['ECOG exactly 1', { performanceStatus: 1 }, { sb_ecog: 'met' }],
      ['superficial, exactly 5 cm, grade 1, operable', { depth: 'superficial', sizeCm: 5, grade: 1 }, { sb_high_grade: 'not_met', sb_ex_low_risk: 'not_met' }],
      ['superficial, 5.1 cm, grade 1, operable', { depth: 'superficial', sizeCm: 5.1, grade: 1 }, { sb_high_grade: 'not_met', sb_ex_low_risk: 'met' }],
      ['superficial, small, grade 1, operability unknown', { depth: 'superficial', sizeCm: 3, grade: 1, unset: ['resectable'] }, { sb_high_grade: 'not_met', sb_ex_low_risk: 'to_confirm' }],
      ['metastatic', { metastatic: true }, { sb_ex_metastatic: 'not_met' }],
    ],
  },
  prosarc2: {
    openOn: TODAY,
    passing: { ...EXTREMITY_UPS, resectable: false },
    // ps_histology lists every histology id: GIST included, nothing excluded.
    neverNotMet: ['ps_histology', 'ps_life_expectancy', 'ps_ex_recent_systemic'],
    cases: [
      ['age 17', { age: 17 }, { ps_age: 'not_met' }],
      ['resectable', { resectable: true }, { ps_inoperable: 'not_met' }],
      ['operability unknown', { unset: ['resectable'] }, { ps_inoperable: 'to_confirm' }],
      ['GIST included', { histology: 'gist' }, { ps_histology: 'met' }],
      ['ECOG 3', { performanceStatus: 3 }, { ps_ecog: 'not_met' }],
      ['ECOG exactly 2', { performanceStatus: 2 }, { ps_ecog: 'met' }],
      ['metastatic (life expectancy to confirm)', { metastatic: true }, { ps_life_expectancy: 'to_confirm' }],
      ['recurrent (allowed)', { recurrent: true }, {}],
      ['earlier radiotherapy', { priorRadiotherapy: true }, { ps_ex_prior_rt: 'not_met' }],
      ['earlier chemotherapy (14-day window)', { priorChemotherapy: true }, { ps_ex_recent_systemic: 'to_confirm' }],
    ],
  },
}

const apply = (base: PatientInput, { unset = [], ...fields }: Change): PatientInput =>
  without({ ...base, ...fields } as PatientInput, ...unset)

describe.each(Object.entries(CASES) as [TrialId, TrialCases][])('%s', (trialId, spec) => {
  const trial = getTrial(trialId)
  const today = spec.openOn ?? TODAY

  it('passes every criterion the inputs decide for the passing patient', () => {
    const results = resultsOf(spec.passing, trialId, today)
    for (const criterion of trial.criteria) {
      const expected = decisionBasis(criterion) === 'inputs' ? 'met' : criterion.rule === null ? 'to_confirm' : expect.stringMatching(/^(met|to_confirm)$/)
      expect({ id: criterion.id, result: results[criterion.id] }).toEqual({ id: criterion.id, result: expected })
    }
  })

  it(`is ${spec.openOn ? 'to_confirm' : 'closed'} for the passing patient: clinician-only items stay open`, () => {
    expect(statusOf(spec.passing, trialId, today)).toBe(spec.openOn ? 'to_confirm' : 'closed')
  })

  it.each(spec.cases)('%s', (_name, change, expected) => {
    const input = apply(spec.passing, change)
    const results = resultsOf(input, trialId, today)
    const named = Object.fromEntries(Object.keys(expected).map((id) => [id, results[id]]))
    expect(named).toEqual(expected)
    const notMet = Object.keys(results).filter((id) => results[id] === 'not_met').sort()
    expect(notMet).toEqual(Object.keys(expected).filter((id) => expected[id] === 'not_met').sort())
    const status = spec.openOn === null ? 'closed' : notMet.length > 0 ? 'not_eligible' : 'to_confirm'
    expect(statusOf(input, trialId, today)).toBe(status)
  })

  it('has a case failing each criterion the inputs can fail', () => {
    const failed = new Set(
      spec.cases.flatMap(([, , expected]) => Object.keys(expected).filter((id) => expected[id] === 'not_met')),
    )
    const canFail = trial.criteria
      .filter((c) => isDecidableFromInputs(c) && !spec.neverNotMet.includes(c.id))
      .map((c) => c.id)
    expect(canFail.filter((id) => !failed.has(id))).toEqual([])
  })

  it('leaves every criterion to confirm, none failed, when only the required fields are known', () => {
    const bare = without(spec.passing, 'performanceStatus', 'metastatic', 'resectable', 'recurrent', 'priorRadiotherapy', 'priorChemotherapy', 'multifocal', 'expectedMargin', 'limb')
    expect(idsWith(bare, trialId, 'not_met')).toEqual([])
  })
})

describe('GIST', () => {
  const gist: PatientInput = { ...EXTREMITY_UPS, histology: 'gist', resectable: false }

  it('is ruled out by every trial that excludes it, and only by those', () => {
    const excluding = (Object.keys(CASES) as TrialId[]).filter((id) =>
      getTrial(id).criteria.some((c) => ['persarc_subtype', 'reg_histology', 'tnt_histology', 'sb_sts', 's2_histology', 'na_histology'].includes(c.id) && resultsOf(gist, id)[c.id] === 'not_met'),
    )
    expect(excluding).toEqual(['value_persarc', 'strass2', 'sarcoma_registry_radboudumc', 'natars', 'tnt_extremity', 'sbrt_extremity'])
    expect(statusOf(gist, 'prosarc2')).toBe('to_confirm')
  })
})

describe('metastatic and recurrent disease', () => {
  it('a metastatic patient is not eligible for any open trial that excludes metastases', () => {
    const input: PatientInput = { ...EXTREMITY_UPS, metastatic: true }
    expect(statusOf(input, 'tnt_extremity')).toBe('not_eligible')
    expect(statusOf(input, 'sbrt_extremity')).toBe('not_eligible')
    expect(statusOf({ ...RETROPERITONEAL_LMS, metastatic: true }, 'strass2')).toBe('not_eligible')
    expect(statusOf(input, 'sarcoma_registry_radboudumc')).toBe('to_confirm')
  })

  it('a recurrent tumour rules out the trials for primary tumours', () => {
    const input: PatientInput = { ...EXTREMITY_UPS, recurrent: true }
    expect(statusOf(input, 'tnt_extremity')).toBe('not_eligible')
    expect(statusOf(input, 'sbrt_extremity')).toBe('not_eligible')
    expect(resultsOf(input, 'value_persarc', day('2023-03-01')).persarc_primary).toBe('not_met')
    expect(statusOf(input, 'value_persarc', day('2023-03-01'))).toBe('closed')
    // SCOPES II: whether recurrences may enter is among the criteria that could not be read.
    expect(statusOf(input, 'scopes2')).toBe('to_confirm')
    expect(statusOf({ ...RETROPERITONEAL_LMS, recurrent: true }, 'strass2')).toBe('not_eligible')
  })
})
