// The `sts-model/1` model file (../shared/design/MODEL-FORMAT.md): its zod schema, and
// parseModelFile(), which reads untrusted text or JSON into a checked model or a list of coded
// errors. A model file is data: nothing in it is executed. Error codes are i18n keys
// (`modelError.<code>` in locales/*/engine.json).

import { z } from 'zod'
import './input' // z.config({ jitless: true }) before any schema is built (CSP: no eval).
import { DEPTH_IDS, GRADES, HISTOLOGY_IDS, LIMB_IDS, MARGIN_IDS, PERFORMANCE_STATUSES, SITE_IDS, validate } from './input'
import { OPTION_IDS, OUTCOME_IDS, SURVIVAL_OUTCOMES, type OutcomeId } from './types'
import { isSourceId } from './data/sources'
import { evaluateModel, pointsProbability } from './modelEval'

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

// ---------- Schema ----------

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

// ---------- Raw text and structure ----------

/** Keys that could reach an object's prototype: refused wherever they appear. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Nesting depth and forbidden keys of a JSON value, walked without recursion (a hostile file
 * cannot blow the stack).
 */
function scanStructure(value: unknown, max: number): ModelFileError | null {
  const stack: [unknown, number, string][] = [[value, 1, '']]
  while (stack.length) {
    const [v, depth, path] = stack.pop() as [unknown, number, string]
    if (v === null || typeof v !== 'object') continue
    if (depth > max) return { path: '', code: 'too_deep', params: { max } }
    for (const key of Object.keys(v)) {
      const childPath = path ? `${path}.${key}` : key
      if (FORBIDDEN_KEYS.has(key)) return { path: childPath, code: 'unknown_field' }
      stack.push([(v as Record<string, unknown>)[key], depth + 1, childPath])
    }
  }
  return null
}

const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join('.')

const ISSUE_CODES: Record<string, ModelErrorCode> = {
  unrecognized_keys: 'unknown_field',
  invalid_union: 'unknown_term_type',
  too_big: 'too_many_items',
}

function fromIssue(issue: z.core.$ZodIssue): ModelFileError[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => ({ path: pathOf([...issue.path, k]), code: 'unknown_field' }))
  const message = (MODEL_ERROR_CODES as readonly string[]).includes(issue.message) ? (issue.message as ModelErrorCode) : undefined
  // A required field that is absent reads as `undefined` of the wrong type.
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return [{ path: pathOf(issue.path), code: 'missing_field' }]
  return [{ path: pathOf(issue.path), code: message ?? ISSUE_CODES[issue.code] ?? 'wrong_type' }]
}

// ---------- Checks the schema cannot say ----------

const isSurvival = (o: OutcomeId): boolean => SURVIVAL_OUTCOMES.includes(o)
const ascending = (xs: readonly number[], strict = true): boolean => xs.every((x, i) => i === 0 || (strict ? x > (xs[i - 1] as number) : x >= (xs[i - 1] as number)))

function checkHorizons(values: readonly HorizonValue[], path: string, survival: boolean, errors: ModelFileError[]): void {
  if (!ascending(values.map((v) => v.years))) errors.push({ path, code: 'horizons_not_ascending' })
  const vs = values.map((v) => (survival ? -v.value : v.value))
  if (!ascending(vs, false)) errors.push({ path, code: 'baseline_not_monotone' })
}

