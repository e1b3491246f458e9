// Checks shared by the fuzz tests: each returns what is wrong ([] when nothing), so a property
// fails with every problem at once.
import { estimate, FIELD_ERROR_CODES, OUTCOME_IDS, supportedHorizons, type Estimate, type FieldError, type Prediction } from '@/model'
import { missingEngineKeys } from './hostile'

const isProbability = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1

export const estimateProblems = (e: Estimate, where: string): string[] => {
  if (e.kind === 'not_estimable') return typeof e.reason === 'string' && e.reason !== '' ? [] : [`${where}: not estimable without a reason`]
  const problems: string[] = []
  if (!isProbability(e.value)) problems.push(`${where}: value ${e.value}`)
  if (e.lower !== undefined && !(isProbability(e.lower) && e.lower <= e.value)) problems.push(`${where}: lower ${e.lower} vs value ${e.value}`)
  if (e.upper !== undefined && !(isProbability(e.upper) && e.upper >= e.value)) problems.push(`${where}: upper ${e.upper} vs value ${e.value}`)
  // Every range says what it is (issue 14): a band code goes with lower and upper.
  if ((e.lower !== undefined || e.upper !== undefined) && !e.band) problems.push(`${where}: a range without a band code`)
  return problems
}

/** Every estimate of every option and outcome at every supported horizon, checked. */
export const predictionProblems = (p: Prediction): string[] => {
  // The supported horizons and a few others: a prediction may have none (outside every model).
  const horizons = [...new Set([...supportedHorizons(p), 1, 5, 10, 15])]
  const problems: string[] = []
  const keys: string[] = []
  for (const option of p.options) {
    for (const outcome of OUTCOME_IDS) {
      for (const years of horizons) {
        const e = estimate(p, option.id, outcome, years)
        problems.push(...estimateProblems(e, `${option.id}/${outcome}@${years}`))
        if (e.kind === 'not_estimable') keys.push(`reason.${e.reason}`)
        else if (e.band) keys.push(`band.${e.band}`)
      }
    }
    for (const harm of option.harms) {
      if (harm.rate !== null && !isProbability(harm.rate)) problems.push(`${option.id}: harm ${harm.id} rate ${harm.rate}`)
      if (harm.lower !== undefined && harm.rate !== null && !(isProbability(harm.lower) && harm.lower <= harm.rate)) problems.push(`${option.id}: harm ${harm.id} lower ${harm.lower}`)
      if (harm.upper !== undefined && harm.rate !== null && !(isProbability(harm.upper) && harm.upper >= harm.rate)) problems.push(`${option.id}: harm ${harm.id} upper ${harm.upper}`)
    }
  }
  keys.push(...p.warnings.map((w) => `warning.${w.code}`))
  return [...problems, ...missingEngineKeys(keys)]
}

const CODES: readonly string[] = FIELD_ERROR_CODES

/** Field errors as the UI shows them: one per field, known codes, `fieldError.<code>` in both languages. */
export const fieldErrorProblems = (errors: readonly FieldError[], fields: readonly string[]): string[] => {
  const problems: string[] = []
  const named = errors.map((e) => e.field)
  if (new Set(named).size !== named.length) problems.push(`more than one error for a field: ${named.join(', ')}`)
  for (const error of errors) {
    if (!fields.includes(error.field)) problems.push(`error for unknown field ${error.field}`)
    if (!CODES.includes(error.code)) problems.push(`unknown error code ${error.code}`)
  }
  return [...problems, ...missingEngineKeys(errors.map((e) => `fieldError.${e.code}`))]
}
