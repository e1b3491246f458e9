// The engine's output types: the contract of ../shared/design/ARCHITECTURE.md.
// Probabilities are fractions in 0..1; percent is a display concern.

export const OPTION_IDS = [
  'surgery_alone',
  'preop_rt_conventional',
  'preop_rt_hypofractionated',
  'postop_rt',
  'neoadjuvant_chemo',
] as const
export type OptionId = (typeof OPTION_IDS)[number]

export const OUTCOME_IDS = [
  'overall_survival',
  'sarcoma_specific_survival',
  'disease_free_survival',
  'local_recurrence',
  'distant_metastasis',
] as const
export type OutcomeId = (typeof OUTCOME_IDS)[number]

/** Survival outcomes fall over time; the others are cumulative incidences and rise. */
export const SURVIVAL_OUTCOMES: readonly OutcomeId[] = [
  'overall_survival',
  'sarcoma_specific_survival',
  'disease_free_survival',
]

export type SourceId = string

export type CurvePoint = { years: number; value: number; lower?: number; upper?: number }
export type Curve = {
  points: CurvePoint[]
  /** Per horizon: the labelled assumption a derived point rests on (a code, never a sentence). */
  derived?: Record<number, string>
  /** Per horizon: the point is a display bound, not a value ('at_least' / 'below'). */
  bounds?: Record<number, 'at_least' | 'below'>
  /**
   * Per horizon: what lower..upper is (a code, i18n `band.<code>`): 'treatment_effect_ci' (the
   * ratio's 95% CI recomputed) or 'time_conversion_range' (the range of a derived horizon).
   */
  bands?: Record<number, string>
  /** Every source the curve's numbers rest on (keys of SOURCES). */
  sources?: SourceId[]
}
export type NotEstimable = { kind: 'not_estimable'; reason: string; sources?: SourceId[] }

export type Harm = {
  id: string
  rate: number | null
  lower?: number
  upper?: number
  numerator?: number
  denominator?: number
  window: string
  source: SourceId
  reason?: string
  /** Not a card default (harms.md "default" N): shown in the detail view only. */
  detail?: true
  /** Provenance tags of the rate (evidence README §2). */
  tags?: ('P' | 'S' | 'T' | 'I' | 'U')[]
  /** The secondary source a [S] rate was read in. */
  via?: SourceId
  /** Codes such as 'nearest_published_schedule' or 'regimen_proxy' (i18n `caveat.<code>`). */
  caveats?: string[]
}

export type ContextFigure = {
  outcome: OutcomeId
  years: number
  value: number
  lower?: number
  upper?: number
  population: string
  source: SourceId
  arm?: string
  /**
   * The trial's own end point where it differs from `outcome` (i18n `endpoint.<code>`). For an
   * event-free end point (local_control, local_recurrence_free_survival) `value` is the share
   * free of the event, not an incidence.
   */
  endpoint?: string
  numerator?: number
  denominator?: number
  /** Codes (i18n `caveat.<code>`), e.g. 'single_arm', 'adjuvant_not_neoadjuvant'. */
  caveats?: string[]
  /** The trial's other arm on the same end point (what this arm was compared with). */
  comparator?: { arm: string; value: number; lower?: number; upper?: number; numerator?: number; denominator?: number }
}

export type OptionEstimate = {
  id: OptionId
  outcomes: Record<OutcomeId, Curve | NotEstimable>
  harms: Harm[]
  context: ContextFigure[]
  sources: SourceId[]
  /** The option's schedule for this site (i18n `schedule.<code>` with `params`). */
  schedule?: { code: string; params: Record<string, number> }
}

/**
 * A warning code (i18n `warning.<code>`) with its interpolation params. `params.field` names the
 * PatientInput field it concerns, so the UI can show it beside that field. 'warn' goes next to the
 * estimates; 'info' belongs in a footnote or the About view (warnings.md §1).
 */
export type Warning = {
  code: string
  severity: 'warn' | 'info'
  params?: Record<string, string | number>
}

export type Prediction = {
  options: OptionEstimate[]
  warnings: Warning[]
}

export type Estimate =
  | {
      kind: 'value'
      value: number
      lower?: number
      upper?: number
      sources: SourceId[]
      derived?: string
      /** What lower..upper is (a code): see Curve.bands. Set whenever lower/upper are. */
      band?: string
      bound?: 'at_least' | 'below'
    }
  | { kind: 'not_estimable'; reason: string; sources?: SourceId[] }
