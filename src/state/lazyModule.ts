// A code-split module as a hook, without Suspense: the import starts once (at start-up, beside
// i18n), components render from the module as soon as it is there and meanwhile say "loading".
// Suspense would add its reveal throttling to each step of the start-up chain.
import { useSyncExternalStore } from 'react'

export type LazyModule<M> = { load: () => Promise<M>; use: () => M | null }

// The build's prerender of the first screen has no lazy module loaded: hydration renders as it
// did, then React re-renders with the module if it has arrived meanwhile.
const notLoadedInPrerender = () => null

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null
  let loading: Promise<M> | null = null
  const listeners = new Set<() => void>()
  const load = () =>
    (loading ??= importer().then((module) => {
      loaded = module
      for (const listener of listeners) listener()
      return module
    }))
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    void load()
    return () => listeners.delete(listener)
  }
  const getSnapshot = () => loaded
  return { load, use: () => useSyncExternalStore(subscribe, getSnapshot, notLoadedInPrerender) }
}
