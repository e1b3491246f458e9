// fast-check generators of valid PatientInputs, shared by the engine, matcher and fuzz tests.
import fc from 'fast-check'
import { DEPTH_IDS, GRADES, HISTOLOGY_IDS, LIMB_IDS, MARGIN_IDS, PERFORMANCE_STATUSES, POPULATION_IDS, SEX_IDS, SITE_IDS, type PatientInput } from '@/model/vocabulary'

export const arbAge = fc.integer({ min: 18, max: 100 })
export const arbSize = fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true })

/** Every optional field, each known: merged over an input, it fills in what was unknown. */
export const OPTIONAL_FIELDS = {
  limb: fc.constantFrom(...LIMB_IDS),
  expectedMargin: fc.constantFrom(...MARGIN_IDS),
  multifocal: fc.boolean(),
  performanceStatus: fc.constantFrom(...PERFORMANCE_STATUSES),
  metastatic: fc.boolean(),
  resectable: fc.boolean(),
  recurrent: fc.boolean(),
  priorRadiotherapy: fc.boolean(),
  priorChemotherapy: fc.boolean(),
  sex: fc.constantFrom(...SEX_IDS),
  population: fc.constantFrom(...POPULATION_IDS),
}

/** Valid inputs with the given age and size generators; optional fields present or absent. */
export const patientArbitrary = (age: fc.Arbitrary<number> = arbAge, sizeCm: fc.Arbitrary<number> = arbSize): fc.Arbitrary<PatientInput> =>
  fc.record(
    {
      age,
      sizeCm,
      depth: fc.constantFrom(...DEPTH_IDS),
      histology: fc.constantFrom(...HISTOLOGY_IDS),
      grade: fc.constantFrom(...GRADES),
      site: fc.constantFrom(...SITE_IDS),
      ...OPTIONAL_FIELDS,
    },
    { requiredKeys: ['age', 'sizeCm', 'depth', 'histology', 'grade', 'site'] },
  )

export const arbInput: fc.Arbitrary<PatientInput> = patientArbitrary()

export const arbSite = <S extends PatientInput['site']>(...sites: S[]) =>
  arbInput.chain((input) => fc.constantFrom(...sites).map((site) => ({ ...input, site }) as PatientInput))
