// validate(): untrusted input to PatientInput with zod. The vocabularies (`as const` tuples that
// zod schemas, i18n keys and tests share) live in vocabulary.ts and are re-exported here.

import { z } from 'zod'

// No code generation: zod otherwise probes `new Function`, which the app's Content-Security-Policy
// (no 'unsafe-eval') blocks and reports as a violation.
z.config({ jitless: true })

export { SITE_IDS, DEPTH_IDS, IMPLIED_DEPTH, asksDepth, LIMB_IDS, MARGIN_IDS, SEX_IDS, POPULATION_IDS, GRADES, PERFORMANCE_STATUSES, HISTOLOGY_IDS, TRIAL_FIELD_IDS, INPUT_LIMITS } from './vocabulary'
export type { SiteId, DepthId, LimbId, MarginId, SexId, PopulationId, Grade, PerformanceStatus, HistologyId, PatientInput, FieldError } from './vocabulary'
import { SITE_IDS, DEPTH_IDS, IMPLIED_DEPTH, LIMB_IDS, MARGIN_IDS, SEX_IDS, POPULATION_IDS, GRADES, PERFORMANCE_STATUSES, HISTOLOGY_IDS, INPUT_LIMITS } from './vocabulary'
import type { PatientInput, FieldError } from './vocabulary'

// ---------- validate() ----------
// Field error codes are i18n keys (`fieldError.<code>` in locales/*/engine.json); zod's own
// messages never reach the user (STYLE §5). validate() takes typed values: the UI parses text.
export const FIELD_ERROR_CODES = [
  'required',
  'not_a_number',
  'not_finite',
  'not_whole_number',
  'too_small',
  'too_large',
  'unknown_value',
  'not_a_boolean',
] as const
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number]

type Issue = { input?: unknown }

/** The code for a value of the wrong kind; `expected` says what the field holds. */
function kindError(expected: 'number' | 'choice' | 'boolean') {
  return (iss: Issue): FieldErrorCode => {
    const x = iss.input
    if (x === undefined || x === null) return 'required'
    if (expected === 'boolean') return 'not_a_boolean'
    if (expected === 'choice') return typeof x === 'number' && Number.isFinite(x) && !Number.isInteger(x) ? 'not_whole_number' : 'unknown_value'
    if (typeof x === 'number') return Number.isNaN(x) ? 'not_a_number' : 'not_finite'
    return 'not_a_number'
  }
}

const numberField = () => z.number({ error: kindError('number') })
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: kindError('choice') })
const numericChoice = <const T extends readonly [number, ...number[]]>(values: T) => z.literal(values, { error: kindError('choice') })
const flag = () => z.boolean({ error: kindError('boolean') })

const PatientInputSchema = z.object({
  age: numberField()
    .int({ error: 'not_whole_number' })
    .min(INPUT_LIMITS.ageYears.min, { error: 'too_small' })
    .max(INPUT_LIMITS.ageYears.max, { error: 'too_large' }),
  sizeCm: numberField()
    .gt(INPUT_LIMITS.sizeCm.minExclusive, { error: 'too_small' })
    .max(INPUT_LIMITS.sizeCm.max, { error: 'too_large' }),
  depth: choice(DEPTH_IDS),
  histology: choice(HISTOLOGY_IDS),
  grade: numericChoice(GRADES),
  site: choice(SITE_IDS),
  limb: choice(LIMB_IDS).optional(),
  expectedMargin: choice(MARGIN_IDS).optional(),
  multifocal: flag().optional(),
  performanceStatus: numericChoice(PERFORMANCE_STATUSES).optional(),
  metastatic: flag().optional(),
  resectable: flag().optional(),
  recurrent: flag().optional(),
  priorRadiotherapy: flag().optional(),
  priorChemotherapy: flag().optional(),
  sex: choice(SEX_IDS).optional(),
  population: choice(POPULATION_IDS).optional(),
})

const FIELDS = Object.keys(PatientInputSchema.shape) as (keyof PatientInput)[]
const isField = (key: unknown): key is keyof PatientInput => typeof key === 'string' && (FIELDS as string[]).includes(key)
const isCode = (m: string): m is FieldErrorCode => (FIELD_ERROR_CODES as readonly string[]).includes(m)

export type ValidationResult = { ok: true; input: PatientInput } | { ok: false; errors: FieldError[] }

/**
 * Check raw values against the PatientInput domain. Never throws. An optional field that is
 * null or undefined is "unknown" and dropped; unknown keys are ignored. One error per field.
 * Depth is required except where the site implies it (IMPLIED_DEPTH), which then sets it.
 */
export function validate(raw: unknown): ValidationResult {
  try {
    const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
    const cleaned: Record<string, unknown> = {}
    for (const field of FIELDS) {
      const value = Object.hasOwn(source, field) ? source[field] : undefined
      if (value !== undefined && value !== null) cleaned[field] = value
    }
    // A site that fixes the depth (the retroperitoneum is deep) gets it, whatever was given: the
    // form does not ask, and an old link's depth cannot contradict the site.
    const implied = typeof cleaned.site === 'string' && Object.hasOwn(IMPLIED_DEPTH, cleaned.site) ? IMPLIED_DEPTH[cleaned.site as keyof typeof IMPLIED_DEPTH] : undefined
    if (implied) cleaned.depth = implied
    const parsed = PatientInputSchema.safeParse(cleaned)
    if (parsed.success) {
      const input = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as PatientInput
      return { ok: true, input }
    }
    const errors: FieldError[] = []
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      if (!isField(field) || errors.some((e) => e.field === field)) continue
      errors.push({ field, code: isCode(issue.message) ? issue.message : 'unknown_value' })
    }
    return { ok: false, errors }
  } catch {
    // A hostile object (throwing getters, proxies) must not crash the app: report it as unreadable.
    return { ok: false, errors: [{ field: 'age', code: 'unknown_value' }] }
  }
}
