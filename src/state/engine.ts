// The engine (model, trial registry, validation) loads as its own chunk right after the first
// screen, so the form paints with React and i18n alone; results follow within milliseconds.
import { useSyncExternalStore } from 'react'
import type * as Derive from './derive'

type EngineModule = typeof Derive

let loaded: EngineModule | null = null
let loading: Promise<EngineModule> | null = null
const listeners = new Set<() => void>()

export const loadEngine = (): Promise<EngineModule> =>
  (loading ??= import('./derive').then((module) => {
    loaded = module
    for (const listener of listeners) listener()
    return module
  }))

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  void loadEngine()
  return () => listeners.delete(listener)
}

/** The engine module once loaded, else null (and loading starts). */
export function useEngine(): EngineModule | null {
  return useSyncExternalStore(subscribe, () => loaded, () => loaded)
}
