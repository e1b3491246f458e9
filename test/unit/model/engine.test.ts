// predict() and estimate(): options per site, what is a value, a derived value or not estimable
// (and why), harms, context figures and warnings. One behaviour per test.
import { describe, expect, it } from 'vitest'
import { estimate, predict, supportedHorizons, validate, type OptionId, type OutcomeId, type PatientInput, type Prediction } from '@/model'

const RPS: PatientInput = { age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, site: 'retroperitoneum', expectedMargin: 'R0', multifocal: false }
const EXT: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity', limb: 'lower' }

const option = (p: Prediction, id: OptionId) => {
  const o = p.options.find((x) => x.id === id)
  if (!o) throw new Error(`no option ${id}`)
  return o
}
const codes = (p: Prediction) => p.warnings.map((w) => w.code)
const reason = (p: Prediction, id: OptionId, outcome: OutcomeId, years: number) => {
  const e = estimate(p, id, outcome, years)
  return e.kind === 'not_estimable' ? e.reason : 'value'
}

describe('options per site', () => {
  it('offers surgery, STRASS preoperative RT and STRASS-2 chemotherapy for the retroperitoneum', () => {
    expect(predict(RPS).options.map((o) => o.id)).toEqual(['surgery_alone', 'preop_rt_conventional', 'neoadjuvant_chemo'])
  })

  it.each(['extremity', 'trunk_wall', 'head_neck'] as const)('offers five options for %s', (site) => {
    expect(predict({ ...EXT, site }).options.map((o) => o.id)).toEqual(['surgery_alone', 'preop_rt_conventional', 'preop_rt_hypofractionated', 'postop_rt', 'neoadjuvant_chemo'])
  })

  it('names each schedule with its doses', () => {
    expect(option(predict(RPS), 'preop_rt_conventional').schedule).toEqual({ code: 'rt_preop', params: { totalGy: 50.4, fractions: 28, fractionGy: 1.8 } })
    expect(option(predict(EXT), 'preop_rt_conventional').schedule).toEqual({ code: 'rt_preop', params: { totalGy: 50, fractions: 25, fractionGy: 2 } })
    expect(option(predict(EXT), 'preop_rt_hypofractionated').schedule?.params).toMatchObject({ fractions: 14, fractionGy: 3 })
    expect(option(predict(EXT), 'postop_rt').schedule?.params).toMatchObject({ fractions: 33, fractionGy: 2 })
  })
})

