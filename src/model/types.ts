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
}

export type OptionEstimate = {
  id: OptionId
  outcomes: Record<OutcomeId, Curve | NotEstimable>
  harms: Harm[]
  context: ContextFigure[]
  sources: SourceId[]
}

export type Warning = { code: string; params?: Record<string, string | number> }

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
      bound?: 'at_least' | 'below'
    }
  | { kind: 'not_estimable'; reason: string }
