// The public face of the risk engine (ARCHITECTURE.md: validate, predict, estimate and the types
// are a contract). Pure TypeScript: no React, i18n or DOM, so it runs in Node, tests and scripts.

export {
  DEPTH_IDS,
  FIELD_ERROR_CODES,
  GRADES,
  HISTOLOGY_IDS,
  INPUT_LIMITS,
  LIMB_IDS,
  MARGIN_IDS,
  PERFORMANCE_STATUSES,
  POPULATION_IDS,
  SEX_IDS,
  SITE_IDS,
  TRIAL_FIELD_IDS,
  validate,
} from './input'
export type {
  DepthId,
  FieldError,
  FieldErrorCode,
  Grade,
  HistologyId,
  LimbId,
  MarginId,
  PatientInput,
  PerformanceStatus,
  PopulationId,
  SexId,
  SiteId,
  ValidationResult,
} from './input'
export { OPTION_IDS, OUTCOME_IDS, SURVIVAL_OUTCOMES } from './types'
export type {
  ContextFigure,
  Curve,
  CurvePoint,
  Estimate,
  Harm,
  NotEstimable,
  OptionEstimate,
  OptionId,
  OutcomeId,
  Prediction,
  SourceId,
  Warning,
} from './types'
export { predict } from './engine'
export { MODEL_ERROR_CODES, MODEL_FORMAT, MAX_MODEL_FILE_CHARS, parseModelFile } from './modelFile'
export type { ModelErrorCode, ModelFile, ModelFileError, ParseResult } from './modelFile'
export { BUILTIN_MODELS } from './builtins'
export { expectedSurvival } from './expectedSurvival'
export { estimate, supportedHorizons } from './estimate'
export { optionsFor } from './options'
export { SOURCES, SOURCE_LIST, isSourceId } from './data/sources'
export type { CIndex, Cohort, SourceKind, SourceRecord } from './data/sources'
export { TAGS } from './data/evidence'
export type { Tag } from './data/evidence'
export { MODEL_VERSION } from './version'
