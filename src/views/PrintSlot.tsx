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
    const prefetch = () => void loadPrintSummary()
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(prefetch, { timeout: 2000 })
      return () => window.cancelIdleCallback(id)
    }
    const id = window.setTimeout(prefetch, 500)
    return () => window.clearTimeout(id)
  }, [])
  if (!ready) return null
  return (
    <Suspense fallback={null}>
      <PrintSummary />
    </Suspense>
  )
}
