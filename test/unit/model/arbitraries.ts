// fast-check generators of valid PatientInputs (shared by the property and locale tests).
import fc from 'fast-check'
import { DEPTH_IDS, GRADES, HISTOLOGY_IDS, LIMB_IDS, MARGIN_IDS, PERFORMANCE_STATUSES, SITE_IDS, type PatientInput } from '@/model'

export const arbAge = fc.integer({ min: 18, max: 100 })
export const arbSize = fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true })

export const arbInput: fc.Arbitrary<PatientInput> = fc.record(
  {
    age: arbAge,
    sizeCm: arbSize,
    depth: fc.constantFrom(...DEPTH_IDS),
    histology: fc.constantFrom(...HISTOLOGY_IDS),
    grade: fc.constantFrom(...GRADES),
    site: fc.constantFrom(...SITE_IDS),
    limb: fc.constantFrom(...LIMB_IDS),
    expectedMargin: fc.constantFrom(...MARGIN_IDS),
    multifocal: fc.boolean(),
    performanceStatus: fc.constantFrom(...PERFORMANCE_STATUSES),
    metastatic: fc.boolean(),
    resectable: fc.boolean(),
    recurrent: fc.boolean(),
    priorRadiotherapy: fc.boolean(),
    priorChemotherapy: fc.boolean(),
  },
  { requiredKeys: ['age', 'sizeCm', 'depth', 'histology', 'grade', 'site'] },
)

export const arbSite = <S extends PatientInput['site']>(...sites: S[]) =>
  arbInput.chain((input) => fc.constantFrom(...sites).map((site) => ({ ...input, site }) as PatientInput))
