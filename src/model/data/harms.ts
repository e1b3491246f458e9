// Harm rates per option (source: ../shared/evidence/harms.md). Rates come from different trials,
// doses, definitions and windows: the UI shows each with its definition (harm.<id>.definition),
// window and source and never ranks rows from different studies. `detail: false` rows are the
// card's defaults (harms.md "default = Y"); the rest belong to the detail view. A gap is a record
// with `kind: 'missing'` and a reason code.

import type { Missing, Sourced, Tag } from './evidence'

export type HarmRecord = {
  /** Translated under `harm.<id>.name` and `harm.<id>.definition`. */
  readonly id: string
  readonly evidence: Sourced | Missing
  readonly numerator?: number
  readonly denominator?: number
  /** A time-frame code, translated in the engine locale's `window` group. */
  readonly window: string
  readonly detail: boolean
  /** Codes translated under `caveat.<code>` (e.g. a proxy schedule or regimen). */
  readonly caveats?: readonly string[]
}

type RateOptions = { tags?: readonly Tag[]; via?: string; numerator?: number; denominator?: number; detail?: boolean; caveats?: readonly string[] }

function rate(id: string, value: number, window: string, source: string, locator: string, o: RateOptions = {}): HarmRecord {
  const evidence: Sourced = { value, scale: 'rate', source, locator, tags: o.tags ?? ['P'], ...(o.via ? { via: o.via } : {}) }
  return {
    id,
    evidence,
    window,
    detail: o.detail ?? false,
    ...(o.numerator !== undefined ? { numerator: o.numerator } : {}),
    ...(o.denominator !== undefined ? { denominator: o.denominator } : {}),
    ...(o.caveats ? { caveats: o.caveats } : {}),
  }
}

function gap(id: string, reason: string, source: string, locator: string, o: { detail?: boolean; caveats?: readonly string[] } = {}): HarmRecord {
  return {
    id,
    evidence: { kind: 'missing', reason, source, locator },
    window: 'not_recorded',
    detail: o.detail ?? false,
    ...(o.caveats ? { caveats: o.caveats } : {}),
  }
}

const H1 = 'harms.md §1'
const H2 = 'harms.md §2'

const EXT_SURGERY: readonly HarmRecord[] = [
  rate('nci_surgery_wound_complication', 0.125, 'long_term_follow_up', 'beane2014', `${H1} ext_surgery; Beane 2014 Ann Surg Oncol 21(8):2484-2489`),
  rate('nci_surgery_oedema', 0.12, 'long_term_follow_up', 'beane2014', `${H1} ext_surgery; Beane 2014`),
  rate('nci_surgery_limb_function_deficit', 0.12, 'long_term_follow_up', 'beane2014', `${H1} ext_surgery; Beane 2014`),
  rate('mskcc_control_wound_complication', 0.14, 'not_recorded', 'alektiar2000', `${H1} ext_surgery; Alektiar 2000 via PDQ (control arm randomised 86)`, { tags: ['S'], via: 'nci_pdq', detail: true }),
  rate('mskcc_control_wound_reoperation', 0, 'not_recorded', 'alektiar2000', `${H1} ext_surgery; Alektiar 2000 via PDQ`, { tags: ['S'], via: 'nci_pdq', detail: true }),
]

const EXT_PREOP_RT_25X2: readonly HarmRecord[] = [
  rate('sr2_preop_major_wound_complication', 0.35, 'within_120_days_of_surgery', 'sr2', `${H1} ext_preop_rt_25x2; O'Sullivan 2002 Lancet 359:2235-2241`, { numerator: 31, denominator: 88 }),
  rate('sr2_preop_fibrosis', 0.315, 'at_2_years', 'davis2005', `${H1} ext_preop_rt_25x2; Davis 2005`, { numerator: 23, denominator: 73 }),
  // Published 15.5%; 11/73 would be 15.1%, so N stays unrecorded until re-read (harms.md note a).
  rate('sr2_preop_oedema', 0.155, 'at_2_years', 'davis2005', `${H1} ext_preop_rt_25x2; Davis 2005 (note a)`),
  rate('sr2_preop_joint_stiffness', 0.178, 'at_2_years', 'davis2005', `${H1} ext_preop_rt_25x2; Davis 2005`, { numerator: 13, denominator: 73 }),
  gap('sr2_preop_worse_early_limb_function', 'qualitative_only', 'sr2_asco2004', `${H1} ext_preop_rt_25x2: worse limb function than postop at 6 weeks (p = 0.01), via ASCO update`, { detail: true }),
  rate('rtog0630_late_toxicity', 0.105, 'at_2_years', 'wang2015_rtog0630', `${H1} ext_preop_rt_25x2 (image-guided, reduced volume); Wang 2015`, { denominator: 57, detail: true, caveats: ['image_guided_reduced_volume'] }),
]

