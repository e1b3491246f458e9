// Which message belongs beside which field: field errors from parsing and validation, and the
// engine's warnings that name a field (params.field).
import type { FieldError, Warning } from '@/model'
import type { Prediction as Derived } from './usePrediction'
import type { FieldId } from './fields'

export const errorsByField = (derived: Derived): Partial<Record<FieldId, FieldError>> => {
  const byField: Partial<Record<FieldId, FieldError>> = {}
  if (derived.kind === 'ready' || derived.kind === 'loading') return byField
  for (const error of derived.errors) byField[error.field as FieldId] ??= error
  return byField
}

export const warningsByField = (derived: Derived): Partial<Record<FieldId, Warning[]>> => {
  const byField: Partial<Record<FieldId, Warning[]>> = {}
  if (derived.kind !== 'ready') return byField
  for (const warning of derived.prediction.warnings) {
    const field = warning.params?.field
    if (typeof field === 'string') (byField[field as FieldId] ??= []).push(warning)
  }
  return byField
}
