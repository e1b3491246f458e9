// Gronchi 2013 retroperitoneal nomograms (OS and DFS at 7 years): points tables, the fitted
// points-to-probability lines, axis limits and display bounds.
// Source: ../shared/evidence/rps-gronchi-2013.md; points [T] (third-party transcription of the
// published nomogram), fits and the 5-year factor [I] (project team).
// The numbers of the nomograms live in the model files src/model/models/gronchi2013_{os,dfs}.json
// (the engine evaluates those); this module gives each one its source, locator and tags, and
// holds what is not part of a model file: the histology mapping and the 5-year derivation.

import type { Grade, HistologyId } from '../input'
import { HISTOLOGY_IDS } from '../vocabulary'
import { GRONCHI2013_DFS, GRONCHI2013_OS, builtInTerm } from '../builtins'
import type { ModelFile } from '../modelSchema'
import type { Sourced, Tag } from './evidence'

type LevelsTerm = { readonly levels: Readonly<Record<string, number>> }
type PiecewiseTerm = { readonly points: readonly (readonly [number, number])[] }
const OS_AGE: PiecewiseTerm = builtInTerm(GRONCHI2013_OS, 'age', 'piecewise')
const OS_SIZE: PiecewiseTerm = builtInTerm(GRONCHI2013_OS, 'sizeCm', 'piecewise')
const DFS_SIZE: PiecewiseTerm = builtInTerm(GRONCHI2013_DFS, 'sizeCm', 'piecewise')
const ends = (t: PiecewiseTerm): readonly [number, number] => [(t.points[0] as readonly [number, number])[0], (t.points[t.points.length - 1] as readonly [number, number])[0]]

const T_OS = 'conan-koh123/Sarcoma-Nomogram app.R, OS points; rps-gronchi-2013.md §4'
const T_DFS = 'conan-koh123/Sarcoma-Nomogram app.R, DFS points; rps-gronchi-2013.md §5'

function points(value: number, locator: string, tags: readonly Tag[] = ['T']): Sourced {
  return { value, scale: 'points', source: 'gronchi2013_transcription', locator, tags }
}

export const GRONCHI_HISTOLOGIES = ['SFT', 'MPNST', 'DDLPS', 'LMS', 'UPS', 'WDLPS', 'other'] as const
export type GronchiHistology = (typeof GRONCHI_HISTOLOGIES)[number]

/** App histology -> Gronchi category (warnings.md §3; [I] except where the names coincide). */
export const GRONCHI_HISTOLOGY_MAP: Readonly<Record<HistologyId, GronchiHistology>> = {
  well_differentiated_liposarcoma: 'WDLPS',
  dedifferentiated_liposarcoma: 'DDLPS',
  myxoid_liposarcoma: 'other',
  pleomorphic_liposarcoma: 'other',
  leiomyosarcoma: 'LMS',
  undifferentiated_pleomorphic_sarcoma: 'UPS',
  myxofibrosarcoma: 'other',
  synovial_sarcoma: 'other',
  mpnst: 'MPNST',
  solitary_fibrous_tumour: 'SFT',
  angiosarcoma: 'other',
  epithelioid_sarcoma: 'other',
  clear_cell_sarcoma: 'other',
  alveolar_soft_part_sarcoma: 'other',
  fibrosarcoma: 'other',
  pleomorphic_rhabdomyosarcoma: 'other',
  // Scored as "other" with an extra warning: whether the cohort held GIST is not recorded.
  gist: 'other',
  other: 'other',
}

/** OS age points: piecewise-linear between knots, U-shaped with 0 points at 50 years. */
export const OS_AGE_KNOTS: readonly { readonly ageYears: number; readonly points: Sourced }[] = OS_AGE.points.map(([ageYears, value]) => ({
  ageYears,
  points: points(value, `${T_OS}, age table`),
}))

export type SizeSegment = {
  /** Lower bound exclusive (the first segment includes 0), upper bound inclusive. */
  readonly fromCm: number
  readonly toCm: number
  readonly start: Sourced
  readonly slopePerCm: Sourced
}

