// The 10 worked examples of ../shared/evidence/rps-gronchi-2013.md §9 (synthetic inputs). They check
// that the engine reproduces the transcription [T] and the fitted axes [I], not that the
// transcription equals the journal figure (verification item V1).
import type { PatientInput } from '@/model'

export const GRONCHI_SOURCE = 'rps-gronchi-2013.md §9, worked examples'
/** §9: points +/- 0.01; probabilities +/- 0.005 (fit). */
export const GRONCHI_TOLERANCE = { points: 0.01, probability: 0.005 } as const

export type GronchiCase = {
  id: number
  locator: string
  input: PatientInput
  agePoints: number
  sizePoints: number
  osPoints: number
  /** 7-y OS from the fitted line; 'below' = beyond the axis, shown as "< 1%". */
  os7: number | 'below'
  /** 5-y OS = fit^0.545 [I]; 'below' = shown as "< 9%". */
  os5: number | 'below'
  dfsPoints: number
  /** null: DFS only after a complete resection. */
  dfs7: number | null
}

const rps = (age: number, sizeCm: number, grade: 1 | 2 | 3, histology: PatientInput['histology'], multifocal: boolean, complete: boolean): PatientInput => ({
  age,
  sizeCm,
  depth: 'deep',
  histology,
  grade,
  site: 'retroperitoneum',
  multifocal,
  expectedMargin: complete ? 'R0' : 'R2',
})

const row = (id: number) => `${GRONCHI_SOURCE}, row ${id}`

export const GRONCHI_CASES: readonly GronchiCase[] = [
  { id: 1, locator: row(1), input: rps(60, 15, 2, 'dedifferentiated_liposarcoma', false, true), agePoints: 2.5, sizePoints: 42.25, osPoints: 127.25, os7: 0.702, os5: 0.825, dfsPoints: 127.88, dfs7: 0.458 },
  { id: 2, locator: row(2), input: rps(60, 15, 3, 'dedifferentiated_liposarcoma', false, true), agePoints: 2.5, sizePoints: 42.25, osPoints: 152.25, os7: 0.448, os5: 0.646, dfsPoints: 165.88, dfs7: 0.169 },
  { id: 3, locator: row(3), input: rps(55, 25, 1, 'well_differentiated_liposarcoma', false, true), agePoints: 1.25, sizePoints: 53.0, osPoints: 96.0, os7: 0.881, os5: 0.933, dfsPoints: 97.75, dfs7: 0.665 },
  { id: 4, locator: row(4), input: rps(70, 10, 3, 'leiomyosarcoma', false, true), agePoints: 12.0, sizePoints: 29.0, osPoints: 161.0, os7: 0.343, os5: 0.558, dfsPoints: 166.75, dfs7: 0.164 },
  { id: 5, locator: row(5), input: rps(45, 8, 2, 'leiomyosarcoma', false, true), agePoints: 1.25, sizePoints: 23.2, osPoints: 119.45, os7: 0.761, os5: 0.861, dfsPoints: 123.4, dfs7: 0.492 },
  { id: 6, locator: row(6), input: rps(65, 20, 2, 'dedifferentiated_liposarcoma', true, true), agePoints: 7.0, sizePoints: 50.5, osPoints: 166.75, os7: 0.275, os5: 0.495, dfsPoints: 182.5, dfs7: 0.079 },
  { id: 7, locator: row(7), input: rps(50, 12, 3, 'undifferentiated_pleomorphic_sarcoma', false, false), agePoints: 0, sizePoints: 35.0, osPoints: 175.5, os7: 0.179, os5: 0.392, dfsPoints: 173.5, dfs7: null },
  { id: 8, locator: row(8), input: rps(40, 6, 1, 'solitary_fibrous_tumour', false, true), agePoints: 2.5, sizePoints: 17.4, osPoints: 19.9, os7: 0.99, os5: 0.994, dfsPoints: 16.05, dfs7: 0.932 },
  { id: 9, locator: row(9), input: rps(75, 30, 3, 'dedifferentiated_liposarcoma', true, false), agePoints: 18.0, sizePoints: 55.5, osPoints: 222.75, os7: 'below', os5: 'below', dfsPoints: 225.0, dfs7: null },
  { id: 10, locator: row(10), input: rps(35, 18, 2, 'mpnst', false, true), agePoints: 4.62, sizePoints: 48.75, osPoints: 133.38, os7: 0.649, os5: 0.79, dfsPoints: 106.0, dfs7: 0.614 },
]
