// The eligibility matcher: README section 2 of ../shared/trials applied to every trial in
// display order. Pure: no clock is read except the `today` default of matchTrials.

import type { PatientInput } from '../model/input'
import { evaluate, fieldsOf, confirmKeysOf } from './rules'
import { natars } from './data/natars'
import { prosarc2 } from './data/prosarc2'
import { sarcomaRegistryRadboudumc } from './data/sarcomaRegistryRadboudumc'
import { sbrtExtremity } from './data/sbrtExtremity'
import { scopes } from './data/scopes'
import { scopes2 } from './data/scopes2'
import { strass2 } from './data/strass2'
import { tntExtremity } from './data/tntExtremity'
import { valuePersarc } from './data/valuePersarc'
import {
  CLOSED_STATUSES,
  CRITERION_RESULTS,
  TRIAL_IDS,
  type Criterion,
  type CriterionCategory,
  type CriterionMatch,
  type CriterionResult,
  type RecruitmentStatus,
  type Trial,
  type TrialId,
  type TrialMatch,
} from './types'

// Keyed by id so the compiler checks every TrialId has a data file (the data test checks each
// file's own id matches its key).
const TRIALS_BY_ID: Readonly<Record<TrialId, Trial>> = {
  value_persarc: valuePersarc,
  strass2,
  scopes,
  scopes2,
  sarcoma_registry_radboudumc: sarcomaRegistryRadboudumc,
  natars,
  tnt_extremity: tntExtremity,
  sbrt_extremity: sbrtExtremity,
  prosarc2,
}

/** The registry in display order (that of TRIAL_IDS: Dutch studies first, then those abroad). */
export const TRIALS: readonly Trial[] = TRIAL_IDS.map((id) => TRIALS_BY_ID[id])

export const isTrialId = (id: string): id is TrialId => Object.hasOwn(TRIALS_BY_ID, id)

export function getTrial(id: TrialId): Trial
export function getTrial(id: string): Trial | undefined
export function getTrial(id: string): Trial | undefined {
  return isTrialId(id) ? TRIALS_BY_ID[id] : undefined
}

// --- Recruitment ---------------------------------------------------------------------------------

export const CLOSED_REASONS = ['registry_status', 'before_start', 'after_end'] as const
export type ClosedReason = (typeof CLOSED_REASONS)[number]

export type RecruitmentState = { open: true } | { open: false; reason: ClosedReason }

const isClosedStatus = (status: RecruitmentStatus): boolean =>
  (CLOSED_STATUSES as readonly RecruitmentStatus[]).includes(status)

/**
 * The calendar day of `date` where the app runs, as YYYY-MM-DD. Local, not UTC: the window is read
 * as the clinician's calendar, so a consultation at 00:30 in Amsterdam on the end day still counts.
 * ISO day strings compare correctly as plain strings.
 */
function localIsoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('matchTrials: today is an invalid Date')
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Whether a trial recruits on `today`: not when the registry status is one of CLOSED_STATUSES,
 * nor before `start` or after `end` (both days inclusive). A missing date leaves that side open,
 * and status `unknown` counts as open, as the README's closed rule prescribes.
 */
export function recruitmentState(trial: Trial, today: Date): RecruitmentState {
  const day = localIsoDay(today)
  const { status, start, end } = trial.recruitment
  if (isClosedStatus(status)) return { open: false, reason: 'registry_status' }
  if (start !== null && day < start) return { open: false, reason: 'before_start' }
  if (end !== null && day > end) return { open: false, reason: 'after_end' }
  return { open: true }
}

// --- Matching -----------------------------------------------------------------------------------

export function evaluateCriterion(criterion: Criterion, input: PatientInput): CriterionResult {
  const truth = evaluate(criterion.rule, input)
  if (truth === 'unknown') return 'to_confirm'
  return truth ? 'met' : 'not_met'
}

/** One trial for one patient; matchTrials does this for every trial. */
export function matchTrial(trial: Trial, input: PatientInput, today: Date): TrialMatch {
  const criteria: CriterionMatch[] = trial.criteria.map((criterion) => ({
    id: criterion.id,
    result: evaluateCriterion(criterion, input),
  }))
  const results = criteria.map((c) => c.result)
  // Closed wins over everything, but the criteria are still evaluated: the panel shows them so
  // the clinician can see a near miss (e.g. a successor trial with the same criteria).
  const status = !recruitmentState(trial, today).open
    ? 'closed'
    : results.includes('not_met')
      ? 'not_eligible'
      : results.includes('to_confirm')
        ? 'to_confirm'
        : 'eligible'
  return { trialId: trial.id, status, criteria }
}

