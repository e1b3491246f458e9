// The app's URL-hash form of a golden input (version 1 of src/state/urlHash.ts), so that a failing
// case can be opened in the app by pasting it after the address.
import type { PatientInput } from '@/model'

export function toHash(input: PatientInput): string {
  const params = new URLSearchParams({ v: '1' })
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue
    params.set(key, typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value))
  }
  return `#${params.toString()}`
}
