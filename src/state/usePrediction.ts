import { useMemo } from 'react'
import { deriveFromFields, type Derived } from './derive'
import { selectFields, useAppStore } from './store'

/** The engine's answer for the fields as they are now: validated, predicted and matched. */
export function usePrediction(): Derived {
  const fields = useAppStore(selectFields)
  return useMemo(() => deriveFromFields(fields), [fields])
}
