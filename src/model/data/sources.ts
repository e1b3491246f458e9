// The source registry: every publication, registry record, transcription and team derivation
// the engine uses. The "About the model" view and the print summary are generated from these
// records, so each one carries what a clinician needs to judge it: cohort, years, n, C-index and
// limitation codes (translated under `limitation.<code>` in locales/*/engine.json).
// Sources: ../shared/evidence/*.md; tags as in evidence README §2.

import type { Tag } from './evidence'

export type CIndex = {
  /** The outcome the model predicts (an OutcomeId or the model's own end point). */
  readonly outcome: string
  readonly internal?: number
  /** External validations: the lowest and highest published value. */
  readonly externalLow?: number
  readonly externalHigh?: number
  /** Where the C-index was read, and its tag. */
  readonly locator: string
  readonly tags: readonly Tag[]
}

export type Cohort = {
  /** Population code, translated under `population.<code>`. */
  readonly population: string
  readonly n?: number
  readonly fromYear?: number
  readonly toYear?: number
  readonly centres?: number
  readonly medianFollowUpMonths?: number
}

export type SourceKind = 'publication' | 'registry' | 'transcription' | 'derivation' | 'secondary'

export type SourceRecord = {
  readonly id: string
  readonly kind: SourceKind
  /** Bibliographic text, not translated; parts tagged [U] are marked "to verify" in `note`. */
  readonly citation: string
  readonly year?: number
  readonly cohort?: Cohort
  readonly n?: number
  readonly cIndex?: readonly CIndex[]
  readonly link?: string
  readonly tags: readonly Tag[]
  /** The secondary source a [S] record was read in (a key of SOURCES). */
  readonly via?: string
  readonly note?: string
  /** Limitation codes, translated under `limitation.<code>`. */
  readonly limitations?: readonly string[]
}

