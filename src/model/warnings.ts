// Applicability and out-of-range warnings (../shared/evidence/warnings.md §1) for the models the
// engine uses now: Gronchi 2013 (retroperitoneum) and Kattan 2002 (other sites), plus the trial
// populations behind the option figures (STRASS, STRASS-2, ISG-STS 1001).
// Codes are i18n keys (`warning.<code>`); params name the model's range and the input field.

import type { PatientInput } from './input'
import type { Warning } from './types'
import { GRONCHI_HISTOLOGY_MAP, INPUT_AXES } from './data/gronchi2013'
import { KATTAN_AGE_RANGES, KATTAN_HISTOLOGY_MAP, LOWER_VS_UPPER_LIMB_HR } from './data/kattan2002'
import { ageInsideAxis, sizeInsideAxis } from './gronchi'

type Params = Record<string, string | number>

// Severity is also mirrored into params because the current WarningList component reads
// `params.severity`; the typed top-level field is the contract.
export function warning(code: string, severity: Warning['severity'], params: Params = {}): Warning {
  return { code, severity, params: { ...params, severity } }
}

/** Adult app: every cohort and trial is adult (validation refuses < 18; predict may be called directly). */
const ADULT_AGE_YEARS = 18

// STRASS enrolled WHO performance status <= 2 (treatment-effects.md §2, warnings.md §1).
const STRASS_MAX_PERFORMANCE_STATUS = 2
// ISG-STS 1001 population: high grade, >= 5 cm, deep, extremity or trunk wall (treatment-effects.md §4).
const ISG_STS_1001_MIN_SIZE_CM = 5
// STRASS-2 leiomyosarcoma arm: any grade, >= 5 cm (warnings.md §1, NCT04031677).
const STRASS2_LMS_MIN_SIZE_CM = 5

function commonWarnings(input: PatientInput, model: string): Warning[] {
  const out: Warning[] = []
  if (input.age < ADULT_AGE_YEARS) out.push(warning('age_below_adult', 'warn', { field: 'age', min: ADULT_AGE_YEARS }))
  if (input.recurrent === true) out.push(warning('recurrent_outside_population', 'warn', { field: 'recurrent', model }))
  // Both models are postoperative: Gronchi "primary resected RPS", Kattan "postoperative nomogram".
  if (input.resectable === false) out.push(warning('not_resectable_outside_population', 'warn', { field: 'resectable', model }))
  if (input.histology === 'gist') out.push(warning('histology_gist', 'warn', { field: 'histology', model }))
  return out
}

function gronchiWarnings(input: PatientInput): Warning[] {
  const model = 'gronchi2013'
  const out = commonWarnings(input, model)
  if (!ageInsideAxis(input.age)) {
    out.push(warning('age_outside_development_data', 'warn', { field: 'age', model, min: INPUT_AXES.ageYears.min.value, max: INPUT_AXES.ageYears.max.value }))
  }
  if (!sizeInsideAxis(input.sizeCm)) {
    out.push(warning('size_outside_development_data', 'warn', { field: 'sizeCm', model, min: INPUT_AXES.sizeCm.min.value, max: INPUT_AXES.sizeCm.max.value }))
  }
  if (GRONCHI_HISTOLOGY_MAP[input.histology] === 'other') out.push(warning('histology_pooled_other', 'warn', { field: 'histology', model }))
  if (input.histology === 'well_differentiated_liposarcoma' && input.grade !== 1) {
    out.push(warning('wdlps_grade_inconsistent', 'warn', { field: 'grade', model }))
  }
  if (input.expectedMargin === undefined) out.push(warning('margin_assumed_complete', 'warn', { field: 'expectedMargin', model }))
  if (input.multifocal === undefined) out.push(warning('multifocal_assumed_unifocal', 'warn', { field: 'multifocal', model }))
  if (input.limb !== undefined) out.push(warning('limb_ignored_not_extremity', 'info', { field: 'limb' }))
  if (input.performanceStatus !== undefined && input.performanceStatus > STRASS_MAX_PERFORMANCE_STATUS) {
    out.push(warning('rt_trial_population_performance_status', 'warn', { field: 'performanceStatus', option: 'preop_rt_conventional', trial: 'strass', max: STRASS_MAX_PERFORMANCE_STATUS }))
  }
  out.push(...strass2Eligibility(input))
  out.push(warning('gronchi_model_info', 'info', { model }))
  return out
}

