// The form as the user typed it: raw text and choices, '' meaning "not given" (unknown).
// Parsing and validation happen on the way to the engine, never in the store, so nothing
// derived can go stale.
import { asksDepth, type PatientInput } from '@/model/vocabulary'

export const YES_NO = ['yes', 'no'] as const
export type YesNo = (typeof YES_NO)[number]

export type Fields = {
  site: string
  age: string
  sizeCm: string
  depth: string
  histology: string
  grade: string
  limb: string
  expectedMargin: string
  multifocal: string
  performanceStatus: string
  metastatic: string
  resectable: string
  recurrent: string
  priorRadiotherapy: string
  priorChemotherapy: string
  sex: string
  population: string
}
export type FieldId = keyof Fields & keyof PatientInput

export const FIELD_IDS = [
  'site',
  'age',
  'sizeCm',
  'depth',
  'histology',
  'grade',
  'limb',
  'expectedMargin',
  'multifocal',
  'performanceStatus',
  'metastatic',
  'resectable',
  'recurrent',
  'priorRadiotherapy',
  'priorChemotherapy',
  'sex',
  'population',
] as const satisfies readonly FieldId[]

/** Without these the engine has nothing to compute from (depth only where the site does not imply it). */
export const REQUIRED_FIELDS = ['site', 'age', 'sizeCm', 'depth', 'histology', 'grade'] as const satisfies readonly FieldId[]

/** The required fields still empty, in form order; depth is not asked where the site implies it. */
export const missingFields = (fields: Fields): FieldId[] =>
  REQUIRED_FIELDS.filter((field) => fields[field].trim() === '' && (field !== 'depth' || asksDepth(fields.site)))

export const BOOLEAN_FIELDS = ['multifocal', 'metastatic', 'resectable', 'recurrent', 'priorRadiotherapy', 'priorChemotherapy'] as const satisfies readonly FieldId[]

export const EMPTY_FIELDS: Fields = {
  site: '',
  age: '',
  sizeCm: '',
  depth: '',
  histology: '',
  grade: '',
  limb: '',
  expectedMargin: '',
  multifocal: '',
  performanceStatus: '',
  metastatic: '',
  resectable: '',
  recurrent: '',
  priorRadiotherapy: '',
  priorChemotherapy: '',
  sex: '',
  population: '',
}
