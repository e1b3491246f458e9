import { useEffect } from 'react'
import { useAppStore } from './store'

/**
 * Keeps the scenario in the URL hash: read at start and on every hashchange (a pasted link),
 * written back with replaceState so typing does not flood the history. The codec (zod) loads
 * as its own chunk.
 */
export function useHashSync(): void {
  useEffect(() => {
    let stopped = false
    let stop = () => {}
    void import('./urlHash').then(({ decodeHash, encodeHash }) => {
      if (stopped) return
      const load = () => useAppStore.getState().loadScenario(decodeHash(window.location.hash))
      // An empty hash has nothing to restore; loading it would wipe what the user typed while
      // the codec was on its way.
      if (window.location.hash.replace(/^#/, '') !== '') load()
      window.addEventListener('hashchange', load)
      const unsubscribe = useAppStore.subscribe((state, previous) => {
        if (state.fields === previous.fields && state.horizonYears === previous.horizonYears && state.values === previous.values) return
        const empty = Object.values(state.fields).every((v) => v === '') && state.values.length === 0 && state.horizonYears === null
        const hash = empty ? '' : encodeHash(state)
        if (hash !== window.location.hash) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`)
      })
      stop = () => {
        window.removeEventListener('hashchange', load)
        unsubscribe()
      }
    })
    return () => {
      stopped = true
      stop()
    }
  }, [])
}
