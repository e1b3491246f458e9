// parseModelFile(): reads untrusted text or JSON into a checked `sts-model/1` model or a list of
// coded errors (../shared/design/MODEL-FORMAT.md). A model file is data: nothing in it is
// executed. The schema lives in modelSchema.ts, the reference-case check in
// modelReferenceCases.ts; this file is the parser and the refusals the schema cannot say.

import type { z } from 'zod'
import { SURVIVAL_OUTCOMES, type OutcomeId } from './types'
import { isSourceId } from './data/sources'
import { pointsProbability } from './modelEval'
import { checkReferenceCases } from './modelReferenceCases'
import {
  INPUT_LEVELS,
  MAX_MODEL_DEPTH,
  MAX_MODEL_FILE_CHARS,
  MODEL_ERROR_CODES,
  ModelFileSchema,
  NUMERIC_INPUTS,
  type HorizonValue,
  type ModelErrorCode,
  type ModelFile,
  type ModelFileError,
  type ModelTerm,
} from './modelSchema'

// The model file's public face stays here (src/model/index.ts, the tests, the About view).
export { MAX_MODEL_FILE_CHARS, MODEL_ERROR_CODES, MODEL_FORMAT, modelJsonSchema } from './modelSchema'
export type { ModelErrorCode, ModelFile, ModelFileError, ModelTerm } from './modelSchema'

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
