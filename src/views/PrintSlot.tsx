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
    // After the first paint, not during it: the summary never delays the consultation screen.
    const id = setTimeout(prefetch, 300)
    return () => clearTimeout(id)
  }, [])
  if (!ready) return null
  return (
    <Suspense fallback={null}>
      <PrintSummary />
    </Suspense>
  )
}
