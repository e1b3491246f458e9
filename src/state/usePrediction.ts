import { useMemo } from 'react'
import type { Derived } from './derive'
import { useEngine } from './engine'
import { missingFields, type Fields } from './fields'
import { selectFields, useAppStore } from './store'
import { selectStoredModels, useModelStore, type StoredModel } from './loadedModels'

export type Prediction = Derived | { kind: 'loading' }
const LOADING: Prediction = { kind: 'loading' }

// Many views ask for the same answer on one keystroke (form messages, columns, trials, print):
// the store hands out a new fields object per edit, so one derivation per object is enough.
// The trial windows are whole days: an answer kept past midnight for unchanged fields is
// renewed by the next edit.
// Keyed by the stored models too: loading or removing a model renews every answer.
const answers = new WeakMap<readonly StoredModel[], WeakMap<Fields, Derived>>()

/**
 * Before the engine has loaded, an incomplete form is still known to be incomplete: which
 * required fields are empty needs no engine. The first screen (empty form) then reads the same
 * before and after the engine arrives. Whether a typed value is valid waits for the engine.
 */
const beforeEngine = (fields: Fields): Prediction => {
  const missing = missingFields(fields)
  return missing.length ? { kind: 'incomplete', missing, errors: [] } : LOADING
}

/** The engine's answer for the fields as they are now: validated, predicted and matched. */
export function usePrediction(): Prediction {
  const fields = useAppStore(selectFields)
  const stored = useModelStore(selectStoredModels)
  const engine = useEngine()
  return useMemo(() => {
    if (!engine) return beforeEngine(fields)
    let byFields = answers.get(stored)
    if (!byFields) {
      byFields = new WeakMap()
      answers.set(stored, byFields)
    }
    let answer = byFields.get(fields)
    if (!answer) {
      answer = engine.deriveFromFields(fields, new Date(), engine.loadedModelsFrom(stored))
      byFields.set(fields, answer)
    }
    return answer
  }, [engine, fields, stored])
}