const HYPORT = `${H1} ext_preop_rt_15x2.85; Guadagnolo 2022 Lancet Oncol 23:1547-1557`

const EXT_PREOP_RT_14X3: readonly HarmRecord[] = [
  gap('scopes_14x3_any', 'no_published_rate_trial_ongoing', 'scopes', `${H1} ext_preop_rt_14x3: no published rate (SCOPES, NCT04425967)`),
  // Nearest published schedule (15 x 2.85 Gy), never presented as 14 x 3 Gy data (harms.md note b).
  rate('hyport_major_wound_complication', 0.31, 'within_120_days_of_surgery', 'hyport_sts', HYPORT, { numerator: 37, denominator: 120, caveats: ['nearest_published_schedule'] }),
  rate('hyport_late_toxicity', 0.09, 'at_2_years', 'hyport_sts', `${HYPORT} (update)`, { numerator: 8, denominator: 88, caveats: ['nearest_published_schedule'] }),
  rate('hyport_fracture', 0.03, 'not_recorded', 'hyport_sts', `${HYPORT} (update)`, { detail: true, caveats: ['nearest_published_schedule'] }),
]

const EXT_POSTOP_RT_33X2: readonly HarmRecord[] = [
  rate('sr2_postop_major_wound_complication', 0.17, 'within_120_days_of_surgery', 'sr2', `${H1} ext_postop_rt_33x2; O'Sullivan 2002`, { numerator: 16, denominator: 94 }),
  rate('sr2_postop_fibrosis', 0.482, 'at_2_years', 'davis2005', `${H1} ext_postop_rt_33x2; Davis 2005`, { numerator: 27, denominator: 56 }),
  rate('sr2_postop_oedema', 0.232, 'at_2_years', 'davis2005', `${H1} ext_postop_rt_33x2; Davis 2005`, { numerator: 13, denominator: 56 }),
  rate('sr2_postop_joint_stiffness', 0.232, 'at_2_years', 'davis2005', `${H1} ext_postop_rt_33x2; Davis 2005`, { numerator: 13, denominator: 56 }),
  rate('nci_rt_wound_complication', 0.17, 'long_term_follow_up', 'beane2014', `${H1} ext_postop_rt (EBRT 45 Gy + 18 Gy boost); Beane 2014`, { detail: true, caveats: ['different_schedule_45_plus_18'] }),
  rate('nci_rt_oedema', 0.25, 'long_term_follow_up', 'beane2014', `${H1} ext_postop_rt (EBRT); Beane 2014`, { detail: true, caveats: ['different_schedule_45_plus_18'] }),
  rate('nci_rt_limb_function_deficit', 0.15, 'long_term_follow_up', 'beane2014', `${H1} ext_postop_rt (EBRT); Beane 2014`, { detail: true, caveats: ['different_schedule_45_plus_18'] }),
  gap('nci_rt_limb_strength_oedema_motion', 'qualitative_only', 'yang1998', `${H1} ext_postop_rt (EBRT): worse limb strength, oedema, range of motion, often transient; Yang 1998`, { detail: true }),
]

const JCOG = `${H1} ext_neoadj_chemo_surgery; JCOG1306 doxorubicin + ifosfamide arm, PMC9553903`
const JCOG_GD = `${H1} ext_neoadj_chemo_surgery (alternative regimen); JCOG1306 gemcitabine + docetaxel arm`
const PALASSINI = `${H1} ext_neoadj_chemo_surgery (the regimen itself); Palassini 2015 J Clin Oncol 33(31):3628-3634 (abstract), arm without preoperative RT`

function jcogAi(caveats: readonly string[], detail = false): readonly HarmRecord[] {
  return [
    rate('jcog_ai_neutropenia_g3_4', 0.884, 'preoperative_period', 'jcog1306', JCOG, { tags: ['P', 'I'], caveats, detail }),
    rate('jcog_ai_anaemia_g3_4', 0.493, 'preoperative_period', 'jcog1306', JCOG, { tags: ['P', 'I'], caveats, detail }),
    rate('jcog_ai_febrile_neutropenia', 0.362, 'preoperative_period', 'jcog1306', JCOG, { tags: ['P', 'I'], caveats, detail }),
  ]
}

