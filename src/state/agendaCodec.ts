// A tumour board's agenda in one URL hash: `#agenda=1&case=<scenario>&case=<scenario>…`, each
// <scenario> a share-link scenario (urlHash.ts) URL-encoded as one value, optionally carrying
// `label=` (at most 24 characters). Outside tools build these links, so the hash is untrusted
// input: a pure codec that never throws. Stricter than a single shared link: a case with an
// unknown field, a bad value or a value out of range is not opened in part but skipped and named,
// so a board never discusses a patient with half the inputs silently dropped.
import { z } from 'zod'
import { parseDecimal } from '@/i18n/parse'
import { INPUT_LIMITS } from '@/model/vocabulary'
import { checkLabel, MAX_CASES, MAX_LABEL_LENGTH, tidyLabel } from './agendaLabel'
import { FIELD_IDS } from './fields'
import { decodeHash, encodeHash, type Scenario } from './urlHash'

z.config({ jitless: true })

export { checkLabel, MAX_CASES, MAX_LABEL_LENGTH } from './agendaLabel'

export const AGENDA_VERSION = '1'
/** The longest agenda hash read: 30 full scenarios with labels fit with room to spare. */
export const MAX_AGENDA_LENGTH = 32_000
/** One case's scenario, as long as a single shared link may be (urlHash.ts). */
const MAX_CASE_LENGTH = 2000

export type AgendaCase = { scenario: Scenario; label: string }
export type DecodedAgenda = {
  cases: AgendaCase[]
  /** 1-based places in the link of the cases that could not be read. */
  unreadable: number[]
  /** 1-based places in the link whose label was left out (it looked like a date or a record number). */
  refusedLabels: number[]
  /** The link held more than 30 cases, or was longer than MAX_AGENDA_LENGTH: only the first were read. */
  truncated: boolean
  /** Not an agenda of a version this app reads: nothing in it was opened. */
  unreadableLink: boolean
}

const SCENARIO_KEYS: ReadonlySet<string> = new Set(['v', ...FIELD_IDS, 'h', 'values', 'm', 'label'])

/** A link's label: cut to 24 characters; one that looks like a date or a record number is refused. */
const linkLabel = (text: string): { label: string; refused: boolean } => {
  const cut = [...tidyLabel(text)].slice(0, MAX_LABEL_LENGTH).join('').trim()
  const checked = checkLabel(cut)
  return checked.ok ? { label: checked.label, refused: false } : { label: '', refused: true }
}

const safeParams = (text: string): URLSearchParams | null => {
  try {
    return new URLSearchParams(text)
  } catch {
    return null
  }
}

const inRange = (text: string, min: number, max: number, minExclusive = false): boolean => {
  const parsed = parseDecimal(text)
  return parsed.ok && (minExclusive ? parsed.value > min : parsed.value >= min) && parsed.value <= max
}

/** One case, all or nothing: null for an unknown or repeated field, a bad value or one out of range. */
const readCase = (text: string): { scenario: Scenario; label: string; refused: boolean } | null => {
  if (text.length > MAX_CASE_LENGTH || text.includes('\uFFFD')) return null
  const params = safeParams(text)
  if (!params) return null
  const keys = [...params.keys()]
  if (keys.some((key) => !SCENARIO_KEYS.has(key)) || new Set(keys).size !== keys.length) return null
  const labelText = params.get('label') ?? ''
  if (labelText.includes('\uFFFD')) return null
  const label = linkLabel(labelText)
  params.delete('label')
  const decoded = decodeHash(`#${params.toString()}`)
  if (decoded.status !== 'ok') return null
  const { fields } = decoded.scenario
  if (fields.age !== '' && !inRange(fields.age, INPUT_LIMITS.ageYears.min, INPUT_LIMITS.ageYears.max)) return null
  if (fields.sizeCm !== '' && !inRange(fields.sizeCm, INPUT_LIMITS.sizeCm.minExclusive, INPUT_LIMITS.sizeCm.max, true)) return null
  return { scenario: decoded.scenario, label: label.label, refused: label.refused }
}

export const decodeAgenda = (hash: string): DecodedAgenda => {
  const result: DecodedAgenda = { cases: [], unreadable: [], refusedLabels: [], truncated: false, unreadableLink: false }
  if (typeof hash !== 'string') return { ...result, unreadableLink: true }
  let text = hash.replace(/^#/, '')
  if (text.length > MAX_AGENDA_LENGTH) {
    // Only whole cases: cut before the case the limit falls in.
    text = text.slice(0, text.slice(0, MAX_AGENDA_LENGTH + 1).lastIndexOf('&'))
    result.truncated = true
  }
  const params = safeParams(text)
  if (!params || params.get('agenda') !== AGENDA_VERSION) return { ...result, unreadableLink: true }
  const given = params.getAll('case')
  if (given.length > MAX_CASES) result.truncated = true
  given.slice(0, MAX_CASES).forEach((caseText, index) => {
    const read = readCase(caseText)
    if (!read) return void result.unreadable.push(index + 1)
    if (read.refused) result.refusedLabels.push(index + 1)
    result.cases.push({ scenario: read.scenario, label: read.label })
  })
  return result
}

/** The case as its `case=` value holds it (before the outer URL encoding). */
export const encodeCase = ({ scenario, label }: AgendaCase): string => {
  const params = new URLSearchParams(encodeHash(scenario).replace(/^#/, ''))
  const checked = checkLabel(label)
  if (checked.ok && checked.label) params.set('label', checked.label)
  return params.toString()
}

export const encodeAgenda = (cases: readonly AgendaCase[]): string => {
  const params = new URLSearchParams({ agenda: AGENDA_VERSION })
  for (const item of cases.slice(0, MAX_CASES)) params.append('case', encodeCase(item))
  return `#${params.toString()}`
}
