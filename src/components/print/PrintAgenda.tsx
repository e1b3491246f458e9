import { useEffect } from 'react'
import { PrintCase } from './PrintCase'
import { useAgendaStore } from '@/state/agenda'
import { useEngine } from '@/state/engine'
import { selectStoredModels, useModelStore } from '@/state/loadedModels'
import { useAppStore } from '@/state/store'

/**
 * The printed agenda: one A4 page per case, in the active language, with the horizon the board
 * chose. Built only when "Print agenda" is asked for; while it is mounted the page prints the
 * agenda instead of the single patient's summary (print.css, html[data-print="agenda"]), and the
 * print dialog opens once the pages are in the document.
 */
export function PrintAgenda() {
  const engine = useEngine()
  const cases = useAgendaStore((s) => s.cases)
  const requests = useAgendaStore((s) => s.printRequests)
  const printDone = useAgendaStore((s) => s.printDone)
  const chosenYears = useAppStore((s) => s.horizonYears)
  const stored = useModelStore(selectStoredModels)
  useEffect(() => {
    document.documentElement.dataset.print = 'agenda'
    return () => {
      delete document.documentElement.dataset.print
    }
  }, [])
  useEffect(() => {
    if (!engine || !requests) return
    window.addEventListener('afterprint', printDone, { once: true })
    window.print()
    return () => window.removeEventListener('afterprint', printDone)
  }, [engine, requests, printDone])
  if (!engine) return null
  const today = new Date()
  const models = engine.loadedModelsFrom(stored)
  return (
    <div className="print-summary print-agenda" data-print-agenda="">
      {cases.map((item, index) => (
        // Position is the identity: the agenda is printed as it stands.
        <PrintCase key={index} item={item} n={index + 1} total={cases.length} derived={engine.deriveFromFields(item.scenario.fields, today, models)} chosenYears={chosenYears} today={today} />
      ))}
    </div>
  )
}
