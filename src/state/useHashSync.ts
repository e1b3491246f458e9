import { useEffect } from 'react'
import { useAppStore } from './store'
import { decodeHash, encodeHash } from './urlHash'

/**
 * Keeps the scenario in the URL hash: read once at start and on every hashchange (a pasted
 * link), written back with replaceState so typing does not flood the history.
 */
export function useHashSync(): void {
  useEffect(() => {
    const load = () => useAppStore.getState().loadScenario(decodeHash(window.location.hash))
    load()
    window.addEventListener('hashchange', load)
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.fields === previous.fields && state.horizonYears === previous.horizonYears && state.values === previous.values) return
      const empty = Object.values(state.fields).every((v) => v === '') && state.values.length === 0 && state.horizonYears === null
      const hash = empty ? '' : encodeHash(state)
      if (hash !== window.location.hash) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`)
    })
    return () => {
      window.removeEventListener('hashchange', load)
      unsubscribe()
    }
  }, [])
}
