// fast-check generators of hostile input for the fuzz tests: anything JSON or JavaScript can
// hold, numbers at and past every edge, strings that look almost right, and raw records whose
// fields are each valid most of the time, so that many inputs get through validate() and the
// engine behind it is fuzzed too.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEPTH_IDS, GRADES, HISTOLOGY_IDS, LIMB_IDS, MARGIN_IDS, PERFORMANCE_STATUSES, POPULATION_IDS, SEX_IDS, SITE_IDS } from '@/model'

/** Runs per property (issue 8: 10,000 arbitrary inputs each). */
export const RUNS = 10_000
/** A fuzz property's time limit: seconds on a quiet machine, more on a busy one. */
export const FUZZ_TIMEOUT_MS = 120_000

export const EDGE_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.EPSILON,
  -0,
  0,
  1e308,
  -1e308,
  1e-308,
  17.999999,
  18,
  100,
  100.0000001,
  0.0000001,
  2 ** 53 + 1,
]

export const arbNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -200, max: 200 }),
)

/** Text a user could type or paste: digits with stray marks, other scripts, huge strings. */
export const arbText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[ +-]?\d{0,4}([.,]\d{0,3})?[ e%]?$/),
  fc.constantFrom('', ' ', '60', '4,5', '4.5', '1e2', '0x40', 'NaN', 'Infinity', '-Infinity', '١٢', '６０', '60 ', ' 8', '+18', '-0', '.5', '5.', '1,2,3', '1.2.3', '{{age}}', 'undefined', 'null', '__proto__'),
  fc.nat({ max: 20_000 }).map((n) => '9'.repeat(n)),
)

/** Any value at all: JSON, and the JavaScript-only values JSON cannot hold. */
export const arbAnything: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  arbNumber,
  arbText,
  fc.anything({
    maxDepth: 2,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
)

const maybe = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 20, arbitrary: valid }, { weight: 1, arbitrary: arbAnything }, { weight: 1, arbitrary: fc.constantFrom(undefined, null) })

/** The form's choice fields and what each may hold (as typed into the store, see src/state/fields.ts). */
export const FIELD_CHOICES = {
  site: SITE_IDS,
  depth: DEPTH_IDS,
  histology: HISTOLOGY_IDS,
  grade: GRADES,
  limb: LIMB_IDS,
  expectedMargin: MARGIN_IDS,
  multifocal: ['yes', 'no'],
  performanceStatus: PERFORMANCE_STATUSES,
  metastatic: ['yes', 'no'],
  resectable: ['yes', 'no'],
  recurrent: ['yes', 'no'],
  priorRadiotherapy: ['yes', 'no'],
  priorChemotherapy: ['yes', 'no'],
  sex: SEX_IDS,
  population: POPULATION_IDS,
} as const satisfies Record<string, readonly (string | number)[]>
export type ChoiceField = keyof typeof FIELD_CHOICES
export const CHOICE_FIELDS = Object.keys(FIELD_CHOICES) as ChoiceField[]

/** A record of PatientInput's fields, each valid most of the time: about a third pass. */
export const arbRawInput: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    age: maybe(fc.oneof(fc.integer({ min: 18, max: 100 }), fc.constantFrom(18, 100))),
    sizeCm: maybe(fc.oneof(fc.double({ min: Number.MIN_VALUE, max: 100, noNaN: true }), fc.constantFrom(Number.MIN_VALUE, 0.1, 5, 10, 100))),
    depth: maybe(fc.constantFrom(...DEPTH_IDS)),
    histology: maybe(fc.constantFrom(...HISTOLOGY_IDS)),
    grade: maybe(fc.constantFrom(...GRADES)),
    site: maybe(fc.constantFrom(...SITE_IDS)),
    limb: maybe(fc.constantFrom(...LIMB_IDS)),
    expectedMargin: maybe(fc.constantFrom(...MARGIN_IDS)),
    multifocal: maybe(fc.boolean()),
    performanceStatus: maybe(fc.constantFrom(...PERFORMANCE_STATUSES)),
    metastatic: maybe(fc.boolean()),
    resectable: maybe(fc.boolean()),
    recurrent: maybe(fc.boolean()),
    priorRadiotherapy: maybe(fc.boolean()),
    priorChemotherapy: maybe(fc.boolean()),
    sex: maybe(fc.constantFrom(...SEX_IDS)),
    population: maybe(fc.constantFrom(...POPULATION_IDS)),
    extra: arbAnything,
  },
  { requiredKeys: ['age', 'sizeCm', 'depth', 'histology', 'grade', 'site'] },
)

/** The vocabulary of a locale namespace (`section.code` keys), read from locales/<lng>/. */
const localeKeys = (lng: string, ns: string): Set<string> => {
  const json = JSON.parse(readFileSync(join(process.cwd(), 'locales', lng, `${ns}.json`), 'utf8')) as Record<string, unknown>
  const keys = new Set<string>()
  const walk = (node: unknown, prefix: string) => {
    if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k)
    else keys.add(prefix)
  }
  walk(json, '')
  return keys
}

const ENGINE_KEYS = { en: localeKeys('en', 'engine'), nl: localeKeys('nl', 'engine') }

/** The i18n keys of engine.json that either locale lacks ([] when both have every one). */
export const missingEngineKeys = (keys: Iterable<string>): string[] =>
  [...new Set(keys)].flatMap((key) =>
    (['en', 'nl'] as const).filter((lng) => !ENGINE_KEYS[lng].has(key)).map((lng) => `${lng}: ${key}`),
  )

/** Fails a property with every problem found (cheaper than an expect() per check in a hot loop). */
export const verify = (problems: string[]): void => {
  if (problems.length) throw new Error(problems.join('\n'))
}
