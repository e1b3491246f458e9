// A short, readable name for a source record ("Gronchi 2013"), taken from its own citation so
// nothing is copied by hand. Team derivations are named as such by the caller (translated).
import { SOURCE_LIST, type SourceRecord } from '@/model'

export const shortSourceName = (record: SourceRecord): string => {
  const head = record.citation.split(/[,:.;(]/)[0]?.trim() ?? record.id
  // "Gronchi A" -> "Gronchi": drop author initials.
  const words = head.split(/\s+/)
  const name = words.length === 2 && /^[A-Z]{1,3}$/.test(words[1] ?? '') ? words[0] ?? head : head
  const short = name.length > 40 ? `${name.slice(0, 39)}…` : name
  return record.year && !short.includes(String(record.year)) ? `${short} ${record.year}` : short
}

/**
 * The name a reader sees: a publication by its first author and year; the project team's own
 * derivations, which have no author, as "project team's derivation 1, 2, ..." in registry order,
 * so several of them in one list stay distinguishable in either language.
 */
export const sourceDisplayName = (record: SourceRecord, derivationLabel: string): string => {
  if (record.kind !== 'derivation') return shortSourceName(record)
  const index = SOURCE_LIST.filter((r) => r.kind === 'derivation').findIndex((r) => r.id === record.id)
  return `${derivationLabel} ${index + 1}`
}
