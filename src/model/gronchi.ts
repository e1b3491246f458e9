// Gronchi 2013 item points, read from the built-in model files through the generic evaluator
// (modelEval.ts). The engine evaluates the files directly; these views name the nomograms' items
// for the warnings (input axes) and the transcription checks (points per item, rps-gronchi-2013.md §9).
// Not a model: the derived 5-year OS factor (rps-gronchi-2013.md §6 [I]) lives here as typed code.

import type { Grade, HistologyId, PatientInput } from './input'
import { HISTOLOGY_IDS } from './vocabulary'
import type { Sourced } from './data/evidence'
import { GRONCHI_HISTOLOGY_MAP, INPUT_AXES, OS5_EXPONENT, type GronchiHistology } from './data/gronchi2013'
import { GRONCHI2013_DFS, GRONCHI2013_OS, builtInTerm } from './builtins'
import type { ModelFile } from './modelSchema'
import { interpolate, termValue } from './modelEval'

export function insideAxis(value: number, axis: { readonly min: Sourced; readonly max: Sourced }): boolean {
  return value >= axis.min.value && value <= axis.max.value
}

export const ageInsideAxis = (ageYears: number): boolean => insideAxis(ageYears, INPUT_AXES.ageYears)
export const sizeInsideAxis = (sizeCm: number): boolean => sizeCm > INPUT_AXES.sizeCm.min.value && sizeCm <= INPUT_AXES.sizeCm.max.value

const OS_AGE = builtInTerm(GRONCHI2013_OS, 'age', 'piecewise')
const OS_SIZE = builtInTerm(GRONCHI2013_OS, 'sizeCm', 'piecewise')
const DFS_SIZE = builtInTerm(GRONCHI2013_DFS, 'sizeCm', 'piecewise')

/** OS age points; defined on the 10-90 axis only (the transcription's 0 outside it is a quirk). */
export const osAgePoints = (ageYears: number): number => interpolate(OS_AGE.points, ageYears)
/** OS size points (segment lower bound exclusive, upper inclusive; a step at 30 cm). */
export const osSizePoints = (sizeCm: number): number => interpolate(OS_SIZE.points, sizeCm)
export const dfsSizePoints = (sizeCm: number): number => interpolate(DFS_SIZE.points, sizeCm)

export type GronchiItems = {
  ageYears: number
  sizeCm: number
  grade: Grade
  histology: GronchiHistology
  multifocal: boolean
  incomplete: boolean
}

/** An app histology that maps to a Gronchi category (every category has one). */
const REPRESENTATIVE = Object.fromEntries(
  [...HISTOLOGY_IDS].reverse().map((h) => [GRONCHI_HISTOLOGY_MAP[h], h]),
) as Record<GronchiHistology, HistologyId>

/** Total points of a nomogram file for these items; numeric items read on the axis (end values beyond). */
function totalPoints(m: ModelFile, x: Omit<GronchiItems, 'ageYears' | 'incomplete'> & { ageYears?: number; incomplete?: boolean }): number {
  const input: PatientInput = {
    age: x.ageYears ?? 50,
    sizeCm: x.sizeCm,
    grade: x.grade,
    histology: REPRESENTATIVE[x.histology],
    depth: 'deep',
    site: 'retroperitoneum',
    multifocal: x.multifocal,
    expectedMargin: x.incomplete ? 'R2' : 'R0',
  }
  let sum = 0
  for (const term of m.terms) {
    if (term.type === 'piecewise') sum += interpolate(term.points, input[term.input as 'age' | 'sizeCm'])
    else {
      const t = termValue(term, input, 'surgery_alone')
      sum += t.ok ? t.value : Number.NaN
    }
  }
  return sum
}

export const osPoints = (x: GronchiItems): number => totalPoints(GRONCHI2013_OS, x)
export const dfsPoints = (x: Omit<GronchiItems, 'ageYears' | 'incomplete'>): number => totalPoints(GRONCHI2013_DFS, x)

/** Derived 5-year OS [I]: S5 = S7 ^ 0.545. */
export const os5FromOs7 = (os7: number): number => os7 ** OS5_EXPONENT.value
