// Shape of group-level context figures: trial or cohort results shown beside an option, never
// as the patient's estimate (ARCHITECTURE.md ContextFigure).

import type { OutcomeId } from '../types'
import type { Sourced } from './evidence'

export type ContextRecord = {
  readonly outcome: OutcomeId
  readonly years: number
  /** The published figure; lower/upper are its published CI where recorded. */
  readonly evidence: Sourced
  /** Translated under `population.<code>`. */
  readonly population: string
  /** Translated under `arm.<code>`. */
  readonly arm: string
  /**
   * The trial's own end point when it is not exactly `outcome` (translated under `endpoint.<code>`).
   * For an "event-free" end point (local control, LRFS) the value is the share WITHOUT the event.
   */
  readonly endpoint?: string
  readonly numerator?: number
  readonly denominator?: number
  readonly caveats?: readonly string[]
  /**
   * The other arm of the same trial and end point (the comparison the trial made), shown beside
   * this arm's result. Absent for a single-arm study or a cohort average.
   */
  readonly comparator?: ContextComparator
}

export type ContextComparator = {
  /** Translated under `arm.<code>`. */
  readonly arm: string
  readonly evidence: Sourced
  readonly numerator?: number
  readonly denominator?: number
}

/** Event-free end points: the value is a proportion free of the event, not an incidence. */
export const EVENT_FREE_ENDPOINTS: readonly string[] = ['local_control', 'local_recurrence_free_survival']
