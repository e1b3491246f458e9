// The `sts-model/1` model file's vocabulary and zod schema (../shared/design/MODEL-FORMAT.md),
// and the JSON Schema generated from it for model authors. Types only flow out of this file: the
// evaluator (modelEval.ts), the parser (modelFile.ts) and the reference-case check
// (modelReferenceCases.ts) all build on it, so none of them needs another to describe a model.
// Error codes are i18n keys (`modelError.<code>` in locales/*/engine.json).

import { z } from 'zod'
import './input' // z.config({ jitless: true }) before any schema is built (CSP: no eval).
import { DEPTH_IDS, GRADES, HISTOLOGY_IDS, LIMB_IDS, MARGIN_IDS, PERFORMANCE_STATUSES, SITE_IDS } from './input'
import { OPTION_IDS, OUTCOME_IDS } from './types'

export const MODEL_FORMAT = 'sts-model/1'
/** Largest accepted file, in characters of JSON text (MODEL-FORMAT.md §5). */
export const MAX_MODEL_FILE_CHARS = 1_000_000
/** Deepest accepted nesting of objects and arrays (the deepest legal file nests 6). */
export const MAX_MODEL_DEPTH = 12
export const MIN_REFERENCE_CASES = 3

/** The PatientInput fields a term may read, by the kind of value they hold. */
export const NUMERIC_INPUTS = ['age', 'sizeCm', 'grade', 'performanceStatus'] as const
export const MODEL_INPUTS = [
  ...NUMERIC_INPUTS,
  'site',
  'depth',
  'histology',
  'limb',
  'expectedMargin',
  'multifocal',
  'metastatic',
  'resectable',
  'recurrent',
  'priorRadiotherapy',
  'priorChemotherapy',
  'option',
] as const
export type ModelInput = (typeof MODEL_INPUTS)[number]

const BOOLEAN_LEVELS = ['true', 'false'] as const
/** The level keys each input may carry (numbers written as JSON text). */
export const INPUT_LEVELS: Readonly<Record<ModelInput, readonly string[] | null>> = {
  age: null,
  sizeCm: null,
  grade: GRADES.map(String),
  performanceStatus: PERFORMANCE_STATUSES.map(String),
  site: SITE_IDS,
  depth: DEPTH_IDS,
  histology: HISTOLOGY_IDS,
  limb: LIMB_IDS,
  expectedMargin: MARGIN_IDS,
  multifocal: BOOLEAN_LEVELS,
  metastatic: BOOLEAN_LEVELS,
  resectable: BOOLEAN_LEVELS,
  recurrent: BOOLEAN_LEVELS,
  priorRadiotherapy: BOOLEAN_LEVELS,
  priorChemotherapy: BOOLEAN_LEVELS,
  option: OPTION_IDS,
}

export const MODEL_ERROR_CODES = [
  'file_too_large',
  'not_json',
  'too_deep',
  'not_an_object',
  'unknown_format',
  'unknown_field',
  'missing_field',
  'wrong_type',
  'not_finite',
  'invalid_id',
  'text_too_long',
  'markup_in_text',
  'unknown_kind',
  'unknown_outcome',
  'unknown_option',
  'unknown_input',
  'unknown_site',
  'unknown_histology',
  'unknown_level',
  'unknown_source',
  'unknown_term_type',
  'unknown_transform',
  'probability_out_of_range',
  'horizons_not_ascending',
  'not_ascending',
  'range_invalid',
  'kind_outcome_mismatch',
  'baseline_missing',
  'baseline_not_monotone',
  'input_not_numeric',
  'coefs_length_mismatch',
  'bands_invalid',
  'too_few_reference_cases',
  'too_many_items',
  'duplicate',
  'reserved_id',
  'reference_case_input_invalid',
  'reference_case_horizon_missing',
  'reference_case_not_estimable',
  'reference_case_missed',
] as const
export type ModelErrorCode = (typeof MODEL_ERROR_CODES)[number]

