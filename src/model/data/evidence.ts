// Shared shapes of the engine's data files (evidence README §3, STYLE §3).
// Every number the engine uses is a `Sourced` record, so the About view can name its source,
// locator and provenance tag, and the data test can sweep every record in one walk.

/** Provenance tags of ../shared/evidence/README.md §2. */
export const TAGS = ['P', 'S', 'T', 'I', 'U'] as const
export type Tag = (typeof TAGS)[number]

export type Scale =
  | 'HR' // hazard ratio
  | 'SHR' // sub-distribution hazard ratio
  | 'points' // nomogram points
  | 'coef' // regression coefficient (log-hazard scale)
  | 'baseline' // baseline survival probability of a Cox stratum
  | 'ratio' // ratio of cumulative hazards or an exponent (derived horizons)
  | 'rate' // a proportion of patients (harms)
  | 'probability' // a survival or incidence proportion (context figures, display bounds)
  | 'knot' // spline knot (ln years)
  | 'limit' // an input range limit of a model (years, cm)

export type Sourced = {
  readonly value: number
  readonly lower?: number
  readonly upper?: number
  readonly scale: Scale
  /** Key of SOURCES (data/sources.ts). */
  readonly source: string
  /** Table, figure, page, file or registry id where the number is read. */
  readonly locator: string
  readonly tags: readonly Tag[]
  /** Secondary source the number was read in ([S]); a key of SOURCES. */
  readonly via?: string
  readonly note?: string
}

/** A gap is data, not a guess: the engine turns it into not_estimable with this reason. */
export type Missing = {
  readonly kind: 'missing'
  readonly reason: string
  /** The source that documents the gap (e.g. the running trial). */
  readonly source: string
  readonly locator: string
}
