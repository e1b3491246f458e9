import { lazy, Suspense, useEffect } from 'react'
import { usePrediction } from '@/state/usePrediction'

const loadPrintSummary = () => import('./PrintSummary')
const PrintSummary = lazy(() => loadPrintSummary().then((m) => ({ default: m.PrintSummary })))

/**
 * Where the printed summary lives. Its code is split off the first load and fetched once the
 * screen has rendered, so Ctrl+P finds it ready; it mounts (hidden on screen) as soon as the
 * engine has an answer.
 */
export function PrintSlot() {
  const ready = usePrediction().kind === 'ready'
  useEffect(() => {
    // When the page has loaded and the browser is idle: the summary never competes with the
    // first screen, and is in place long before anyone presses Ctrl+P.
    let idle = 0
    const prefetch = () => {
      idle = window.requestIdleCallback ? window.requestIdleCallback(() => void loadPrintSummary()) : window.setTimeout(() => void loadPrintSummary(), 300)
    }
    if (document.readyState === 'complete') prefetch()
    else window.addEventListener('load', prefetch, { once: true })
    return () => {
      window.removeEventListener('load', prefetch)
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle)
      else window.clearTimeout(idle)
    }
  }, [])
  if (!ready) return null
  return (
    <Suspense fallback={null}>
      <PrintSummary />
    </Suspense>
  )
}