const records = [
  {
    id: 'gronchi2013',
    kind: 'publication',
    citation:
      'Gronchi A, Miceli R, Shurell E, et al. Outcome prediction in primary resected retroperitoneal soft tissue sarcoma: histology-specific overall survival and disease-free survival nomograms built on major sarcoma center data sets. J Clin Oncol 2013;31(13):1649-1655. doi:10.1200/JCO.2012.44.3747. PMID 23530096.',
    year: 2013,
    cohort: { population: 'gronchi2013_cohort', n: 523, fromYear: 1999, toYear: 2009, centres: 3, medianFollowUpMonths: 45 },
    n: 523,
    cIndex: [
      { outcome: 'overall_survival', internal: 0.74, externalLow: 0.67, externalHigh: 0.73, locator: 'rps-gronchi-2013.md §2', tags: ['P', 'S'] },
      { outcome: 'disease_free_survival', internal: 0.71, externalLow: 0.63, externalHigh: 0.69, locator: 'rps-gronchi-2013.md §2', tags: ['P', 'S'] },
    ],
    link: 'https://doi.org/10.1200/JCO.2012.44.3747',
    tags: ['P'],
    note: 'DFS nomogram: 475 patients with macroscopically complete resection.',
    limitations: ['development_1999_2009_three_centres', 'cohort_ranges_not_seen', 'primary_resected_rps_only', 'baseline_uncertainty_not_propagated'],
  },
  {
    id: 'gronchi2013_transcription',
    kind: 'transcription',
    citation: 'conan-koh123/Sarcoma-Nomogram, file app.R: public Shiny re-implementation of the Gronchi 2013 nomograms (points tables and probability axes).',
    link: 'https://github.com/conan-koh123/Sarcoma-Nomogram',
    tags: ['T'],
    limitations: ['transcribed_not_checked_against_figure'],
  },
  {
    id: 'gronchi2013_axis_fit',
    kind: 'derivation',
    citation: 'Project team: regression of ln(-ln S) on total points over the published 7-year OS and DFS axis ticks (rps-gronchi-2013.md §6).',
    tags: ['I'],
    limitations: ['derived_by_project_team'],
  },
  {
    id: 'gronchi2013_5y_factor',
    kind: 'derivation',
    citation: 'Project team: 5-year OS = (7-year OS)^0.545, fitted to third-party Sarculator-app outputs for retroperitoneal patients (rps-gronchi-2013.md §6).',
    tags: ['I', 'T'],
    limitations: ['derived_by_project_team', 'derived_to_be_confirmed'],
  },
  {
    id: 'gronchi2013_mapping',
    kind: 'derivation',
    citation: 'Project team: mapping of app inputs to the Gronchi 2013 categories (histology, R0/R1 = complete, R2 = incomplete resection; warnings.md §3).',
    tags: ['I'],
    limitations: ['derived_by_project_team'],
  },
  {
    id: 'tarpswg2016',
    kind: 'publication',
    citation: 'Gronchi A, et al. (TARPSWG). Ann Surg 2016;263(5):1002-1009.',
    year: 2016,
    cohort: { population: 'tarpswg_primary_rps', n: 1007, fromYear: 2002, toYear: 2011, centres: 8, medianFollowUpMonths: 58 },
    n: 1007,
    tags: ['P'],
    limitations: ['cohort_average_not_personalised'],
  },
  {
    id: 'strass',
    kind: 'publication',
    citation: 'Bonvalot 2020 (STRASS). Lancet Oncol 2020;21(10):1366-1377. doi:10.1016/S1470-2045(20)30446-0. PMID 32941794. NCT01344018.',
    year: 2020,
    cohort: { population: 'strass_trial', n: 266, fromYear: 2012, toYear: 2017, centres: 31, medianFollowUpMonths: 43.1 },
    n: 266,
    link: 'https://doi.org/10.1016/S1470-2045(20)30446-0',
    tags: ['P'],
    limitations: ['ci_centred_on_published_hr', 'arfs_used_for_dfs'],
  },
  {
    id: 'ascopost2020_strass',
    kind: 'secondary',
    citation: 'The ASCO Post, 10 October 2020: journal summary of the STRASS trial (Bonvalot 2020, Lancet Oncol), results arm by arm (treatment-effects.md §2 "STRASS arm by arm").',
    year: 2020,
    tags: ['S'],
    note: 'Median abdominal recurrence-free survival 4.5 years (3.9 to not estimable) with radiotherapy vs 5.0 years (3.4 to not estimable) with surgery alone; 133 patients per arm.',
    limitations: ['secondary_source'],
  },
  {
    id: 'medjournal360_strass',
    kind: 'secondary',
    citation: 'medjournal360: journal summary of the STRASS trial (Bonvalot 2020, Lancet Oncol), serious adverse events and grade 3-4 toxicity by arm in the safety population (harms.md §2 rps_preop_rt_28x1.8).',
    year: 2020,
    tags: ['S'],
    limitations: ['secondary_source'],
  },
  {
    id: 'strass2',
    kind: 'registry',
    citation: 'STRASS-2 (EORTC 1809), NCT04031677: neoadjuvant chemotherapy (3 cycles) then surgery vs surgery alone in retroperitoneal sarcoma; recruiting, about 250 patients.',
    link: 'https://clinicaltrials.gov/study/NCT04031677',
    tags: ['P'],
    limitations: ['trial_ongoing_no_results'],
  },
  {
    id: 'kattan2002',
    kind: 'publication',
    citation: 'Kattan MW, Leung DH, Brennan MF. Postoperative nomogram for 12-year sarcoma-specific death. J Clin Oncol 2002;20(3):791-796. PMID 11821462.',
    year: 2002,
    cohort: { population: 'kattan2002_cohort', n: 2136, fromYear: 1982, toYear: 2000, centres: 1 },
    n: 2136,
    cIndex: [
      { outcome: 'sarcoma_specific_survival', internal: 0.77, locator: 'extremity.md §3a (bootstrap-corrected)', tags: ['P'] },
    ],
    link: 'https://pubmed.ncbi.nlm.nih.gov/11821462/',
    tags: ['P', 'U'],
    note: 'Page numbers to verify [U]; a review gives n = 2,163.',
    limitations: [
      'all_sites_single_institution',
      'sss_not_overall_survival',
      'treatment_not_in_model',
      'no_interval_for_12y',
      'recurrent_and_skin_excluded',
      'baseline_uncertainty_not_propagated',
    ],
  },
  {
    id: 'kattan2002_seer_validation',
    kind: 'publication',
    citation: 'External validation of the Kattan 2002 nomogram in SEER, 9,237 patients. PMID 26353762.',
    n: 9237,
    cIndex: [
      { outcome: 'sarcoma_specific_survival', externalLow: 0.66, externalHigh: 0.74, locator: 'extremity.md §3a: 0.74 overall, 0.71 low grade, 0.66 high grade', tags: ['P'] },
    ],
    link: 'https://pubmed.ncbi.nlm.nih.gov/26353762/',
    tags: ['P'],
  },
  {
    id: 'kattan2002_formula',
    kind: 'transcription',
    citation:
      'ClevelandClinicQHS/riskcalc-website, SarcomaPredictingPostOp12YearDiseaseSpecificMortality/server.R (input ranges in ui.R), commit 1938c144090ae42c3a315c749aae543dd90b5776 (unchanged since 831985e23e15cc71ee0b5fa2fddc1dbc2e9b7ca6).',
    link: 'https://github.com/ClevelandClinicQHS/riskcalc-website',
    tags: ['T'],
    note: 'Checked by the project team against an independent points transcription (within 1.5 points; probability ticks within 0.0016).',
    limitations: ['transcribed_checked_against_points_table'],
  },
  {
    id: 'kattan2002_mapping',
    kind: 'derivation',
    citation: 'Project team: mapping of app inputs to Kattan 2002 levels (FNCLCC 1 = low, 2-3 = high grade; histology; size boundaries; lower limb when the limb is unknown; extremity.md §3a).',
    tags: ['I'],
    limitations: ['derived_by_project_team', 'grade_mapping_to_confirm'],
  },
  {
    id: 'kattan2002_horizon_ratios',
    kind: 'derivation',
    citation: 'Project team: 5- and 10-year sarcoma-specific survival as SSS12^r, r = H0(t)/H0(12) borrowed from an extremity cohort curve (De Sanctis 2022) plus an assumed 0-0.04/year extra hazard at 10-12 years (extremity.md §3a).',
    tags: ['I'],
    limitations: ['derived_by_project_team', 'time_profile_other_cohort'],
  },
  {
    id: 'wpp2024',
    kind: 'registry',
    citation:
      'United Nations, Department of Economic and Social Affairs, Population Division. World Population Prospects 2024: central death rates (mx) by 5-year age group, period 2025-2030, Netherlands and United Kingdom, men, women and both sexes. As distributed in the R package wpp2024 (PPgp/wpp2024), files data-raw/mxM5.txt, mxF5.txt, mxB5.txt, commit bac89293562767ff8510144974fd888e25bc7ee7 (2024-11-26). Source: United Nations, DESA, Population Division. World Population Prospects 2024. Licence: CC BY 3.0 IGO.',
    year: 2024,
    link: 'https://population.un.org/wpp/',
    tags: ['P'],
    note: 'The package README calls these 5-year tables not official UN datasets (legacy 5-year periods provided by the Population Division).',
    limitations: ['life_table_period_not_cohort', 'life_table_general_population'],
  },
  {
    id: 'overall_survival_derivation',
    kind: 'derivation',
    citation:
      'Project team: overall survival = Kattan 2002 sarcoma-specific survival x expected survival of people of the same age and sex (UN WPP 2024, period 2025-2030; constant death rate within each 5-year age group), the relative-survival identity of cancer registries (expected-survival.md §1-3).',
    tags: ['I'],
    limitations: ['derived_by_project_team', 'other_deaths_as_general_population', 'kattan_lower_than_newer_models'],
  },
  {
    id: 'desanctis2022',
    kind: 'publication',
    citation: 'De Sanctis 2022, Front Oncol: sarcoma-specific survival, 517 extremity soft-tissue sarcomas, Humanitas 1997-2015.',
    year: 2022,
    cohort: { population: 'desanctis2022_cohort', n: 517, fromYear: 1997, toYear: 2015, centres: 1 },
    n: 517,
    tags: ['P'],
  },
  {
    id: 'nci_pdq',
    kind: 'secondary',
    citation: 'NCI PDQ Adult Soft Tissue Sarcoma Treatment (Health Professional Version).',
    link: 'https://www.cancer.gov/types/soft-tissue-sarcoma/hp/adult-soft-tissue-treatment-pdq',
    tags: ['P'],
    limitations: ['secondary_source'],
  },
  {
    id: 'beane2014',
    kind: 'publication',
    citation: 'Beane 2014 (NCI randomised trial, long-term follow-up). Ann Surg Oncol 2014;21(8):2484-2489.',
    year: 2014,
    cohort: { population: 'nci_rct_limb_sparing' },
    tags: ['P'],
  },
  {
    id: 'yang1998',
    kind: 'publication',
    citation: 'Yang 1998 (NCI randomised trial, postoperative EBRT vs none). J Clin Oncol 1998;16(1):197-203.',
    year: 1998,
    cohort: { population: 'nci_rct_limb_sparing' },
    tags: ['S'],
    via: 'nci_pdq',
    limitations: ['secondary_source'],
  },
  {
    id: 'pisters1996',
    kind: 'publication',
    citation: 'Pisters 1996 (MSKCC randomised trial, postoperative brachytherapy vs none). J Clin Oncol 1996;14(3):859-868.',
    year: 1996,
    cohort: { population: 'mskcc_brachytherapy_rct' },
    tags: ['S'],
    via: 'nci_pdq',
    limitations: ['secondary_source'],
  },
  {
    id: 'sr2',
    kind: 'publication',
    citation: "O'Sullivan 2002 (NCIC SR2: preoperative 50 Gy/25 vs postoperative 66 Gy/33). Lancet 2002;359(9325):2235-2241.",
    year: 2002,
    cohort: { population: 'ncic_sr2_rct' },
    tags: ['P'],
  },
  {
    id: 'sr2_asco2004',
    kind: 'secondary',
    citation: 'NCIC SR2 long-term update, ASCO 2004 (5-year local control and overall survival).',
    year: 2004,
    tags: ['S'],
    limitations: ['secondary_source'],
  },
  {
    id: 'davis2005',
    kind: 'publication',
    citation: 'Davis 2005 (NCIC SR2 late toxicity). Radiother Oncol 2005;75(1):48-53.',
    year: 2005,
    cohort: { population: 'ncic_sr2_rct', n: 129 },
    n: 129,
    tags: ['P'],
  },
  {
    id: 'wang2015_rtog0630',
    kind: 'publication',
    citation: 'Wang 2015 (RTOG 0630). J Clin Oncol 2015;33(20):2231-2238.',
    year: 2015,
    cohort: { population: 'rtog0630_single_arm', n: 79 },
    n: 79,
    tags: ['P'],
  },
  {
    id: 'alektiar2000',
    kind: 'publication',
    citation: 'Alektiar 2000 (MSKCC brachytherapy randomised trial).',
    year: 2000,
    cohort: { population: 'mskcc_brachytherapy_rct' },
    tags: ['S'],
    via: 'nci_pdq',
    limitations: ['secondary_source'],
  },
  {
    id: 'hyport_sts',
    kind: 'publication',
    citation: 'Guadagnolo 2022 (HYPORT-STS, 42.75 Gy / 15 fractions, phase 2). Lancet Oncol 2022;23:1547-1557. PMID 36343656.',
    year: 2022,
    cohort: { population: 'hyport_sts_single_arm', n: 120 },
    n: 120,
    tags: ['P'],
    limitations: ['single_arm', 'different_schedule_15x2_85'],
  },
  {
    id: 'kosela_paterczyk2014',
    kind: 'publication',
    citation: 'Kosela-Paterczyk 2014 (5 x 5 Gy, Warsaw). EJSO 2014;40(12):1641-1647. PMID 25282099.',
    year: 2014,
    cohort: { population: 'warsaw_5x5_single_arm', n: 272, fromYear: 2006, toYear: 2011, centres: 1, medianFollowUpMonths: 35 },
    n: 272,
    tags: ['P'],
    limitations: ['single_arm', 'different_schedule_5x5'],
  },
  {
    id: 'scopes',
    kind: 'registry',
    citation: 'SCOPES, NCT04425967: preoperative 25 x 2 Gy vs 14 x 3 Gy; primary end point wound complications within 30 days, local control at 2 years. Results not available.',
    link: 'https://clinicaltrials.gov/study/NCT04425967',
    tags: ['P'],
    limitations: ['trial_ongoing_no_results'],
  },
  {
    id: 'eortc62874',
    kind: 'publication',
    citation: 'Gortzak 2001, EORTC 62874: neoadjuvant doxorubicin + ifosfamide x 3 then surgery vs surgery alone, 2001.',
    year: 2001,
    cohort: { population: 'eortc62874_rct', n: 134 },
    n: 134,
    tags: ['S'],
    via: 'nci_pdq',
    limitations: ['secondary_source'],
  },
  {
    id: 'eortc62931',
    kind: 'publication',
    citation: 'Woll 2012, EORTC 62931: adjuvant doxorubicin + ifosfamide vs observation.',
    year: 2012,
    cohort: { population: 'eortc62931_rct', n: 351 },
    n: 351,
    tags: ['S'],
    via: 'nci_pdq',
    limitations: ['secondary_source', 'adjuvant_not_neoadjuvant'],
  },
  {
    id: 'isg_sts_1001',
    kind: 'publication',
    citation: 'Gronchi 2017 (ISG-STS 1001). Lancet Oncol 2017;18(6):812-822. PMID 28499583. NCT01710176.',
    year: 2017,
    cohort: { population: 'isg_sts_1001_trial' },
    link: 'https://pubmed.ncbi.nlm.nih.gov/28499583/',
    tags: ['P'],
  },
  {
    id: 'palassini2015',
    kind: 'publication',
    citation:
      'Palassini 2015 (Italian Sarcoma Group / GEIS randomised trial: 3 vs 5 cycles of full-dose epirubicin 120 mg/m² + ifosfamide 9 g/m² per cycle, with or without preoperative radiotherapy; limbs and superficial trunk). J Clin Oncol 2015;33(31):3628-3634. doi:10.1200/JCO.2015.62.9394. Harms read in the abstract, the arm without preoperative radiotherapy (151 of 303 patients analysed; harms.md §1 ext_neoadj_chemo_surgery).',
    year: 2015,
    cohort: { population: 'palassini2015_trial', n: 303 },
    n: 303,
    link: 'https://doi.org/10.1200/JCO.2015.62.9394',
    tags: ['P'],
    limitations: ['read_in_abstract'],
  },
  {
    id: 'jcog1306',
    kind: 'publication',
    citation: 'JCOG1306: doxorubicin + ifosfamide (3 cycles before, 2 after surgery) vs gemcitabine + docetaxel; 143 patients. PMC9553903.',
    cohort: { population: 'jcog1306_trial', n: 143 },
    n: 143,
    link: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9553903/',
    tags: ['P'],
    limitations: ['regimen_proxy'],
  },
  {
    id: 'rps_preop_rt_single_centre',
    kind: 'publication',
    citation: 'Single-centre series: preoperative RT (+/- IORT) then resection of retroperitoneal sarcoma, 2003-2021, 99 patients, median preoperative dose 57.4 Gy (abstract; citation not recorded).',
    cohort: { population: 'rps_single_centre_preop_rt', n: 99, fromYear: 2003, toYear: 2021, centres: 1 },
    n: 99,
    tags: ['P'],
    note: 'Full citation not recorded in the research: to verify.',
    limitations: ['single_centre_higher_dose', 'citation_to_verify'],
  },
  {
    id: 'evidence_gap',
    kind: 'derivation',
    citation: 'No published source was found in the project research for this item (harms.md).',
    tags: ['I'],
    limitations: ['no_source_found'],
  },
] as const satisfies readonly SourceRecord[]

export type SourceKey = (typeof records)[number]['id']

/** The registry, keyed by id. */
export const SOURCES: Readonly<Record<SourceKey, SourceRecord>> = Object.fromEntries(
  records.map((r) => [r.id, r]),
) as unknown as Record<SourceKey, SourceRecord>

export const SOURCE_LIST: readonly SourceRecord[] = records

export function isSourceId(id: string): id is SourceKey {
  return Object.hasOwn(SOURCES, id)
}
