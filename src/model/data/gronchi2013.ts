// Gronchi 2013 retroperitoneal nomograms (OS and DFS at 7 years): points tables, the fitted
// points-to-probability lines, axis limits and display bounds.
// Source: ../shared/evidence/rps-gronchi-2013.md; points [T] (third-party transcription of the
// published nomogram), fits and the 5-year factor [I] (project team).

import type { Grade, HistologyId } from '../input'
import type { Sourced, Tag } from './evidence'

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
export const OS_AGE_KNOTS: readonly { readonly ageYears: number; readonly points: Sourced }[] = [
  [10, 14], [20, 10.5], [30, 6.75], [40, 2.5], [50, 0], [60, 2.5],
  [65, 7], [70, 12], [75, 18], [80, 23.75], [85, 30], [90, 36],
].map(([ageYears, value]) => ({ ageYears: ageYears as number, points: points(value as number, `${T_OS}, age table`) }))

export type SizeSegment = {
  /** Lower bound exclusive (the first segment includes 0), upper bound inclusive. */
  readonly fromCm: number
  readonly toCm: number
  readonly start: Sourced
  readonly slopePerCm: Sourced
}

// The 18-20 cm start (48.75) is the evidence file's continuity fix [I] and the 20-30 cm slope
// (0.5) follows the code and every worked example: see the Discrepancy box of §4 (check V1).
const SIZE_SEGMENT_ROWS: readonly (readonly [number, number, number, number, readonly Tag[]])[] = [
  [0, 10, 0, 2.9, ['T']],
  [10, 12, 29, 3.0, ['T']],
  [12, 14, 35, 2.5, ['T']],
  [14, 16, 40, 2.25, ['T']],
  [16, 18, 44.5, 2.125, ['T']],
  [18, 20, 48.75, 0.875, ['I']],
  [20, 30, 50.5, 0.5, ['T']],
  [30, 80, 55, -0.125, ['T']],
]

export const OS_SIZE_SEGMENTS: readonly SizeSegment[] = SIZE_SEGMENT_ROWS.map(([fromCm, toCm, start, slope, tags]) => ({
  fromCm,
  toCm,
  start: points(start, `rps-gronchi-2013.md §4, size segment ${fromCm}-${toCm} cm`, tags),
  slopePerCm: points(slope, `rps-gronchi-2013.md §4, size segment ${fromCm}-${toCm} cm`, tags),
}))

export const OS_GRADE_POINTS: Readonly<Record<Grade, Sourced>> = {
  1: points(0, `${T_OS}, FNCLCC grade`),
  2: points(75, `${T_OS}, FNCLCC grade`),
  3: points(100, `${T_OS}, FNCLCC grade`),
}

export const OS_HISTOLOGY_POINTS: Readonly<Record<GronchiHistology, Sourced>> = {
  SFT: points(0, `${T_OS}, histology`),
  MPNST: points(5, `${T_OS}, histology`),
  DDLPS: points(7.5, `${T_OS}, histology`),
  LMS: points(20, `${T_OS}, histology`),
  other: points(21.75, `${T_OS}, histology`),
  UPS: points(25.5, `${T_OS}, histology`),
  WDLPS: points(41.75, `${T_OS}, histology`),
}

export const OS_MULTIFOCAL_POINTS: Sourced = points(26.75, `${T_OS}, multifocal`)
export const OS_INCOMPLETE_RESECTION_POINTS: Sourced = points(15, `${T_OS}, resection`)

/** DFS size points: piecewise-linear between knots, continuous (code and note agree). */
export const DFS_SIZE_KNOTS: readonly { readonly sizeCm: number; readonly points: Sourced }[] = [
  [0, 0], [10, 26.75], [12, 31], [14, 36.75], [16, 40], [18, 43], [20, 45.5], [30, 50], [80, 44.5],
].map(([sizeCm, value]) => ({ sizeCm: sizeCm as number, points: points(value as number, `${T_DFS}, size table`) }))

