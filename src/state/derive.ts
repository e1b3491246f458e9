// From raw fields to the engine's answers: parse, validate, predict, match. Pure, so the
// store never holds a prediction and tests run it in Node.
import { BUILTIN_MODELS, parseModelFile, predict, validate, type FieldError, type ModelFile, type ParseResult, type PatientInput, type Prediction } from '@/model'
import { matchTrials, type TrialMatch } from '@/trials'
import { parseDecimal } from '@/i18n/parse'
import { BOOLEAN_FIELDS, missingFields, type FieldId, type Fields } from './fields'
import type { StoredModel } from './loadedModels'

export type Derived =
  | { kind: 'incomplete'; missing: FieldId[]; errors: FieldError[] }
  | { kind: 'invalid'; missing: FieldId[]; errors: FieldError[] }
  | { kind: 'ready'; input: PatientInput; prediction: Prediction; readonly trials: TrialMatch[] }

const NUMERIC_CHOICES = new Set<FieldId>(['grade', 'performanceStatus'])

/** The fields turned into the shape validate() reads; parse failures become field errors. */
export const toRawInput = (fields: Fields): { raw: Record<string, unknown>; errors: FieldError[] } => {
  const raw: Record<string, unknown> = {}
  const errors: FieldError[] = []
  for (const field of ['age', 'sizeCm'] as const) {
    if (fields[field].trim() === '') continue
    const parsed = parseDecimal(fields[field])
    if (parsed.ok) raw[field] = parsed.value
    else errors.push({ field, code: parsed.code })
  }
  for (const [field, text] of Object.entries(fields) as [keyof Fields, string][]) {
    if (field === 'age' || field === 'sizeCm' || text === '') continue
    if ((BOOLEAN_FIELDS as readonly string[]).includes(field)) raw[field] = text === 'yes'
    else if (NUMERIC_CHOICES.has(field)) raw[field] = Number(text)
    else raw[field] = text
  }
  // Fields that do not belong to the chosen site are ignored, not sent: a limb is an
  // extremity's, multifocality a retroperitoneal tumour's; sex and life table serve only the
  // overall survival derived for the Kattan sites (Gronchi gives overall survival itself).
  if (raw.site !== 'extremity') delete raw.limb
  if (raw.site !== 'retroperitoneum') delete raw.multifocal
  if (raw.site === 'retroperitoneum') {
    delete raw.sex
    delete raw.population
  }
  return { raw, errors }
}

/** A clinic's model file: parsed and checked, its id neither a source's nor a built-in model's. */
export const parseClinicModel = (text: string): ParseResult => parseModelFile(text, { reservedIds: BUILTIN_MODELS.map((m) => m.id) })

/**
 * The models loaded in this browser, parsed and re-checked against their reference cases (a
 * stored file that no longer passes is left out). One parse per stored list.
 */
const parsedModels = new WeakMap<readonly StoredModel[], ModelFile[]>()
export const loadedModelsFrom = (stored: readonly StoredModel[]): ModelFile[] => {
  let models = parsedModels.get(stored)
  if (!models) {
    models = stored.flatMap((s) => {
      const r = parseClinicModel(s.text)
      return r.ok && r.model.id === s.id ? [r.model] : []
    })
    parsedModels.set(stored, models)
  }
  return models
}

export const deriveFromFields = (fields: Fields, today: Date = new Date(), models: readonly ModelFile[] = []): Derived => {
  const { raw, errors: parseErrors } = toRawInput(fields)
  const missing = missingFields(fields)
  const checked = validate(raw)
  const validationErrors = checked.ok ? [] : checked.errors.filter((e) => !(missing as string[]).includes(e.field) && !parseErrors.some((p) => p.field === e.field))
  const errors = [...parseErrors, ...validationErrors]
  if (errors.length) return { kind: 'invalid', missing, errors }
  if (missing.length || !checked.ok) return { kind: 'incomplete', missing, errors: [] }
  return ready(checked.input, predict(checked.input, models), today)
}

/**
 * A ready answer whose trials are matched when first read, then kept. The estimates answer every
 * keystroke; the trials panel, the printed summary and the board read the trials once typing has
 * paused, so the matcher (a tenth of a millisecond or more in the browser) stays off the
 * keystroke's path.
 */
const ready = (input: PatientInput, prediction: Prediction, today: Date): Derived => {
  let trials: TrialMatch[] | undefined
  return {
    kind: 'ready',
    input,
    prediction,
    get trials() {
      trials ??= matchTrials(input, today)
      return trials
    },
  }
}