function checkTerm(t: ModelTerm, path: string, errors: ModelFileError[]): void {
  const levels = INPUT_LEVELS[t.input]
  const numeric = (NUMERIC_INPUTS as readonly string[]).includes(t.input)
  if (t.type !== 'levels' && !numeric) errors.push({ path: `${path}.input`, code: 'input_not_numeric' })
  if (t.when) {
    const allowed = INPUT_LEVELS[t.when.input]
    t.when.levels.forEach((l, i) => {
      if (allowed && !allowed.includes(l)) errors.push({ path: `${path}.when.levels.${i}`, code: 'unknown_level', params: { level: l } })
    })
  }
  switch (t.type) {
    case 'spline':
    case 'rcs': {
      if (!ascending(t.knots)) errors.push({ path: `${path}.knots`, code: 'not_ascending' })
      const want = t.type === 'spline' ? t.knots.length : t.knots.length - 2
      if (t.coefs.length !== want) errors.push({ path: `${path}.coefs`, code: 'coefs_length_mismatch', params: { expected: want, found: t.coefs.length } })
      break
    }
    case 'bands': {
      const ups = t.bands.slice(0, -1).map((b) => b.upTo)
      const last = t.bands[t.bands.length - 1]
      if (ups.some((u) => u === undefined) || last?.upTo !== undefined || !ascending(ups as number[])) errors.push({ path: `${path}.bands`, code: 'bands_invalid' })
      break
    }
    case 'piecewise':
      // A repeated x is a step: x itself takes the left value. Never three at one x.
      if (!ascending(t.points.map((p) => p[0]), false) || t.points.some((p, i) => i > 1 && p[0] === (t.points[i - 2] as [number, number])[0])) {
        errors.push({ path: `${path}.points`, code: 'not_ascending' })
      }
      break
    case 'levels':
      if (levels) for (const key of Object.keys(t.levels)) if (!levels.includes(key)) errors.push({ path: `${path}.levels.${key}`, code: 'unknown_level', params: { level: key } })
      break
    default:
      break
  }
}

/** Every points total where two horizons' readings could cross: both tables' x and the axis ends. */
function pointsGrid(m: ModelFile): number[] {
  const xs = new Set<number>()
  for (const p of m.pointsToProbability ?? []) {
    for (const [x] of p.table ?? []) xs.add(x)
    if (p.fit) for (let i = 0; i <= 20; i++) xs.add(p.fit.axis.min + ((p.fit.axis.max - p.fit.axis.min) * i) / 20)
  }
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted.length ? [(sorted[0] as number) - 1, ...sorted, (sorted[sorted.length - 1] as number) + 1] : []
}

function checkStructure(m: ModelFile, reservedIds: readonly string[]): ModelFileError[] {
  const errors: ModelFileError[] = []
  // A loaded model's figures are told apart from the engine's by an id outside the source registry.
  if (isSourceId(m.id) || reservedIds.includes(m.id)) errors.push({ path: 'id', code: 'reserved_id' })
  const survival = isSurvival(m.outcome)
  if ((m.kind === 'cox' && !survival) || (m.kind === 'fine_gray' && survival)) errors.push({ path: 'kind', code: 'kind_outcome_mismatch' })
  for (const key of ['age', 'sizeCm'] as const) {
    const r = m.population[key]
    if (r && r.min !== undefined && r.max !== undefined && r.min > r.max) errors.push({ path: `population.${key}`, code: 'range_invalid' })
  }
  if (new Set(m.options).size !== m.options.length) errors.push({ path: 'options', code: 'duplicate' })
  ;(m.sources ?? []).forEach((s, i) => {
    if (!isSourceId(s)) errors.push({ path: `sources.${i}`, code: 'unknown_source' })
  })
  m.terms.forEach((t, i) => checkTerm(t, `terms.${i}`, errors))

  if (m.kind === 'points') {
    if (!m.pointsToProbability || m.baseline || m.strata) errors.push({ path: 'pointsToProbability', code: 'baseline_missing' })
    const ptp = m.pointsToProbability ?? []
    if (!ascending(ptp.map((p) => p.years))) errors.push({ path: 'pointsToProbability', code: 'horizons_not_ascending' })
    ptp.forEach((p, i) => {
      const path = `pointsToProbability.${i}`
      if (Boolean(p.table) === Boolean(p.fit)) errors.push({ path, code: 'baseline_missing' })
      if (p.table && !ascending(p.table.map((r) => r[0]))) errors.push({ path: `${path}.table`, code: 'not_ascending' })
      if (p.fit && !(p.fit.axis.min < p.fit.axis.max)) errors.push({ path: `${path}.fit.axis`, code: 'range_invalid' })
    })
    if (!errors.length) {
      // At every points total, probabilities must not rise (survival) or fall (incidence) with time.
      for (const x of pointsGrid(m)) {
        const vs = ptp.map((p) => pointsProbability(p, x).value)
        if (!ascending(vs.map((v) => (survival ? -v : v)), false)) {
          errors.push({ path: 'pointsToProbability', code: 'baseline_not_monotone', params: { points: x } })
          break
        }
      }
    }
  } else {
    if (Boolean(m.baseline) === Boolean(m.strata) || m.pointsToProbability) errors.push({ path: 'baseline', code: 'baseline_missing' })
    if (m.baseline) checkHorizons(m.baseline, 'baseline', survival, errors)
    if (m.strata) {
      const allowed = INPUT_LEVELS[m.strata.input]
      for (const [key, values] of Object.entries(m.strata.levels)) {
        if (allowed && !allowed.includes(key)) errors.push({ path: `strata.levels.${key}`, code: 'unknown_level', params: { level: key } })
        checkHorizons(values, `strata.levels.${key}`, survival, errors)
      }
      if (!Object.keys(m.strata.levels).length) errors.push({ path: 'strata.levels', code: 'baseline_missing' })
    }
  }
  return errors
}

