// A tumour board's agenda: the meeting's cases in order, kept in this browser (localStorage)
// until cleared, like loaded model files, and never sent anywhere. No zod here: the store is read
// by the consultation screen's first render; the link codec (agendaCodec.ts) loads only when an
// agenda link is opened or copied.
import { create } from 'zustand'
import { MAX_CASES, MAX_LABEL_LENGTH } from './agendaLabel'
import { EMPTY_FIELDS, FIELD_IDS, type Fields } from './fields'
import { VALUE_IDS, type Scenario, type ValueId } from './scenario'
import { useAppStore } from './store'
import type { AgendaCase, DecodedAgenda } from './agendaCodec'
import { readStoredList, writeStoredList } from './storedList'

export type { AgendaCase } from './agendaCodec'
/** What opening the last agenda link left out, for the board and the agenda view to say. */
export type AgendaNotice = Omit<DecodedAgenda, 'cases'>

const STORAGE_KEY = 'sts-decision-aid.agenda.v1'

const isCase = (x: unknown): x is AgendaCase => {
  if (!x || typeof x !== 'object') return false
  const { scenario, label } = x as Record<string, unknown>
  if (typeof label !== 'string' || label.length > MAX_LABEL_LENGTH || !scenario || typeof scenario !== 'object') return false
  const { fields, horizonYears, values } = scenario as Record<string, unknown>
  if (!fields || typeof fields !== 'object') return false
  const f = fields as Record<string, unknown>
  return (
    FIELD_IDS.every((id) => typeof f[id] === 'string' && (f[id] as string).length <= 64) &&
    (horizonYears === null || (typeof horizonYears === 'number' && Number.isInteger(horizonYears))) &&
    Array.isArray(values) &&
    values.every((v) => (VALUE_IDS as readonly unknown[]).includes(v))
  )
}

/** Only the known fields of a stored case: an edited storage entry cannot add any. */
const cleanCase = ({ scenario, label }: AgendaCase): AgendaCase => {
  const fields: Fields = { ...EMPTY_FIELDS }
  for (const id of FIELD_IDS) fields[id] = scenario.fields[id]
  return { label, scenario: { fields, horizonYears: scenario.horizonYears, values: [...scenario.values] as ValueId[] } }
}

/** What this browser holds; unreadable storage reads as an empty agenda. */
export const readStoredAgenda = (): AgendaCase[] => readStoredList(STORAGE_KEY, isCase).slice(0, MAX_CASES).map(cleanCase)

// Storage refused (private mode, quota): the agenda still works in this tab.
const writeStoredAgenda = (cases: readonly AgendaCase[]): void => void writeStoredList(STORAGE_KEY, cases)

export type AgendaState = {
  cases: AgendaCase[]
  /** The case on the board (an index into cases). */
  position: number
  /** True while the board steps through the agenda (from an agenda link or "Start the meeting"). */
  active: boolean
  notice: AgendaNotice | null
  /** Counts the requests to print the agenda (0: none since the last print ended). */
  printRequests: number
  /** Adds a case at the end; false when the agenda already holds 30. */
  add: (item: AgendaCase) => boolean
  remove: (index: number) => void
  move: (index: number, by: -1 | 1) => void
  clear: () => void
  /** Replaces the agenda with an opened link's cases. */
  open: (decoded: DecodedAgenda) => void
  dismissNotice: () => void
  end: () => void
  requestPrint: () => void
  printDone: () => void
}

const keep = (cases: AgendaCase[]) => {
  writeStoredAgenda(cases)
  return cases
}

export const useAgendaStore = create<AgendaState>()((set, get) => ({
  cases: readStoredAgenda(),
  position: 0,
  active: false,
  notice: null,
  printRequests: 0,
  add: (item) => {
    const { cases } = get()
    if (cases.length >= MAX_CASES) return false
    set({ cases: keep([...cases, item]) })
    return true
  },
  remove: (index) => {
    const cases = get().cases.filter((_, i) => i !== index)
    const position = Math.min(get().position > index ? get().position - 1 : get().position, Math.max(0, cases.length - 1))
    set({ cases: keep(cases), position, active: get().active && cases.length > 0 })
  },
  move: (index, by) => {
    const cases = [...get().cases]
    const other = index + by
    const a = cases[index]
    const b = cases[other]
    if (!a || !b) return
    cases[index] = b
    cases[other] = a
    const { position } = get()
    set({ cases: keep(cases), position: position === index ? other : position === other ? index : position })
  },
  clear: () => set({ cases: keep([]), position: 0, active: false, notice: null }),
  open: ({ cases, ...notice }) => {
    const shown = notice.unreadable.length || notice.refusedLabels.length || notice.truncated || notice.unreadableLink
    set({ cases: keep(cases.slice(0, MAX_CASES)), position: 0, active: false, notice: shown ? notice : null })
  },
  dismissNotice: () => set({ notice: null }),
  end: () => set({ active: false }),
  requestPrint: () => set((s) => ({ printRequests: s.printRequests + 1 })),
  printDone: () => set({ printRequests: 0 }),
}))

if (typeof window !== 'undefined') {
  // Another patient's link opened during a meeting: the form no longer holds the agenda's case.
  window.addEventListener('hashchange', () => {
    if (!/^#?agenda=/.test(window.location.hash)) useAgendaStore.getState().end()
  })
  // Another tab changing the agenda: this tab follows.
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY) {
      const cases = readStoredAgenda()
      useAgendaStore.setState((s) => ({ cases, position: Math.min(s.position, Math.max(0, cases.length - 1)), active: s.active && cases.length > 0 }))
    }
  })
}

/** The case in the form: its inputs and values; the horizon the board chose stays (it carries over). */
export function showCase(index: number): void {
  const item = useAgendaStore.getState().cases[index]
  if (!item) return
  useAgendaStore.setState({ position: index, active: true })
  const app = useAppStore.getState()
  useAppStore.setState({
    fields: { ...item.scenario.fields },
    values: [...item.scenario.values],
    horizonYears: app.horizonYears ?? item.scenario.horizonYears,
    hashStatus: 'empty',
    linkModels: [],
  })
}

/** The meeting starts (or goes on) on the board at this case. */
export function startMeeting(index = useAgendaStore.getState().position): void {
  showCase(index)
  if (useAgendaStore.getState().active) useAppStore.getState().setMode('projector')
}

/** The case the form holds now, to add to the agenda. */
export const currentScenario = (): Scenario => {
  const { fields, horizonYears, values } = useAppStore.getState()
  return { fields: { ...fields }, horizonYears, values: [...values] }
}

/** Opens an agenda link: its cases replace this browser's agenda, and the board shows case 1. */
export async function openAgendaLink(hash: string): Promise<void> {
  const { decodeAgenda } = await import('./agendaCodec')
  const decoded = decodeAgenda(hash)
  useAgendaStore.getState().open(decoded)
  if (decoded.cases.length) startMeeting(0)
  else useAppStore.getState().setMode('agenda')
}

/** The agenda link to copy (the codec loads on demand). */
export async function agendaLink(): Promise<string> {
  const { encodeAgenda } = await import('./agendaCodec')
  return `${window.location.origin}${window.location.pathname}${encodeAgenda(useAgendaStore.getState().cases)}`
}
