// Shape of group-level context figures: trial or cohort results shown beside an option, never
// as the patient's estimate (ARCHITECTURE.md ContextFigure).

import type { OutcomeId } from '../types'
import type { Sourced, Tag } from './evidence'

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
export const EVENT_FREE_ENDPOINTS: readonly string[] = ['local_control', 'local_recurrence_free_survival', 'abdominal_recurrence_free_survival', 'metastasis_free_survival']

// ---------- Builders shared by the trial data files ----------

type Row = {
  outcome: OutcomeId
  years: number
  value: number
  lower?: number
  upper?: number
  source: string
  via?: string
  tags: readonly Tag[]
  locator: string
  population: string
  arm: string
  endpoint?: string
  numerator?: number
  denominator?: number
  caveats?: readonly string[]
}

/** One arm of a trial on one end point: its result, where it is read, and its own tags. */
type Arm = Pick<Row, 'arm' | 'value' | 'lower' | 'upper' | 'numerator' | 'denominator' | 'locator'> & { tags?: readonly Tag[] }

function sourced(r: Pick<Row, 'value' | 'lower' | 'upper' | 'source' | 'via' | 'locator' | 'tags'>): Sourced {
  return {
    value: r.value,
    ...(r.lower !== undefined ? { lower: r.lower } : {}),
    ...(r.upper !== undefined ? { upper: r.upper } : {}),
    scale: 'probability',
    source: r.source,
    locator: r.locator,
    tags: r.tags,
    ...(r.via ? { via: r.via } : {}),
  }
}

const counts = (r: { numerator?: number; denominator?: number }) =>
  r.numerator !== undefined && r.denominator !== undefined ? { numerator: r.numerator, denominator: r.denominator } : {}

export function record(r: Row, comparator?: ContextComparator): ContextRecord {
  return {
    outcome: r.outcome,
    years: r.years,
    evidence: sourced(r),
    population: r.population,
    arm: r.arm,
    ...(r.endpoint ? { endpoint: r.endpoint } : {}),
    ...counts(r),
    ...(r.caveats ? { caveats: r.caveats } : {}),
    ...(comparator ? { comparator } : {}),
  }
}

type Trial = Omit<Row, keyof Arm> & { tags: readonly Tag[] }

/**
 * A randomised comparison: one record per arm, each carrying the other arm as its comparator,
 * so a column shows the option's arm with the arm it was compared with beside it.
 */
export function comparison(trial: Trial, a: Arm, b: Arm): readonly [ContextRecord, ContextRecord] {
  const row = (arm: Arm): Row => ({ ...trial, ...arm, tags: arm.tags ?? trial.tags })
  const other = (arm: Arm): ContextComparator => ({ arm: arm.arm, evidence: sourced(row(arm)), ...counts(arm) })
  return [record(row(a), other(b)), record(row(b), other(a))]
}
