// predict() + estimate() for one retroperitoneal and one extremity patient (UX: every option side
// by side within the same second). Printed, not asserted.
import { bench, describe } from 'vitest'
import { estimate, OUTCOME_IDS, predict, supportedHorizons, type PatientInput } from '@/model'

const RPS: PatientInput = { age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, site: 'retroperitoneum', expectedMargin: 'R0', multifocal: false }
const EXT: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity' }

function run(input: PatientInput): number {
  const p = predict(input)
  let n = 0
  for (const years of supportedHorizons(p)) for (const o of p.options) for (const outcome of OUTCOME_IDS) if (estimate(p, o.id, outcome, years).kind === 'value') n++
  return n
}

describe('predict + estimate', () => {
  bench('retroperitoneum (Gronchi 2013)', () => {
    run(RPS)
  })
  bench('extremity (Kattan 2002)', () => {
    run(EXT)
  })
})