describe('retroperitoneum (Gronchi 2013)', () => {
  const p = predict(RPS)

  it('gives OS at 5 (derived) and 7 years and DFS at 7 years only', () => {
    expect(supportedHorizons(p)).toEqual([5, 7])
    expect(reason(p, 'surgery_alone', 'disease_free_survival', 5)).toBe('horizon_not_supported')
    expect(reason(p, 'surgery_alone', 'overall_survival', 10)).toBe('horizon_not_supported')
    expect(estimate(p, 'surgery_alone', 'overall_survival', 5)).toMatchObject({ kind: 'value', derived: 'rps_os_5y_from_7y_factor' })
  })

  it('does not model LR, DM or sarcoma-specific survival, and shows TARPSWG averages as context', () => {
    for (const outcome of ['local_recurrence', 'distant_metastasis', 'sarcoma_specific_survival'] as const) expect(reason(p, 'surgery_alone', outcome, 5)).toBe('outcome_not_modelled')
    for (const id of ['surgery_alone', 'preop_rt_conventional', 'neoadjuvant_chemo'] as const) {
      const cohort = option(p, id).context.filter((c) => c.population === 'tarpswg_primary_rps')
      expect(cohort.filter((c) => c.outcome === 'local_recurrence').map((c) => [c.years, c.value])).toEqual([[5, 0.259], [8, 0.313], [10, 0.35]])
      expect(cohort.every((c) => c.arm === 'whole_cohort')).toBe(true)
    }
  })

  it('shows STRASS arm by arm, the abdominal recurrence first, each arm beside the other', () => {
    const rt = option(p, 'preop_rt_conventional').context.filter((c) => c.population === 'strass_trial')
    const surgery = option(p, 'surgery_alone').context.filter((c) => c.population === 'strass_trial')
    const arms = (figures: typeof rt) => figures.map((c) => [c.outcome, c.years, c.arm, c.value, c.comparator?.arm, c.comparator?.value])
    expect(arms(rt)).toEqual([
      ['local_recurrence', 3, 'preop_rt_arm', 0.587, 'surgery_alone_arm', 0.604],
      ['distant_metastasis', 3, 'preop_rt_arm', 0.682, 'surgery_alone_arm', 0.683],
      ['overall_survival', 3, 'preop_rt_arm', 0.84, 'surgery_alone_arm', 0.846],
      ['overall_survival', 5, 'preop_rt_arm', 0.767, 'surgery_alone_arm', 0.794],
    ])
    expect(arms(surgery)).toEqual(arms(rt).map(([outcome, years, arm, value, otherArm, otherValue]) => [outcome, years, otherArm, otherValue, arm, value]))
    // The first context figure of each option is its trial result on the tumour coming back.
    for (const id of ['surgery_alone', 'preop_rt_conventional'] as const) expect(option(p, id).context[0]).toMatchObject({ source: 'strass', endpoint: 'abdominal_recurrence_free_survival' })
    expect(option(p, 'neoadjuvant_chemo').context.some((c) => c.population === 'strass_trial')).toBe(false)
    // Without a trial result (STRASS-2 is running) the cohort's local recurrence comes first.
    expect(option(p, 'neoadjuvant_chemo').context[0]).toMatchObject({ outcome: 'local_recurrence', years: 5, arm: 'whole_cohort' })
    expect(option(p, 'preop_rt_conventional').sources).toEqual(expect.arrayContaining(['strass', 'ascopost2020_strass']))
  })

  it('gives each retroperitoneal arm its STRASS serious adverse events first (24 vs 10 out of 100)', () => {
    expect(option(p, 'preop_rt_conventional').harms[0]).toMatchObject({ id: 'strass_rt_serious_adverse_events', rate: 0.24, window: 'treatment_and_surgery', source: 'strass', via: 'medjournal360_strass', tags: ['S'] })
    expect(option(p, 'surgery_alone').harms[0]).toMatchObject({ id: 'strass_surgery_serious_adverse_events', rate: 0.1, window: 'treatment_and_surgery', source: 'strass', tags: ['S'] })
    expect(option(p, 'surgery_alone').harms.find((h) => h.id === 'rps_surgical_complications')).toMatchObject({ rate: null, reason: 'no_source_in_research', detail: true })
  })

  it('gives figures without a depth: validate() takes the retroperitoneum as deep, whatever an old link said', () => {
    const { depth: _, ...withoutDepth } = RPS
    const checked = validate(withoutDepth)
    expect(checked).toEqual({ ok: true, input: RPS })
    if (!checked.ok) throw new Error('expected valid input')
    const q = predict(checked.input)
    expect(estimate(q, 'surgery_alone', 'overall_survival', 7)).toMatchObject({ kind: 'value' })
    expect(q).toEqual(p)
    expect(validate({ ...RPS, depth: 'superficial' })).toEqual({ ok: true, input: RPS })
    expect(validate({ ...EXT, depth: undefined })).toEqual({ ok: false, errors: [{ field: 'depth', code: 'required' }] })
  })

  it('applies STRASS as HR 1 with the band recomputed at its CI limits', () => {
    const ref = estimate(p, 'surgery_alone', 'overall_survival', 7)
    const rt = estimate(p, 'preop_rt_conventional', 'overall_survival', 7)
    if (ref.kind !== 'value' || rt.kind !== 'value') throw new Error('expected values')
    expect(rt.value).toBe(ref.value)
    expect(rt.lower).toBeCloseTo(ref.value ** 2.05, 12)
    expect(rt.upper).toBeCloseTo(ref.value ** 0.65, 12)
    expect(rt.sources).toContain('strass')
    const dfs = estimate(p, 'preop_rt_conventional', 'disease_free_survival', 7)
    const dfsRef = estimate(p, 'surgery_alone', 'disease_free_survival', 7)
    if (dfs.kind !== 'value' || dfsRef.kind !== 'value') throw new Error('expected values')
    expect([dfs.lower, dfs.upper]).toEqual([dfsRef.value ** 1.44, dfsRef.value ** 0.71])
  })

  it('has no efficacy number for neoadjuvant chemotherapy but shows its harms', () => {
    expect(estimate(p, 'neoadjuvant_chemo', 'overall_survival', 7)).toEqual({ kind: 'not_estimable', reason: 'no_efficacy_data_trial_ongoing', sources: ['strass2'] })
    const harms = option(p, 'neoadjuvant_chemo').harms
    expect(harms.find((h) => h.id === 'jcog_ai_neutropenia_g3_4')).toMatchObject({ rate: 0.884, caveats: ['extremity_data_proxy', 'liposarcoma_arm'] })
    expect(harms.find((h) => h.id === 'strass2_lms_regimen_toxicity')).toMatchObject({ rate: null, reason: 'no_source_in_research' })
  })

  it('assumes a complete resection and one tumour when unknown, and says so', () => {
    const q = predict({ ...RPS, expectedMargin: undefined, multifocal: undefined } as unknown as PatientInput)
    const { expectedMargin: _m, multifocal: _f, ...bare } = RPS
    const r = predict(bare)
    expect(estimate(r, 'surgery_alone', 'overall_survival', 7)).toEqual(estimate(p, 'surgery_alone', 'overall_survival', 7))
    expect(codes(r)).toEqual(expect.arrayContaining(['margin_assumed_complete', 'multifocal_assumed_unifocal']))
    expect(r.warnings.find((w) => w.code === 'margin_assumed_complete')?.params).toMatchObject({ field: 'expectedMargin' })
    expect(codes(q)).toContain('margin_assumed_complete')
  })

  it('refuses OS beyond the age and size axes and warns with the axis range', () => {
    const old = predict({ ...RPS, age: 95 })
    expect(reason(old, 'surgery_alone', 'overall_survival', 7)).toBe('input_outside_nomogram_axis')
    expect(reason(old, 'surgery_alone', 'disease_free_survival', 7)).toBe('value')
    expect(old.warnings.find((w) => w.code === 'age_outside_development_data')).toMatchObject({ severity: 'warn', params: { field: 'age', min: 10, max: 90, model: 'gronchi2013' } })
    const huge = predict({ ...RPS, sizeCm: 85 })
    expect(reason(huge, 'surgery_alone', 'overall_survival', 7)).toBe('input_outside_nomogram_axis')
    expect(reason(huge, 'surgery_alone', 'disease_free_survival', 7)).toBe('input_outside_nomogram_axis')
  })

  it('shows bounds at both axis ends and warns', () => {
    const best = predict({ ...RPS, age: 50, sizeCm: 0.5, grade: 1, histology: 'solitary_fibrous_tumour' })
    expect(estimate(best, 'surgery_alone', 'overall_survival', 7)).toMatchObject({ value: 0.99, bound: 'at_least' })
    expect(estimate(best, 'surgery_alone', 'disease_free_survival', 7)).toMatchObject({ value: 0.95, bound: 'at_least' })
    expect(codes(best)).toEqual(expect.arrayContaining(['beyond_nomogram_axis_overall_survival', 'beyond_nomogram_axis_disease_free_survival']))
  })

  it('warns about WDLPS with grade 2-3, pooled histologies, GIST, recurrence and STRASS-2 eligibility', () => {
    expect(codes(predict({ ...RPS, histology: 'well_differentiated_liposarcoma', grade: 3 }))).toContain('wdlps_grade_inconsistent')
    expect(codes(predict({ ...RPS, histology: 'synovial_sarcoma' }))).toContain('histology_pooled_other')
    expect(codes(predict({ ...RPS, histology: 'gist' }))).toEqual(expect.arrayContaining(['histology_gist', 'histology_pooled_other']))
    expect(codes(predict({ ...RPS, recurrent: true }))).toContain('recurrent_outside_population')
    expect(codes(predict({ ...RPS, grade: 3 }))).not.toContain('strass2_outside_eligibility')
    expect(codes(predict(RPS))).toContain('strass2_eligibility_to_confirm')
    expect(codes(predict({ ...RPS, histology: 'solitary_fibrous_tumour' }))).toContain('strass2_outside_eligibility')
    expect(codes(predict({ ...RPS, performanceStatus: 3 }))).toContain('rt_trial_population_performance_status')
  })
})

