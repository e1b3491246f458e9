// A short, readable name for a source record ("Gronchi 2013"), taken from its own citation so
// nothing is copied by hand. Team derivations are named as such by the caller (translated).
import type { SourceRecord } from '@/model'

export const shortSourceName = (record: SourceRecord): string => {
  const head = record.citation.split(/[,:.;(]/)[0]?.trim() ?? record.id
  // "Gronchi A" -> "Gronchi": drop author initials.
  const words = head.split(/\s+/)
  const name = words.length === 2 && /^[A-Z]{1,3}$/.test(words[1] ?? '') ? words[0] ?? head : head
  const short = name.length > 40 ? `${name.slice(0, 39)}…` : name
  return record.year && !short.includes(String(record.year)) ? `${short} ${record.year}` : short
}
