import { startTransition, useDeferredValue, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { usePrediction } from '@/state/usePrediction'
import type * as PrintModule from './PrintSummary'

let loaded: typeof PrintModule | null = null
const loadPrintSummary = (): Promise<typeof PrintModule> =>
  import('./PrintSummary').then((module) => {
    loaded = module
    return module
  })

type Props = {
  /** True while the user is on the way to printing (the values step is open): build it now. */
  wanted?: boolean
}

/**
 * Where the printed summary lives (hidden on screen). Its code (with the charts) is split off
 * the first load and fetched when the idle browser first has estimates to print. The summary
 * itself, long and with charts of its own, is built when printing is asked for: as the values
 * step opens (the "Print summary" button), or, for the browser's own print (Ctrl+P, the board's
 * P), synchronously in beforeprint, before the browser lays out the page for paper. Building it
 * with the screen's results held a slow phone's main thread for a second, for a page most
 * visits never print.
 */
export function PrintSlot({ wanted = false }: Props) {
  const ready = usePrediction().kind === 'ready'
  const [module, setModule] = useState<typeof PrintModule | null>(loaded)
  const [asked, setAsked] = useState(false)
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    if (!ready || module) return
    let live = true
    const load = () => void loadPrintSummary().then((arrived) => live && startTransition(() => setModule(arrived)))
    const idle = window.requestIdleCallback ? window.requestIdleCallback(load) : window.setTimeout(load, 300)
    return () => {
      live = false
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle)
      else window.clearTimeout(idle)
    }
  }, [ready, module])
  // Once asked for, the summary stays built (a state set while rendering: React's pattern for
  // information kept from earlier renders). Built in the background (a deferred value), so the
  // values step opens at once; the browser's own print builds it synchronously instead.
  if (wanted && !asked) setAsked(true)
  const askedAndDeferred = useDeferredValue(asked)
  useEffect(() => {
    if (!asked || module) return
    let live = true
    void loadPrintSummary().then((arrived) => live && setModule(arrived))
    return () => {
      live = false
    }
  }, [asked, module])
  useEffect(() => {
    if (printing) return
    const now = () => {
      if (!loaded) return
      const arrived = loaded
      flushSync(() => {
        setModule(arrived)
        setPrinting(true)
      })
    }
    window.addEventListener('beforeprint', now)
    return () => window.removeEventListener('beforeprint', now)
  }, [printing])
  if (!ready || !module || !(printing || askedAndDeferred)) return null
  return <module.PrintSummary />
}
