import { useEffect } from 'react'
import { loadScenarioCodec } from './scenarioCodec'
import { useAppStore, type AppState } from './store'
import { useModelStore } from './loadedModels'

// Writing the URL costs a millisecond or two (history.replaceState); typing a number should
// not pay it per keystroke. A typed number reaches the link once the typing pauses; a choice
// (a select, the horizon, a value) at once; and a pending number whenever the link is about to
// be used: copied, printed, or the page left.
const WRITE_DELAY_MS = 150
const TYPED_FIELDS: readonly (keyof AppState['fields'])[] = ['age', 'sizeCm']
let pendingWrite: (() => void) | null = null
let writeTimer = 0

/** Writes a pending scenario change into the URL now. */
export const flushScenarioHash = (): void => {
  window.clearTimeout(writeTimer)
  const write = pendingWrite
  pendingWrite = null
  write?.()
}

/**
 * Keeps the scenario in the URL hash: read at start and on every hashchange (a pasted link),
 * written back with replaceState so typing does not flood the history. The codec (zod) loads
 * as its own chunk.
 */
export function useHashSync(): void {
  useEffect(() => {
    let stopped = false
    let stop = () => {}
    void loadScenarioCodec().then(({ decodeHash, encodeHash }) => {
      if (stopped) return
      const load = () => {
        pendingWrite = null
        // An agenda link (src/state/agenda.ts, loaded only when needed): the board opens at case 1.
        const hash = window.location.hash
        if (/^#?agenda=/.test(hash)) return void import('./agenda').then((m) => m.openAgendaLink(hash))
        useAppStore.getState().loadScenario(decodeHash(window.location.hash))
      }
      // An empty hash has nothing to restore; loading it would wipe what the user typed while
      // the codec was on its way.
      if (window.location.hash.replace(/^#/, '') !== '') load()
      window.addEventListener('hashchange', load)
      const write = (state: AppState) => {
        const empty = Object.values(state.fields).every((v) => v === '') && state.values.length === 0 && state.horizonYears === null
        const hash = empty ? '' : encodeHash(state, useModelStore.getState().models.map((m) => m.id))
        if (hash !== window.location.hash) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`)
      }
      const unsubscribe = useAppStore.subscribe((state, previous) => {
        if (state.fields === previous.fields && state.horizonYears === previous.horizonYears && state.values === previous.values) return
        pendingWrite = () => write(useAppStore.getState())
        window.clearTimeout(writeTimer)
        const typing =
          state.horizonYears === previous.horizonYears &&
          state.values === previous.values &&
          (Object.keys(state.fields) as (keyof AppState['fields'])[]).every((field) => state.fields[field] === previous.fields[field] || TYPED_FIELDS.includes(field))
        if (typing) writeTimer = window.setTimeout(flushScenarioHash, WRITE_DELAY_MS)
        else flushScenarioHash()
      })
      // Loading or removing a model file changes the ids the link names.
      const unsubscribeModels = useModelStore.subscribe((state, previous) => {
        if (state.models === previous.models) return
        pendingWrite = () => write(useAppStore.getState())
        flushScenarioHash()
      })
      window.addEventListener('pagehide', flushScenarioHash)
      window.addEventListener('beforeprint', flushScenarioHash)
      stop = () => {
        flushScenarioHash()
        window.removeEventListener('hashchange', load)
        window.removeEventListener('pagehide', flushScenarioHash)
        window.removeEventListener('beforeprint', flushScenarioHash)
        unsubscribe()
        unsubscribeModels()
      }
    })
    return () => {
      stopped = true
      stop()
    }
  }, [])
}