/** One reason a file is refused: where (a dotted path, '' for the file) and what (a code). */
export type ModelFileError = { path: string; code: ModelErrorCode; params?: Record<string, string | number> }

/** Text that looks like a tag, a comment or an entity (`<b`, `</`, `<!`, `<?`, `&lt;`): refused, not rendered. */
const MARKUP = /<[a-zA-Z/!?]|&[a-zA-Z#][a-zA-Z0-9]*;|javascript:/i
const code = (c: ModelErrorCode) => ({ error: c })
const finite = () => z.number(code('wrong_type'))
const prob = () => finite().min(0, code('probability_out_of_range')).max(1, code('probability_out_of_range'))
const years = () => finite().positive(code('range_invalid')).max(100, code('range_invalid'))
const plainText = (max: number) =>
  z
    .string(code('wrong_type'))
    .min(1, code('missing_field'))
    .max(max, code('text_too_long'))
    .refine((s) => !MARKUP.test(s), code('markup_in_text'))
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item, code('wrong_type')).max(max, code('too_many_items'))
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, c: ModelErrorCode) => z.enum(values, code(c))

const inputSchema = oneOf(MODEL_INPUTS as unknown as [ModelInput, ...ModelInput[]], 'unknown_input')
const range = z.strictObject({ min: finite().optional(), max: finite().optional() }, code('wrong_type'))

const termCommon = {
  input: inputSchema,
  /** When the input is absent: a value, or no estimate. Unset: no estimate. */
  missing: z.union([finite(), z.literal('not_estimable')], code('wrong_type')).optional(),
  /** Apply the term only when another input takes one of these levels (otherwise it gives 0). */
  when: z.strictObject({ input: inputSchema, levels: list(z.string(code('wrong_type')).max(64, code('text_too_long')), 64).min(1, code('missing_field')) }, code('wrong_type')).optional(),
  /** Where the term's numbers were read (source, table or figure, evidence tag). */
  provenance: plainText(1000).optional(),
}
const transform = z.literal('log', code('unknown_transform')).optional()
const knots = () => list(finite(), 20)

const linearTerm = z.strictObject({ type: z.literal('linear'), ...termCommon, transform, coef: finite() })
const splineTerm = z.strictObject({ type: z.literal('spline'), ...termCommon, transform, linear: finite(), knots: knots().min(1, code('missing_field')), coefs: knots() })
const rcsTerm = z.strictObject({ type: z.literal('rcs'), ...termCommon, transform, linear: finite(), knots: knots().min(3, code('missing_field')), coefs: knots() })
const bandsTerm = z.strictObject({
  type: z.literal('bands'),
  ...termCommon,
  bands: list(z.strictObject({ upTo: finite().optional(), value: finite() }, code('wrong_type')), 50).min(1, code('missing_field')),
})
const piecewiseTerm = z.strictObject({
  type: z.literal('piecewise'),
  ...termCommon,
  points: list(z.tuple([finite(), finite()], code('wrong_type')), 200).min(2, code('missing_field')),
  /** Beyond the end points: the end value (a nomogram axis, the default) or no estimate. */
  outside: z.enum(['end_value', 'not_estimable'], code('wrong_type')).optional(),
})
const levelsTerm = z.strictObject({
  type: z.literal('levels'),
  ...termCommon,
  levels: z.record(z.string().max(64, code('text_too_long')), finite(), code('wrong_type')),
  default: finite().optional(),
})
const termSchema = z.discriminatedUnion('type', [linearTerm, splineTerm, rcsTerm, bandsTerm, piecewiseTerm, levelsTerm], code('unknown_term_type'))

const horizonValues = () => list(z.strictObject({ years: years(), value: prob() }, code('wrong_type')), 50).min(1, code('missing_field'))