describe('extremity, trunk wall, head and neck (Kattan 2002)', () => {
  const p = predict(EXT)

  it('gives sarcoma-specific survival at 12 years exactly and at 5 and 10 years derived with a band', () => {
    expect(supportedHorizons(p)).toEqual([5, 10, 12])
    const twelve = estimate(p, 'surgery_alone', 'sarcoma_specific_survival', 12)
    expect(twelve).toMatchObject({ kind: 'value' })
    expect(twelve).not.toHaveProperty('lower')
    const five = estimate(p, 'surgery_alone', 'sarcoma_specific_survival', 5)
    if (five.kind !== 'value' || twelve.kind !== 'value') throw new Error('expected values')
    expect(five.derived).toBe('kattan_time_profile_other_cohort')
    expect([five.lower, five.value, five.upper]).toEqual([twelve.value ** 0.655, twelve.value ** 0.61, twelve.value ** 0.576])
    expect(reason(p, 'surgery_alone', 'sarcoma_specific_survival', 2)).toBe('horizon_not_supported')
  })

  it('derives OS from sarcoma-specific survival; has no personal LR or DM; shows trial averages as context instead', () => {
    expect(estimate(p, 'surgery_alone', 'overall_survival', 5)).toMatchObject({ kind: 'value', derived: 'os_from_sss_and_life_table', band: 'time_conversion_range' })
    for (const outcome of ['local_recurrence', 'distant_metastasis'] as const) expect(reason(p, 'surgery_alone', outcome, 5)).toBe('baseline_model_not_available')
    expect(reason(p, 'surgery_alone', 'disease_free_survival', 5)).toBe('outcome_not_modelled')
    expect(option(p, 'postop_rt').context.find((c) => c.source === 'beane2014' && c.years === 10)).toMatchObject({ value: 0.82, lower: 0.72, upper: 0.9, arm: 'postop_rt_arm' })
    expect(option(p, 'preop_rt_hypofractionated').context[0]).toMatchObject({ source: 'hyport_sts', caveats: ['nearest_published_schedule', 'single_arm'] })
  })

  it('shows 14 x 3 Gy harms as a gap plus the nearest published schedule, never as 14 x 3 Gy data', () => {
    const harms = option(p, 'preop_rt_hypofractionated').harms
    expect(harms[0]).toMatchObject({ id: 'scopes_14x3_any', rate: null, reason: 'no_published_rate_trial_ongoing', source: 'scopes' })
    for (const h of harms.filter((x) => x.source === 'hyport_sts')) expect(h.caveats).toContain('nearest_published_schedule')
  })

  it("gives neoadjuvant chemotherapy its own regimen's harms first (Palassini 2015), JCOG1306 second", () => {
    const harms = option(p, 'neoadjuvant_chemo').harms
    expect(harms.filter((h) => !h.detail).map((h) => [h.id, h.rate, h.window, h.source, h.tags])).toEqual([
      ['palassini_leucopenia_g4', 0.563, 'preoperative_period', 'palassini2015', ['P']],
      ['palassini_anaemia_g3_4', 0.205, 'preoperative_period', 'palassini2015', ['P']],
      ['palassini_thrombocytopenia_g3_4', 0.159, 'preoperative_period', 'palassini2015', ['P']],
      ['palassini_wound_complication', 0.1, 'early_postoperative', 'palassini2015', ['P']],
    ])
    expect(harms.find((h) => h.detail)).toMatchObject({ id: 'jcog_ai_neutropenia_g3_4', rate: 0.884, source: 'jcog1306', caveats: ['similar_regimen_other_trial'] })
    // A rate that exists is never reported as one nobody has read.
    expect(harms.every((h) => h.rate !== null)).toBe(true)
    expect(option(p, 'neoadjuvant_chemo').sources).toContain('palassini2015')
  })

  it('lists card harms before detail harms, with counts where recorded', () => {
    const harms = option(p, 'preop_rt_conventional').harms
    const firstDetail = harms.findIndex((h) => h.detail)
    expect(harms.slice(firstDetail).every((h) => h.detail)).toBe(true)
    expect(harms[0]).toMatchObject({ id: 'sr2_preop_major_wound_complication', rate: 0.35, numerator: 31, denominator: 88, window: 'within_120_days_of_surgery', source: 'sr2' })
    expect(harms.find((h) => h.id === 'sr2_preop_oedema')).not.toHaveProperty('denominator')
  })

  it('computes a lower limb when the limb is unknown and says so', () => {
    const { limb: _l, ...noLimb } = EXT
    const q = predict(noLimb)
    expect(estimate(q, 'surgery_alone', 'sarcoma_specific_survival', 12)).toEqual(estimate(p, 'surgery_alone', 'sarcoma_specific_survival', 12))
    expect(q.warnings.find((w) => w.code === 'limb_assumed_lower')).toMatchObject({ severity: 'warn', params: { field: 'limb', hazardRatio: 1.11 } })
  })

  it('warns past the nomogram age axis but still computes', () => {
    const q = predict({ ...EXT, age: 95 })
    expect(reason(q, 'surgery_alone', 'sarcoma_specific_survival', 12)).toBe('value')
    expect(q.warnings.find((w) => w.code === 'age_outside_development_data')?.params).toMatchObject({ min: 16, max: 90, model: 'kattan2002' })
  })

  it('refuses an age outside the calculator range 10-100 (reachable only without validate)', () => {
    expect(reason(predict({ ...EXT, age: 101 }), 'surgery_alone', 'sarcoma_specific_survival', 12)).toBe('outside_model_population')
  })

  it('flags histology mappings: pooled, uncertain, single liposarcoma class; and the grade mapping', () => {
    expect(codes(predict({ ...EXT, histology: 'angiosarcoma' }))).toContain('histology_pooled_other')
    expect(codes(predict({ ...EXT, histology: 'myxofibrosarcoma' }))).toContain('histology_mapping_uncertain')
    expect(codes(predict({ ...EXT, histology: 'myxoid_liposarcoma' }))).toContain('histology_single_liposarcoma_class')
    expect(predict({ ...EXT, grade: 2 }).warnings.find((w) => w.code === 'grade_two_tier_mapping')?.severity).toBe('info')
  })

  it('warns when the patient is outside the ISG-STS 1001 chemotherapy population', () => {
    const q = predict({ ...EXT, grade: 1, sizeCm: 3, depth: 'superficial', site: 'head_neck' })
    expect(codes(q)).toEqual(expect.arrayContaining(['chemo_trial_population_grade', 'chemo_trial_population_size', 'chemo_trial_population_depth', 'chemo_trial_population_site']))
    expect(codes(p).filter((c) => c.startsWith('chemo_trial'))).toEqual([])
  })

  it('puts warn before info', () => {
    const q = predict({ ...EXT, grade: 2, limb: undefined } as unknown as PatientInput)
    const severities = q.warnings.map((w) => w.severity)
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'warn' ? -1 : 1)))
  })
})

describe('estimate()', () => {
  it('says an option is not applicable at a site that does not offer it', () => {
    expect(estimate(predict(RPS), 'postop_rt', 'overall_survival', 7)).toEqual({ kind: 'not_estimable', reason: 'option_not_applicable' })
  })

  it('never interpolates between horizons', () => {
    const p = predict(EXT)
    for (const years of [0, 1, 2, 6, 7.5, 11, 12.0001, 20, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(reason(p, 'surgery_alone', 'sarcoma_specific_survival', years)).toBe('horizon_not_supported')
    }
  })

  it('lists every source an option rests on', () => {
    const sources = option(predict(RPS), 'preop_rt_conventional').sources
    expect(sources).toEqual(expect.arrayContaining(['gronchi2013', 'gronchi2013_transcription', 'strass', 'tarpswg2016', 'rps_preop_rt_single_centre']))
  })
})
