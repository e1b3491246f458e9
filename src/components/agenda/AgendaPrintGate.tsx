import { lazy, Suspense } from 'react'
import { useAgendaStore } from '@/state/agenda'

// The agenda's print code is fetched the first time "Print agenda" is asked for, never before.
const PrintAgenda = lazy(() => import('../print/PrintAgenda').then((m) => ({ default: m.PrintAgenda })))

/** Where the printed agenda lives while it is being printed (hidden on screen). */
export function AgendaPrintGate() {
  const asked = useAgendaStore((s) => s.printRequests > 0)
  if (!asked) return null
  return (
    <Suspense fallback={null}>
      <PrintAgenda />
    </Suspense>
  )
}