// The 18-20 cm start (48.75) is the evidence file's continuity fix [I] and the 20-30 cm slope
// (0.5) follows the code and every worked example: see the Discrepancy box of §4 (check V1).
// The model file holds the segment ends; the step at 30 cm (55.5 -> 55) is a repeated x.
const SEGMENT_TAGS: Readonly<Record<string, readonly Tag[]>> = { '18-20': ['I'] }

export const OS_SIZE_SEGMENTS: readonly SizeSegment[] = OS_SIZE.points.flatMap(([fromCm, start], i) => {
  const next = OS_SIZE.points[i + 1]
  if (!next || next[0] === fromCm) return []
  const [toCm, end] = next
  const locator = `rps-gronchi-2013.md §4, size segment ${fromCm}-${toCm} cm`
  const tags = SEGMENT_TAGS[`${fromCm}-${toCm}`] ?? ['T']
  return [{ fromCm, toCm, start: points(start, locator, tags), slopePerCm: points((end - start) / (toCm - fromCm), locator, tags) }]
})

const levelPoints = <K extends string>(term: LevelsTerm, keys: readonly K[], locator: string): Readonly<Record<K, Sourced>> =>
  Object.fromEntries(keys.map((k) => [k, points(term.levels[k] as number, locator)])) as Record<K, Sourced>

/** A Gronchi category's points: the value of an app histology mapped to it (all agree). */
const histologyPoints = (term: LevelsTerm, locator: string): Readonly<Record<GronchiHistology, Sourced>> =>
  Object.fromEntries(
    GRONCHI_HISTOLOGIES.map((cat) => {
      const id = HISTOLOGY_IDS.find((h) => GRONCHI_HISTOLOGY_MAP[h] === cat) as HistologyId
      return [cat, points(term.levels[id] as number, locator)]
    }),
  ) as Record<GronchiHistology, Sourced>

export const OS_GRADE_POINTS: Readonly<Record<Grade, Sourced>> = levelPoints(builtInTerm(GRONCHI2013_OS, 'grade', 'levels'), ['1', '2', '3'], `${T_OS}, FNCLCC grade`) as unknown as Record<Grade, Sourced>

export const OS_HISTOLOGY_POINTS: Readonly<Record<GronchiHistology, Sourced>> = histologyPoints(builtInTerm(GRONCHI2013_OS, 'histology', 'levels'), `${T_OS}, histology`)

export const OS_MULTIFOCAL_POINTS: Sourced = points(builtInTerm(GRONCHI2013_OS, 'multifocal', 'levels').levels.true as number, `${T_OS}, multifocal`)
export const OS_INCOMPLETE_RESECTION_POINTS: Sourced = points(builtInTerm(GRONCHI2013_OS, 'expectedMargin', 'levels').levels.R2 as number, `${T_OS}, resection`)

/** DFS size points: piecewise-linear between knots, continuous (code and note agree). */
export const DFS_SIZE_KNOTS: readonly { readonly sizeCm: number; readonly points: Sourced }[] = DFS_SIZE.points.map(([sizeCm, value]) => ({
  sizeCm,
  points: points(value, `${T_DFS}, size table`),
}))

export const DFS_GRADE_POINTS: Readonly<Record<Grade, Sourced>> = levelPoints(builtInTerm(GRONCHI2013_DFS, 'grade', 'levels'), ['1', '2', '3'], `${T_DFS}, FNCLCC grade`) as unknown as Record<Grade, Sourced>

export const DFS_HISTOLOGY_POINTS: Readonly<Record<GronchiHistology, Sourced>> = histologyPoints(builtInTerm(GRONCHI2013_DFS, 'histology', 'levels'), `${T_DFS}, histology`)

export const DFS_MULTIFOCAL_POINTS: Sourced = points(builtInTerm(GRONCHI2013_DFS, 'multifocal', 'levels').levels.true as number, `${T_DFS}, multifocal`)

function fit(value: number, locator: string): Sourced {
  return { value, scale: 'coef', source: 'gronchi2013_axis_fit', locator, tags: ['I'] }
}

/** The fitted 7-year line of a points model file (both Gronchi files hold one). */
function fitOf(m: ModelFile) {
  const f = m.pointsToProbability?.[0]?.fit
  if (!f) throw new Error(`${m.id}: no fitted axis`)
  return f
}
const OS_FIT = fitOf(GRONCHI2013_OS)
const DFS_FIT = fitOf(GRONCHI2013_DFS)

