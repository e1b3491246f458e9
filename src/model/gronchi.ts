// Gronchi 2013 arithmetic: points per item and the fitted points-to-probability lines.
// Data and their sources: data/gronchi2013.ts (rps-gronchi-2013.md §4-6).

import type { Grade } from './input'
import type { Sourced } from './data/evidence'
import {
  DFS7_FIT,
  DFS_AXIS,
  DFS_GRADE_POINTS,
  DFS_HISTOLOGY_POINTS,
  DFS_MULTIFOCAL_POINTS,
  DFS_SIZE_KNOTS,
  INPUT_AXES,
  OS5_EXPONENT,
  OS7_FIT,
  OS_AGE_KNOTS,
  OS_AXIS,
  OS_GRADE_POINTS,
  OS_HISTOLOGY_POINTS,
  OS_INCOMPLETE_RESECTION_POINTS,
  OS_MULTIFOCAL_POINTS,
  OS_SIZE_SEGMENTS,
  type GronchiHistology,
} from './data/gronchi2013'

/** Linear interpolation between knots; the caller keeps x inside the knot range. */
function interpolate(knots: readonly (readonly [number, number])[], x: number): number {
  for (let i = 1; i < knots.length; i++) {
    const [x0, y0] = knots[i - 1] as readonly [number, number]
    const [x1, y1] = knots[i] as readonly [number, number]
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0)
  }
  return (knots[knots.length - 1] as readonly [number, number])[1]
}

const AGE_KNOTS = OS_AGE_KNOTS.map((k) => [k.ageYears, k.points.value] as const)
const DFS_KNOTS = DFS_SIZE_KNOTS.map((k) => [k.sizeCm, k.points.value] as const)

export function insideAxis(value: number, axis: { readonly min: Sourced; readonly max: Sourced }): boolean {
  return value >= axis.min.value && value <= axis.max.value
}

export const ageInsideAxis = (ageYears: number): boolean => insideAxis(ageYears, INPUT_AXES.ageYears)
export const sizeInsideAxis = (sizeCm: number): boolean => sizeCm > INPUT_AXES.sizeCm.min.value && sizeCm <= INPUT_AXES.sizeCm.max.value

/** OS age points; defined on the 10-90 axis only (the transcription's 0 outside it is a quirk). */
export function osAgePoints(ageYears: number): number {
  return interpolate(AGE_KNOTS, ageYears)
}

/** OS size points from the segment table (lower bound exclusive, upper inclusive). */
export function osSizePoints(sizeCm: number): number {
  const segment = OS_SIZE_SEGMENTS.find((s) => sizeCm <= s.toCm) ?? OS_SIZE_SEGMENTS[OS_SIZE_SEGMENTS.length - 1]
  if (!segment) return Number.NaN
  return segment.start.value + segment.slopePerCm.value * (sizeCm - segment.fromCm)
}

export function dfsSizePoints(sizeCm: number): number {
  return interpolate(DFS_KNOTS, sizeCm)
}

export type GronchiItems = {
  ageYears: number
  sizeCm: number
  grade: Grade
  histology: GronchiHistology
  multifocal: boolean
  incomplete: boolean
}

export function osPoints(x: GronchiItems): number {
  return (
    osAgePoints(x.ageYears) +
    osSizePoints(x.sizeCm) +
    OS_GRADE_POINTS[x.grade].value +
    OS_HISTOLOGY_POINTS[x.histology].value +
    (x.multifocal ? OS_MULTIFOCAL_POINTS.value : 0) +
    (x.incomplete ? OS_INCOMPLETE_RESECTION_POINTS.value : 0)
  )
}

export function dfsPoints(x: Omit<GronchiItems, 'ageYears' | 'incomplete'>): number {
  return (
    dfsSizePoints(x.sizeCm) +
    DFS_GRADE_POINTS[x.grade].value +
    DFS_HISTOLOGY_POINTS[x.histology].value +
    (x.multifocal ? DFS_MULTIFOCAL_POINTS.value : 0)
  )
}

const cloglog = (fit: { intercept: Sourced; slope: Sourced }, points: number): number =>
  Math.exp(-Math.exp(fit.intercept.value + fit.slope.value * points))

/** Where total points fall relative to an axis: the fitted value is used only inside it. */
export type AxisPosition = 'inside' | 'below_axis' | 'above_axis'

function position(points: number, axis: { readonly min: Sourced; readonly max: Sourced }): AxisPosition {
  if (points < axis.min.value) return 'below_axis'
  if (points > axis.max.value) return 'above_axis'
  return 'inside'
}

export const osAxisPosition = (points: number): AxisPosition => position(points, OS_AXIS)
export const dfsAxisPosition = (points: number): AxisPosition => position(points, DFS_AXIS)

export const os7FromPoints = (points: number): number => cloglog(OS7_FIT, points)
export const dfs7FromPoints = (points: number): number => cloglog(DFS7_FIT, points)
/** Derived 5-year OS [I]: S5 = S7 ^ 0.545. */
export const os5FromOs7 = (os7: number): number => os7 ** OS5_EXPONENT.value
