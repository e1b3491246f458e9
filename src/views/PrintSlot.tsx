import { lazy, Suspense, useEffect } from 'react'
import { usePrediction } from '@/state/usePrediction'

const loadPrintSummary = () => import('./PrintSummary')
const PrintSummary = lazy(() => loadPrintSummary().then((m) => ({ default: m.PrintSummary })))

/**
 * Where the printed summary lives. Its code (with the charts) is split off the first load and
 * fetched when the idle browser first has estimates to print, so it never competes with the
 * first screen and is in place long before anyone presses Ctrl+P; it mounts (hidden on
 * screen) as soon as the engine has an answer.
 */
export function PrintSlot() {
  const ready = usePrediction().kind === 'ready'
  useEffect(() => {
    if (!ready) return
    const idle = window.requestIdleCallback ? window.requestIdleCallback(() => void loadPrintSummary()) : window.setTimeout(() => void loadPrintSummary(), 300)
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle)
      else window.clearTimeout(idle)
    }
  }, [ready])
  if (!ready) return null
  return (
    <Suspense fallback={null}>
      <PrintSummary />
    </Suspense>
  )
}