// The option's own regimen: the same doses per cycle as the ISG-STS 1001 standard arm, 3 cycles
// before surgery without radiotherapy (Palassini 2015). It replaces the JCOG1306 stand-in as the
// default; JCOG1306 (doxorubicin instead of epirubicin) stays as a second figure in the detail.
const EXT_NEOADJ_CHEMO: readonly HarmRecord[] = [
  rate('palassini_leucopenia_g4', 0.563, 'preoperative_period', 'palassini2015', PALASSINI),
  rate('palassini_anaemia_g3_4', 0.205, 'preoperative_period', 'palassini2015', PALASSINI),
  rate('palassini_thrombocytopenia_g3_4', 0.159, 'preoperative_period', 'palassini2015', PALASSINI),
  rate('palassini_wound_complication', 0.1, 'early_postoperative', 'palassini2015', PALASSINI),
  ...jcogAi(['similar_regimen_other_trial'], true),
  rate('jcog_gd_neutropenia_g3_4', 0.795, 'preoperative_period', 'jcog1306', JCOG_GD, { detail: true, caveats: ['alternative_regimen'] }),
  rate('jcog_gd_febrile_neutropenia', 0.178, 'preoperative_period', 'jcog1306', JCOG_GD, { detail: true, caveats: ['alternative_regimen'] }),
]

// STRASS serious adverse events and grade 3-4 toxicity, each arm under its own option: the one
// like-for-like comparison of harms in the retroperitoneum (harms.md §2, read in a journal summary).
const STRASS_HARMS = `${H2} rps_preop_rt_28x1.8; STRASS (Bonvalot 2020) safety population, via a journal summary (medjournal360)`
const strass = (id: string, value: number, detail = false): HarmRecord =>
  rate(id, value, 'treatment_and_surgery', 'strass', STRASS_HARMS, { tags: ['S'], via: 'medjournal360_strass', detail })

const RPS_SINGLE = `${H2} rps_preop_rt_28x1.8; single-centre series 2003-2021 (abstract, citation not recorded)`

const RPS_SURGERY: readonly HarmRecord[] = [
  strass('strass_surgery_serious_adverse_events', 0.1),
  strass('strass_surgery_lymphopenia_g3_4', 0.01, true),
  strass('strass_surgery_anaemia_g3_4', 0.08, true),
  strass('strass_surgery_hypoalbuminaemia_g3_4', 0.04, true),
  // Complications of the operation as such (e.g. Clavien-Dindo) have no source in the research.
  gap('rps_surgical_complications', 'no_source_in_research', 'evidence_gap', `${H2} rps_surgery: no source in the research`, { detail: true }),
]

const RPS_PREOP_RT: readonly HarmRecord[] = [
  strass('strass_rt_serious_adverse_events', 0.24),
  rate('rps_preop_rt_complications_30d', 0.47, 'within_30_days', 'rps_preop_rt_single_centre', RPS_SINGLE, { denominator: 99, caveats: ['single_centre_higher_dose'] }),
  rate('rps_preop_rt_severe_complications', 0.2, 'within_30_days', 'rps_preop_rt_single_centre', RPS_SINGLE, { denominator: 99, caveats: ['single_centre_higher_dose'] }),
  rate('rps_preop_rt_death_90d', 0.02, 'within_90_days', 'rps_preop_rt_single_centre', RPS_SINGLE, { denominator: 99, caveats: ['single_centre_higher_dose'] }),
  strass('strass_rt_lymphopenia_g3_4', 0.77, true),
  strass('strass_rt_anaemia_g3_4', 0.12, true),
  strass('strass_rt_hypoalbuminaemia_g3_4', 0.12, true),
]

const RPS_NEOADJ_CHEMO: readonly HarmRecord[] = [
  // Liposarcoma arm (anthracycline + ifosfamide): extremity/trunk data used as a proxy (harms.md §2).
  ...jcogAi(['extremity_data_proxy', 'liposarcoma_arm']),
  gap('strass2_lms_regimen_toxicity', 'no_source_in_research', 'evidence_gap', `${H2} rps_neoadj_chemo_surgery (leiomyosarcoma arm: doxorubicin + dacarbazine): no source`),
]

export const HARMS = {
  ext_surgery: EXT_SURGERY,
  ext_preop_rt_25x2: EXT_PREOP_RT_25X2,
  ext_preop_rt_14x3: EXT_PREOP_RT_14X3,
  ext_postop_rt_33x2: EXT_POSTOP_RT_33X2,
  ext_neoadj_chemo: EXT_NEOADJ_CHEMO,
  rps_surgery: RPS_SURGERY,
  rps_preop_rt_28x1_8: RPS_PREOP_RT,
  rps_neoadj_chemo: RPS_NEOADJ_CHEMO,
} as const satisfies Record<string, readonly HarmRecord[]>

export type HarmSetKey = keyof typeof HARMS
