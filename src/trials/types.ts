// Types of the trial registry (one data file per trial in ./data) and of the matcher's answer.
// Field names follow ../shared/trials/trials.json so a data file can be checked against its source
// line by line; README.md section 3 there says what each field means.

import type { OptionId } from '../model/types'
import type { Rule } from './rules'

/**
 * Trial ids, in display order: Dutch studies first, then those abroad (the order of trials.json,
 * except SCOPES II, appended there on 2026-12-07 and shown here beside its predecessor).
 */
export const TRIAL_IDS = [
  'value_persarc',
  'strass2',
  'scopes',
  'scopes2',
  'sarcoma_registry_radboudumc',
  'natars',
  'tnt_extremity',
  'sbrt_extremity',
  'prosarc2',
] as const
export type TrialId = (typeof TRIAL_IDS)[number]

/** Every text a patient or clinician may read exists in both languages. */
export type LocalizedText = {
  readonly en: string
  readonly nl: string
  /** Set where the source had English only and the Dutch is our own translation. */
  readonly nlTranslated?: true
}

/** YYYY-MM-DD; the data test checks each is a real calendar day. */
export type IsoDate = `${number}-${number}-${number}`

export const STUDY_TYPES = ['interventional', 'observational'] as const
export type StudyType = (typeof STUDY_TYPES)[number]

export const PHASES = ['2', '3', '4', 'n/a'] as const
export type Phase = (typeof PHASES)[number]

/** README section 2: a trial with one of these registry statuses is closed whatever its dates. */
export const CLOSED_STATUSES = [
  'active_not_recruiting',
  'completed',
  'terminated',
  'withdrawn',
  'suspended',
  'enrolling_by_invitation',
] as const

/**
 * Registry statuses, snake_case as in trials.json. `unknown` (no status published) counts as
 * open: the README's closed rule names only the CLOSED_STATUSES.
 */
export const RECRUITMENT_STATUSES = ['recruiting', 'unknown', ...CLOSED_STATUSES] as const
export type RecruitmentStatus = (typeof RECRUITMENT_STATUSES)[number]

export type Recruitment = {
  /** First day of recruitment, inclusive; null when no source gives one. */
  readonly start: IsoDate | null
  /** Last day of recruitment, inclusive; null when no source gives one. */
  readonly end: IsoDate | null
  /** What the end date is (a window, an estimated completion date ...): provenance, English. */
  readonly endBasis: string
  readonly status: RecruitmentStatus
  /** YYYY-MM or YYYY-MM-DD: when the status was last seen. */
  readonly statusAsOf: string | null
  readonly statusSource: string
  readonly seedStatus: string | null
  readonly earlierStatus?: string
}

export const CRITERION_KINDS = ['inclusion', 'exclusion'] as const
export type CriterionKind = (typeof CRITERION_KINDS)[number]

export const CRITERION_CATEGORIES = [
  'patient',
  'tumour',
  'treatment_history',
  'treatment_plan',
  'fitness',
  'consent_logistics',
  'other',
] as const
export type CriterionCategory = (typeof CRITERION_CATEGORIES)[number]

export type Criterion = {
  /** Stable id from trials.json (also an i18n-safe key). */
  readonly id: string
  readonly kind: CriterionKind
  readonly category: CriterionCategory
  readonly text: LocalizedText
  /**
   * The condition for the patient to PASS the criterion, also for exclusions ("free of the
   * excluding feature"), so the matcher never needs `kind`. Null: only the clinician can judge.
   */
  readonly rule: Rule | null
  /** Where the criterion comes from: seed, registry, missing; "rule inferred" where the mapping is a reading. */
  readonly source: string
  readonly note?: LocalizedText
  /** The source repeats this criterion on the other list; merged into one line. */
  readonly alsoListedAs?: CriterionKind
}

export type Arm = {
  readonly id: string
  readonly label: LocalizedText
  /** Doses and schedules copied exactly from the source. */
  readonly description: LocalizedText
}

export type RegistryIds = {
  readonly nct: string | null
  readonly eudract: string | null
  readonly euct: string | null
  /** CCMO / NL number. */
  readonly nl: string | null
  readonly other: readonly string[]
}