/** Points to probability at one horizon: a table read by linear interpolation, or a fitted line. */
const pointsToProbabilitySchema = z.strictObject(
  {
    years: years(),
    table: list(z.tuple([finite(), prob()], code('wrong_type')), 500).min(2, code('missing_field')).optional(),
    /**
     * A complementary log-log line through the axis ticks, p = exp(-exp(intercept + slope x points)),
     * used between axis.min and axis.max; beyond them the bounds `atLeast` / `below` are shown.
     */
    fit: z
      .strictObject(
        {
          link: z.literal('cloglog', code('unknown_transform')),
          intercept: finite(),
          slope: finite(),
          axis: z.strictObject({ min: finite(), max: finite() }, code('wrong_type')),
          atLeast: prob(),
          below: prob(),
        },
        code('wrong_type'),
      )
      .optional(),
  },
  code('wrong_type'),
)

const referenceCaseSchema = z.strictObject(
  {
    name: plainText(120).optional(),
    input: z.record(z.string().max(64, code('text_too_long')), z.unknown(), code('wrong_type')),
    option: oneOf(OPTION_IDS, 'unknown_option'),
    years: years(),
    expected: prob(),
    tolerance: finite().min(0, code('range_invalid')).max(0.05, code('range_invalid')),
  },
  code('wrong_type'),
)

export const ModelFileSchema = z.strictObject(
  {
    $schema: z.string().max(300, code('text_too_long')).optional(),
    format: z.literal(MODEL_FORMAT, code('unknown_format')),
    id: z.string(code('wrong_type')).regex(/^[a-z0-9_]{3,64}$/, code('invalid_id')),
    name: z.strictObject({ en: plainText(200), nl: plainText(200).optional() }, code('wrong_type')),
    citation: plainText(1000),
    doi: plainText(200).optional(),
    outcome: oneOf(OUTCOME_IDS, 'unknown_outcome'),
    kind: z.enum(['cox', 'fine_gray', 'points'], code('unknown_kind')),
    population: z.strictObject(
      {
        sites: list(oneOf(SITE_IDS, 'unknown_site'), 10).min(1, code('missing_field')),
        histologies: list(oneOf(HISTOLOGY_IDS, 'unknown_histology'), 50).optional(),
        grades: list(z.literal(GRADES, code('unknown_level')), 3).optional(),
        /** Resection margins the model was built on; an unknown margin counts as inside. */
        margins: list(oneOf(MARGIN_IDS, 'unknown_level'), 3).optional(),
        age: range.optional(),
        sizeCm: range.optional(),
      },
      code('wrong_type'),
    ),
    options: list(oneOf(OPTION_IDS, 'unknown_option'), OPTION_IDS.length).min(1, code('missing_field')),
    centre: finite().optional(),
    baseline: horizonValues().optional(),
    strata: z.strictObject({ input: inputSchema, levels: z.record(z.string().max(64, code('text_too_long')), horizonValues(), code('wrong_type')) }, code('wrong_type')).optional(),
    pointsToProbability: list(pointsToProbabilitySchema, 50).min(1, code('missing_field')).optional(),
    terms: list(termSchema, 100),
    referenceCases: list(referenceCaseSchema, 500),
    provenance: plainText(4000),
    /** Keys of the app's source registry the figures rest on (the built-in models name theirs). */
    sources: list(z.string(code('wrong_type')).max(64, code('text_too_long')), 20).optional(),
  },
  code('not_an_object'),
)

export type ModelFile = z.infer<typeof ModelFileSchema>
export type ModelTerm = ModelFile['terms'][number]
export type ReferenceCase = ModelFile['referenceCases'][number]
export type HorizonValue = { years: number; value: number }

/** The JSON Schema for model authors (committed as src/model/models/sts-model-1.schema.json). */
export const modelJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(ModelFileSchema, { io: 'input', target: 'draft-2020-12' }),
  $id: 'sts-model-1.schema.json',
  title: 'sts-model/1: a published prediction model for the soft-tissue sarcoma decision aid',
})
