// The public face of the trial registry and matcher (ARCHITECTURE.md: matchTrials is a contract).
// Pure TypeScript: no React, i18n or DOM, so it runs in Node, tests and scripts alike.

export {
  CATEGORY_GROUPS,
  CLOSED_REASONS,
  DECISION_BASES,
  TRIALS,
  categoryGroup,
  criterionDetails,
  decisionBasis,
  evaluateCriterion,
  getTrial,
  isDecidableFromInputs,
  isTrialId,
  matchTrial,
  matchTrials,
  recruitmentState,
  summarizeMatch,
} from './match'
export type {
  CategoryGroup,
  ClosedReason,
  CriterionDetail,
  DecisionBasis,
  MatchSummary,
  RecruitmentState,
  ResultCounts,
} from './match'
export { couldJoin, registryIdOf, trialName } from './names'
export { CONFIRM_KEYS, evaluate, fieldsOf } from './rules'
export { FINAL_STATUSES, STALE_AFTER_MONTHS, compiledDates, isStatusStale, monthsBefore, parseStatusDate, statusFreshness } from './statusDate'
export type { StatusDate, StatusFreshness } from './statusDate'
export type { ConfirmKey, Leaf, Op, Rule, RuleField, Truth } from './rules'
export {
  CLOSED_STATUSES,
  COUNTRY_IDS,
  CRITERION_CATEGORIES,
  CRITERION_KINDS,
  CRITERION_RESULTS,
  MATCH_STATUSES,
  PHASES,
  RECRUITMENT_STATUSES,
  STUDY_TYPES,
  TRIAL_IDS,
} from './types'
export type {
  Arm,
  Contact,
  CountryId,
  Criterion,
  CriterionCategory,
  CriterionKind,
  CriterionMatch,
  CriterionResult,
  IsoDate,
  LocalizedText,
  MatchStatus,
  Phase,
  RecruitmentStatus,
  Recruitment,
  RegistryDates,
  RegistryIds,
  RelatedTrial,
  StudyType,
  Trial,
  TrialId,
  TrialMatch,
  TrialResults,
} from './types'
