import { useMemo } from 'react'
import type { Derived } from './derive'
import { useEngine } from './engine'
import { selectFields, useAppStore } from './store'

export type Prediction = Derived | { kind: 'loading' }
const LOADING: Prediction = { kind: 'loading' }

/** The engine's answer for the fields as they are now: validated, predicted and matched. */
export function usePrediction(): Prediction {
  const fields = useAppStore(selectFields)
  const engine = useEngine()
  return useMemo(() => (engine ? engine.deriveFromFields(fields) : LOADING), [engine, fields])
}