/** Complementary log-log lines through the published axis ticks: S = exp(-exp(a + b * points)). */
export const OS7_FIT = {
  intercept: fit(OS_FIT.intercept, 'rps-gronchi-2013.md §6, 7-y OS fit (13 ticks, max probability gap 0.021)'),
  slope: fit(OS_FIT.slope, 'rps-gronchi-2013.md §6, 7-y OS fit'),
} as const
export const DFS7_FIT = {
  intercept: fit(DFS_FIT.intercept, 'rps-gronchi-2013.md §6, 7-y DFS fit (11 ticks, max probability gap 0.0053)'),
  slope: fit(DFS_FIT.slope, 'rps-gronchi-2013.md §6, 7-y DFS fit'),
} as const

/** S5 = S7 ^ 0.545: derived from third-party app outputs; "derived, to be confirmed" (V2). */
export const OS5_EXPONENT: Sourced = {
  value: 0.545,
  scale: 'ratio',
  source: 'gronchi2013_5y_factor',
  locator: 'rps-gronchi-2013.md §6, 5-y OS row',
  tags: ['I', 'T'],
}

function axis(value: number, locator: string, scale: 'points' | 'limit' = 'points'): Sourced {
  return { value, scale, source: 'gronchi2013_transcription', locator, tags: ['T'] }
}

/** Total-points range of each probability axis; the ends belong to the axis (Discrepancy §6). */
export const OS_AXIS = {
  min: axis(OS_FIT.axis.min, 'rps-gronchi-2013.md §6, 7-y OS axis ticks (19 -> 0.99)'),
  max: axis(OS_FIT.axis.max, 'rps-gronchi-2013.md §6, 7-y OS axis ticks (206 -> 0.01)'),
} as const
export const DFS_AXIS = {
  min: axis(DFS_FIT.axis.min, 'rps-gronchi-2013.md §6, 7-y DFS axis ticks (2 -> 0.95)'),
  max: axis(DFS_FIT.axis.max, 'rps-gronchi-2013.md §6, 7-y DFS axis ticks (190 -> 0.05)'),
} as const

function bound(value: number, locator: string): Sourced {
  return { value, scale: 'probability', source: 'gronchi2013_axis_fit', locator, tags: ['I'] }
}

/** What is shown beyond an axis end: a bound, never an extrapolated number (§6). */
export const DISPLAY_BOUNDS = {
  os7: { atLeast: bound(OS_FIT.atLeast, 'rps-gronchi-2013.md §6 display table, 7-y OS'), below: bound(OS_FIT.below, 'rps-gronchi-2013.md §6 display table, 7-y OS') },
  os5: { atLeast: bound(0.99, 'rps-gronchi-2013.md §6 display table, 5-y OS'), below: bound(0.09, 'rps-gronchi-2013.md §6 display table, 5-y OS (0.01^0.545 rounded up)') },
  dfs7: { atLeast: bound(DFS_FIT.atLeast, 'rps-gronchi-2013.md §6 display table, 7-y DFS'), below: bound(DFS_FIT.below, 'rps-gronchi-2013.md §6 display table, 7-y DFS') },
} as const

/** Input axes of the nomogram; outside them the points are undefined (warnings.md §1). */
export const INPUT_AXES = {
  ageYears: { min: axis(ends(OS_AGE)[0], 'rps-gronchi-2013.md §3, age axis 10-90', 'limit'), max: axis(ends(OS_AGE)[1], 'rps-gronchi-2013.md §3, age axis 10-90', 'limit') },
  sizeCm: { min: axis(ends(OS_SIZE)[0], 'rps-gronchi-2013.md §3, size axis 0-80', 'limit'), max: axis(ends(OS_SIZE)[1], 'rps-gronchi-2013.md §3, size axis 0-80', 'limit') },
} as const

/** The published horizon of both nomograms, and the derived 5-year OS horizon. */
export const GRONCHI_HORIZON_YEARS = GRONCHI2013_OS.pointsToProbability?.[0]?.years ?? 7
export const GRONCHI_DERIVED_OS_HORIZON_YEARS = 5