export type Contact = {
  readonly name: string
  readonly phone: string | null
  readonly email: string | null
  readonly address?: string
  readonly principalInvestigator?: string
}

export type RelatedTrial = {
  readonly nct: string
  readonly acronym: string
  readonly note: string
  /** What the related trial is to this one; the card names it and links the record. */
  readonly relation: 'successor' | 'predecessor'
}

/**
 * Dates of the registry record that the registry check compares (`npm run trials:check`), as the
 * sources give them: YYYY-MM-DD or YYYY-MM. Null: no source gives the date, so the app does not
 * record it (the check says so instead of reporting a difference). `recruitment.start/end` are
 * not used for this: they are the recruitment window, which may come from a seed page.
 */
export type RegistryDates = {
  readonly start: string | null
  readonly primaryCompletion: string | null
  readonly completion: string | null
  /** Where each date comes from (provenance, English). */
  readonly source: string
}

/** Published results that close a trial (shown in its card, with the source). */
export type TrialResults = {
  readonly published: IsoDate
  readonly enrolled: number
  /** Citation of the publication, as a reader would look it up. */
  readonly citation: string
  readonly url: string
}

/** ISO 3166 alpha-2 codes, or `international` for a trial run in many countries. */
export const COUNTRY_IDS = ['NL', 'CN', 'NO', 'international'] as const
export type CountryId = (typeof COUNTRY_IDS)[number]

/**
 * One trial as compiled in ../shared/trials/trials.json. Texts shown in the app are LocalizedText;
 * the plain-string `...Note`, `...Source` and `...Basis` fields are provenance for reviewers
 * (where a fact came from), kept in English as the compilation wrote them.
 */
export type Trial = {
  readonly id: TrialId
  /** Acronym, or null when the trial has none (then `shortName` labels it). */
  readonly acronym: string | null
  readonly shortName?: string
  readonly title: LocalizedText
  readonly officialTitle: LocalizedText
  readonly officialTitleNote?: string
  readonly registryIds: RegistryIds
  readonly registryIdsNote?: string
  readonly studyType: StudyType
  /** What the registry adds to the study type, e.g. "care pathway; no drug". */
  readonly studyTypeDetail?: LocalizedText
  readonly phase: Phase
  readonly phaseNote?: string
  readonly design: LocalizedText
  readonly arms: readonly Arm[]
  readonly primaryOutcome: LocalizedText | null
  readonly sponsor: string | null
  readonly sponsorNote?: string
  readonly collaborators?: readonly string[]
  readonly enrollment: number | null
  readonly enrollmentNote?: string
  readonly recruitment: Recruitment
  readonly countries: readonly CountryId[]
  readonly countriesNote?: string
  readonly sitesNetherlands: readonly string[]
  readonly sitesNote?: string
  readonly contact: Contact | null
  readonly sourceUrl: string | null
  readonly sourceUrlNote?: string
  readonly registryUrl: string | null
  readonly criteriaSource?: string
  readonly relatedTrials?: readonly RelatedTrial[]
  /**
   * Set when only part of the criteria could be read: the card then says the full list is in the
   * registry record (and links it) instead of presenting the known lines as the whole list.
   */
  readonly criteriaIncomplete?: true
  /** Treatment options of the app that this trial studies (the option's column links the trial). */
  readonly optionsStudied?: readonly OptionId[]
  readonly registryDates: RegistryDates
  readonly results?: TrialResults
  /** What was unclear in the sources and how the data resolve it. */
  readonly ambiguities: readonly LocalizedText[]
  readonly criteria: readonly Criterion[]
  readonly dataCompiled: IsoDate
}

// --- The matcher's answer: the contract of ../shared/design/ARCHITECTURE.md ---------------------

export const MATCH_STATUSES = ['eligible', 'not_eligible', 'to_confirm', 'closed'] as const
export type MatchStatus = (typeof MATCH_STATUSES)[number]

export const CRITERION_RESULTS = ['met', 'not_met', 'to_confirm'] as const
export type CriterionResult = (typeof CRITERION_RESULTS)[number]

export type CriterionMatch = { id: string; result: CriterionResult }

export type TrialMatch = {
  trialId: TrialId
  status: MatchStatus
  criteria: CriterionMatch[]
}
