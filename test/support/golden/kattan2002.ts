// The 8 worked examples K1-K8 of ../shared/evidence/extremity.md §3a (synthetic inputs; [T] formula,
// [I] arithmetic). Tolerance 0.001 on LP, P12 high, P12 low and the derived SSS5/SSS10 (which test
// the code with r5 = 0.61 and r10 = 0.94, not the assumption). Any size inside the category
// gives the same result, so each case uses one representative size.
import type { PatientInput } from '@/model'

export const KATTAN_SOURCE = 'extremity.md §3a, worked examples K1-K8'
export const KATTAN_TOLERANCE = 0.001

export type KattanCase = {
  id: string
  locator: string
  /** Grade 3 input; the low-grade expectation uses the same input with grade 1. */
  input: PatientInput
  lp: number
  p12High: number
  p12Low: number
  sss5High: number
  sss10High: number
}

const SIZE = { le5: 3, mid: 8, gt10: 15 } as const

const ext = (age: number, size: keyof typeof SIZE, depth: PatientInput['depth'], limb: 'upper' | 'lower', histology: PatientInput['histology']): PatientInput => ({
  age,
  sizeCm: SIZE[size],
  depth,
  histology,
  grade: 3,
  site: 'extremity',
  limb,
})

const row = (id: string) => `${KATTAN_SOURCE}, row ${id}`

export const KATTAN_CASES: readonly KattanCase[] = [
  { id: 'K1', locator: row('K1'), input: ext(60, 'mid', 'deep', 'lower', 'undifferentiated_pleomorphic_sarcoma'), lp: 0.162, p12High: 0.465, p12Low: 0.188, sss5High: 0.683, sss10High: 0.556 },
  { id: 'K2', locator: row('K2'), input: ext(45, 'gt10', 'deep', 'lower', 'synovial_sarcoma'), lp: 0.662, p12High: 0.643, p12Low: 0.291, sss5High: 0.533, sss10High: 0.379 },
  { id: 'K3', locator: row('K3'), input: ext(70, 'le5', 'superficial', 'upper', 'leiomyosarcoma'), lp: -0.8401, p12High: 0.205, p12Low: 0.074, sss5High: 0.869, sss10High: 0.806 },
  { id: 'K4', locator: row('K4'), input: ext(30, 'gt10', 'deep', 'lower', 'mpnst'), lp: 0.9578, p12High: 0.75, p12Low: 0.37, sss5High: 0.429, sss10High: 0.272 },
  { id: 'K5', locator: row('K5'), input: ext(55, 'mid', 'deep', 'upper', 'myxoid_liposarcoma'), lp: -0.2299, p12High: 0.345, p12Low: 0.132, sss5High: 0.773, sss10High: 0.672 },
  { id: 'K6', locator: row('K6'), input: ext(80, 'gt10', 'deep', 'lower', 'undifferentiated_pleomorphic_sarcoma'), lp: 0.9355, p12High: 0.742, p12Low: 0.364, sss5High: 0.437, sss10High: 0.28 },
  { id: 'K7', locator: row('K7'), input: ext(40, 'le5', 'superficial', 'lower', 'fibrosarcoma'), lp: -2.2519, p12High: 0.054, p12Low: 0.018, sss5High: 0.966, sss10High: 0.949 },
  { id: 'K8', locator: row('K8'), input: ext(65, 'gt10', 'deep', 'lower', 'other'), lp: 0.9308, p12High: 0.74, p12Low: 0.362, sss5High: 0.439, sss10High: 0.281 },
]