/**
 * Per trial, in display order: the status and each criterion met / not met / to confirm.
 * `input` is expected to be validated (src/model validate()); an absent optional field is unknown.
 * Throws a RangeError only for an invalid `today`, since no window can be checked against it.
 */
export function matchTrials(input: PatientInput, today: Date = new Date()): TrialMatch[] {
  return TRIALS.map((trial) => matchTrial(trial, input, today))
}

// --- What the panel needs to group and count -----------------------------------------------------

/**
 * What decides a criterion:
 * - `inputs`: its rule reads the app's fields only; filled-in fields settle it.
 * - `inputs_and_clinician`: its rule reads fields and has a `confirm` part; the fields can rule
 *   the patient out (or settle it, as in "not DDLPS, or MDM2 shown"), otherwise the clinician confirms.
 * - `clinician`: rule null or confirm only (consent, organ function, ASA ...); always to confirm.
 */
export const DECISION_BASES = ['inputs', 'inputs_and_clinician', 'clinician'] as const
export type DecisionBasis = (typeof DECISION_BASES)[number]

export function decisionBasis(criterion: Criterion): DecisionBasis {
  if (fieldsOf(criterion.rule).length === 0) return 'clinician'
  return confirmKeysOf(criterion.rule).length === 0 ? 'inputs' : 'inputs_and_clinician'
}

/** True when the app's inputs can decide the criterion (at least rule it in or out). */
export const isDecidableFromInputs = (criterion: Criterion): boolean =>
  decisionBasis(criterion) !== 'clinician'

/**
 * Categories grouped for the panel's "tumour criteria all met, 3 fitness/consent items to confirm":
 * - `case`: the patient, the tumour, earlier treatment and the treatment plan; what the consultation
 *   is about and what the inputs mostly decide.
 * - `fitness_consent`: fitness (organ function, ASA, allergies), consent and logistics, and `other`
 *   (e.g. SCOPES' unretrieved exclusions); checked by the clinician and the trial team at screening.
 * Performance status is a fitness item the inputs do decide, so this split is by subject, not by
 * who decides: use decisionBasis for the latter.
 */
export const CATEGORY_GROUPS = {
  case: ['patient', 'tumour', 'treatment_history', 'treatment_plan'],
  fitness_consent: ['fitness', 'consent_logistics', 'other'],
} as const satisfies Record<string, readonly CriterionCategory[]>
export type CategoryGroup = keyof typeof CATEGORY_GROUPS

export function categoryGroup(category: CriterionCategory): CategoryGroup {
  return (CATEGORY_GROUPS.case as readonly CriterionCategory[]).includes(category)
    ? 'case'
    : 'fitness_consent'
}

export type ResultCounts = Record<CriterionResult, number>

export type MatchSummary = {
  total: ResultCounts
  byGroup: Record<CategoryGroup, ResultCounts>
  byBasis: Record<DecisionBasis, ResultCounts>
}

const zeroCounts = (): ResultCounts =>
  Object.fromEntries(CRITERION_RESULTS.map((r) => [r, 0])) as ResultCounts

/** Counts of met / not met / to confirm, overall, per category group and per decision basis. */
export function summarizeMatch(match: TrialMatch): MatchSummary {
  const trial = getTrial(match.trialId)
  const summary: MatchSummary = {
    total: zeroCounts(),
    byGroup: { case: zeroCounts(), fitness_consent: zeroCounts() },
    byBasis: { inputs: zeroCounts(), inputs_and_clinician: zeroCounts(), clinician: zeroCounts() },
  }
  for (const { id, result } of match.criteria) {
    const criterion = trial.criteria.find((c) => c.id === id)
    if (criterion === undefined) continue
    summary.total[result] += 1
    summary.byGroup[categoryGroup(criterion.category)][result] += 1
    summary.byBasis[decisionBasis(criterion)][result] += 1
  }
  return summary
}

/** A criterion's data next to its result, for the panel to render without looking anything up. */
export type CriterionDetail = Criterion & {
  result: CriterionResult
  basis: DecisionBasis
  group: CategoryGroup
}

export function criterionDetails(match: TrialMatch): CriterionDetail[] {
  const trial = getTrial(match.trialId)
  return match.criteria.flatMap(({ id, result }) => {
    const criterion = trial.criteria.find((c) => c.id === id)
    if (criterion === undefined) return []
    return [
      {
        ...criterion,
        result,
        basis: decisionBasis(criterion),
        group: categoryGroup(criterion.category),
      },
    ]
  })
}