function checkReferenceCases(m: ModelFile): ModelFileError[] {
  if (m.referenceCases.length < MIN_REFERENCE_CASES) {
    return [{ path: 'referenceCases', code: 'too_few_reference_cases', params: { min: MIN_REFERENCE_CASES, found: m.referenceCases.length } }]
  }
  const errors: ModelFileError[] = []
  m.referenceCases.forEach((c, i) => {
    const path = `referenceCases.${i}`
    const label = c.name ?? String(i + 1)
    const checked = validate(c.input)
    if (!checked.ok) {
      errors.push({ path: `${path}.input.${checked.errors[0]?.field ?? ''}`, code: 'reference_case_input_invalid', params: { case: label } })
      return
    }
    if (!m.options.includes(c.option)) {
      errors.push({ path: `${path}.option`, code: 'unknown_option', params: { case: label } })
      return
    }
    const result = evaluateModel(m, checked.input, c.option)
    if (!result.ok) {
      errors.push({ path, code: 'reference_case_not_estimable', params: { case: label, reason: result.reason } })
      return
    }
    const point = result.points.find((p) => p.years === c.years)
    if (!point) errors.push({ path: `${path}.years`, code: 'reference_case_horizon_missing', params: { case: label, years: c.years } })
    else if (point.bound) errors.push({ path, code: 'reference_case_not_estimable', params: { case: label, reason: 'beyond_axis' } })
    else if (!(Math.abs(point.value - c.expected) <= c.tolerance + 1e-12)) {
      errors.push({
        path,
        code: 'reference_case_missed',
        params: { case: label, expected: c.expected, computed: Number(point.value.toPrecision(6)), tolerance: c.tolerance, years: c.years },
      })
    }
  })
  return errors
}

export type ParseResult = { ok: true; model: ModelFile } | { ok: false; errors: ModelFileError[] }

/**
 * Read a model file: JSON text (from a file) or an already parsed value. Never throws. Checks the
 * size, nesting, schema, the model's own consistency, and then every reference case: one that
 * misses its tolerance refuses the whole file. `reservedIds`: ids a file may not take (the
 * built-in models', for a clinic's file).
 */
export function parseModelFile(raw: unknown, options: { reservedIds?: readonly string[] } = {}): ParseResult {
  try {
    let value = raw
    if (typeof raw === 'string') {
      if (raw.length > MAX_MODEL_FILE_CHARS) return { ok: false, errors: [{ path: '', code: 'file_too_large', params: { maxKb: MAX_MODEL_FILE_CHARS / 1000 } }] }
      try {
        value = JSON.parse(raw)
      } catch {
        return { ok: false, errors: [{ path: '', code: 'not_json' }] }
      }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, errors: [{ path: '', code: 'not_an_object' }] }
    const structure = scanStructure(value, MAX_MODEL_DEPTH)
    if (structure) return { ok: false, errors: [structure] }
    const parsed = ModelFileSchema.safeParse(value, { reportInput: true })
    if (!parsed.success) return { ok: false, errors: dedupe(parsed.error.issues.flatMap(fromIssue)) }
    const structural = checkStructure(parsed.data, options.reservedIds ?? [])
    if (structural.length) return { ok: false, errors: structural }
    const cases = checkReferenceCases(parsed.data)
    if (cases.length) return { ok: false, errors: cases }
    return { ok: true, model: parsed.data }
  } catch {
    // A hostile value (getters that throw, proxies) is refused, never allowed to crash the app.
    return { ok: false, errors: [{ path: '', code: 'not_an_object' }] }
  }
}

const dedupe = (errors: ModelFileError[]): ModelFileError[] => {
  const seen = new Set<string>()
  return errors.filter((e) => {
    const key = `${e.path}|${e.code}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
