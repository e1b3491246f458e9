// The last refusal of a model file: every reference case is run through the generic evaluator
// and must land within its tolerance (MODEL-FORMAT.md §4), so a typo in a coefficient cannot
// reach the screen.

import { validate } from './input'
import { evaluateModel } from './modelEval'
import { MIN_REFERENCE_CASES, type ModelFile, type ModelFileError } from './modelSchema'

export function checkReferenceCases(m: ModelFile): ModelFileError[] {
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