export const DFS_GRADE_POINTS: Readonly<Record<Grade, Sourced>> = {
  1: points(0, `${T_DFS}, FNCLCC grade`),
  2: points(62, `${T_DFS}, FNCLCC grade`),
  3: points(100, `${T_DFS}, FNCLCC grade`),
}

export const DFS_HISTOLOGY_POINTS: Readonly<Record<GronchiHistology, Sourced>> = {
  SFT: points(0, `${T_DFS}, histology`),
  MPNST: points(1, `${T_DFS}, histology`),
  DDLPS: points(27.5, `${T_DFS}, histology`),
  other: points(32.5, `${T_DFS}, histology`),
  LMS: points(40, `${T_DFS}, histology`),
  UPS: points(42.5, `${T_DFS}, histology`),
  WDLPS: points(50, `${T_DFS}, histology`),
}

export const DFS_MULTIFOCAL_POINTS: Sourced = points(47.5, `${T_DFS}, multifocal`)

function fit(value: number, locator: string): Sourced {
  return { value, scale: 'coef', source: 'gronchi2013_axis_fit', locator, tags: ['I'] }
}

/** Complementary log-log lines through the published axis ticks: S = exp(-exp(a + b * points)). */
export const OS7_FIT = {
  intercept: fit(-5.2123, 'rps-gronchi-2013.md §6, 7-y OS fit (13 ticks, max probability gap 0.021)'),
  slope: fit(0.03279, 'rps-gronchi-2013.md §6, 7-y OS fit'),
} as const
export const DFS7_FIT = {
  intercept: fit(-3.0056, 'rps-gronchi-2013.md §6, 7-y DFS fit (11 ticks, max probability gap 0.0053)'),
  slope: fit(0.02158, 'rps-gronchi-2013.md §6, 7-y DFS fit'),
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
  min: axis(19, 'rps-gronchi-2013.md §6, 7-y OS axis ticks (19 -> 0.99)'),
  max: axis(206, 'rps-gronchi-2013.md §6, 7-y OS axis ticks (206 -> 0.01)'),
} as const
export const DFS_AXIS = {
  min: axis(2, 'rps-gronchi-2013.md §6, 7-y DFS axis ticks (2 -> 0.95)'),
  max: axis(190, 'rps-gronchi-2013.md §6, 7-y DFS axis ticks (190 -> 0.05)'),
} as const

function bound(value: number, locator: string): Sourced {
  return { value, scale: 'probability', source: 'gronchi2013_axis_fit', locator, tags: ['I'] }
}

/** What is shown beyond an axis end: a bound, never an extrapolated number (§6). */
export const DISPLAY_BOUNDS = {
  os7: { atLeast: bound(0.99, 'rps-gronchi-2013.md §6 display table, 7-y OS'), below: bound(0.01, 'rps-gronchi-2013.md §6 display table, 7-y OS') },
  os5: { atLeast: bound(0.99, 'rps-gronchi-2013.md §6 display table, 5-y OS'), below: bound(0.09, 'rps-gronchi-2013.md §6 display table, 5-y OS (0.01^0.545 rounded up)') },
  dfs7: { atLeast: bound(0.95, 'rps-gronchi-2013.md §6 display table, 7-y DFS'), below: bound(0.05, 'rps-gronchi-2013.md §6 display table, 7-y DFS') },
} as const

/** Input axes of the nomogram; outside them the points are undefined (warnings.md §1). */
export const INPUT_AXES = {
  ageYears: { min: axis(10, 'rps-gronchi-2013.md §3, age axis 10-90', 'limit'), max: axis(90, 'rps-gronchi-2013.md §3, age axis 10-90', 'limit') },
  sizeCm: { min: axis(0, 'rps-gronchi-2013.md §3, size axis 0-80', 'limit'), max: axis(80, 'rps-gronchi-2013.md §3, size axis 0-80', 'limit') },
} as const

/** The published horizon of both nomograms, and the derived 5-year OS horizon. */
export const GRONCHI_HORIZON_YEARS = 7
export const GRONCHI_DERIVED_OS_HORIZON_YEARS = 5
