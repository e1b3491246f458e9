// A code-split module as a hook, without Suspense: the import starts once, components render
// from the module as soon as it is there and meanwhile say "loading". Suspense would add its
// reveal throttling to each step of the start-up chain.
import { startTransition, useEffect, useState } from 'react'

export type LazyModule<M> = { load: () => Promise<M>; use: () => M | null }

// The first screen is prerendered without any lazy module, and hydration must render what the
// prerender did: while React adopts that screen, every component starts without the module.
let hydrating = false

/** Set by src/app/main.ts around the hydration of the prerendered screen. */
export const setHydrating = (value: boolean): void => {
  hydrating = value
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null
  let loading: Promise<M> | null = null
  const load = () =>
    (loading ??= importer().then((module) => {
      loaded = module
      return module
    }))
  const use = (): M | null => {
    const [module, setModule] = useState<M | null>(() => (hydrating ? null : loaded))
    useEffect(() => {
      if (module) return
      let live = true
      // As a transition: the re-render the module brings yields to input and paint instead of
      // holding the main thread for the whole tree.
      void load().then((arrived) => {
        if (live) startTransition(() => setModule(arrived))
      })
      return () => {
        live = false
      }
    }, [module])
    return module
  }
  return { load, use }
}