/**
 * STRASS-2 (NCT04031677): DDLPS grade 3 (or selected grade 2: FNCLCC score 5 with necrosis on
 * imaging, or CINSARC high risk) or LMS of any grade >= 5 cm. Info only: the option has no
 * efficacy number anyway (warnings.md §1).
 */
function strass2Eligibility(input: PatientInput): Warning[] {
  const params = { option: 'neoadjuvant_chemo', trial: 'strass2' }
  const ddlps = input.histology === 'dedifferentiated_liposarcoma'
  if (ddlps && input.grade === 3) return []
  if (input.histology === 'leiomyosarcoma' && input.sizeCm >= STRASS2_LMS_MIN_SIZE_CM) return []
  if (ddlps && input.grade === 2) return [warning('strass2_eligibility_to_confirm', 'info', { ...params, field: 'grade' })]
  return [warning('strass2_outside_eligibility', 'info', { ...params, field: 'histology' })]
}

function kattanWarnings(input: PatientInput): Warning[] {
  const model = 'kattan2002'
  const out = commonWarnings(input, model)
  const axis = KATTAN_AGE_RANGES.nomogramAxis
  if (input.age < axis.min.value || input.age > axis.max.value) {
    out.push(warning('age_outside_development_data', 'warn', { field: 'age', model, min: axis.min.value, max: axis.max.value }))
  }
  if (input.site === 'extremity' && input.limb === undefined) {
    out.push(warning('limb_assumed_lower', 'warn', { field: 'limb', model, hazardRatio: LOWER_VS_UPPER_LIMB_HR.value }))
  }
  if (input.site !== 'extremity' && input.limb !== undefined) out.push(warning('limb_ignored_not_extremity', 'info', { field: 'limb' }))
  const flag = KATTAN_HISTOLOGY_MAP[input.histology].flag
  if (flag === 'pooled_other') out.push(warning('histology_pooled_other', 'warn', { field: 'histology', model }))
  if (flag === 'uncertain') out.push(warning('histology_mapping_uncertain', 'warn', { field: 'histology', model }))
  if (flag === 'single_liposarcoma_class') out.push(warning('histology_single_liposarcoma_class', 'info', { field: 'histology', model }))
  if (input.grade === 2) out.push(warning('grade_two_tier_mapping', 'info', { field: 'grade', model }))
  // Overall survival uses the life table of men or women; without sex it averages both.
  if (input.sex === undefined) out.push(warning('sex_assumed_both', 'warn', { field: 'sex', model: 'wpp2024' }))
  out.push(...isgSts1001Population(input))
  out.push(warning('kattan_model_info', 'info', { model }))
  return out
}

/** The neoadjuvant chemotherapy option's evidence (ISG-STS 1001) covers high-risk limb/trunk STS only. */
function isgSts1001Population(input: PatientInput): Warning[] {
  const params = { option: 'neoadjuvant_chemo', trial: 'isg_sts_1001' }
  const out: Warning[] = []
  // FNCLCC 1 is "not high grade" under the engine's two-tier mapping ([I]).
  if (input.grade === 1) out.push(warning('chemo_trial_population_grade', 'warn', { ...params, field: 'grade' }))
  if (input.sizeCm < ISG_STS_1001_MIN_SIZE_CM) out.push(warning('chemo_trial_population_size', 'warn', { ...params, field: 'sizeCm', min: ISG_STS_1001_MIN_SIZE_CM }))
  if (input.depth === 'superficial') out.push(warning('chemo_trial_population_depth', 'warn', { ...params, field: 'depth' }))
  if (input.site === 'head_neck') out.push(warning('chemo_trial_population_site', 'warn', { ...params, field: 'site' }))
  if (input.age < ADULT_AGE_YEARS) out.push(warning('chemo_trial_population_age', 'warn', { ...params, field: 'age', min: ADULT_AGE_YEARS }))
  return out
}

/** Warnings that follow from the input alone; the engine adds the computed ones (axis bounds). */
export function inputWarnings(input: PatientInput): Warning[] {
  return input.site === 'retroperitoneum' ? gronchiWarnings(input) : kattanWarnings(input)
}

/** 'warn' before 'info', each group in the order raised. */
export function sortWarnings(warnings: Warning[]): Warning[] {
  return [...warnings.filter((w) => w.severity === 'warn'), ...warnings.filter((w) => w.severity === 'info')]
}
