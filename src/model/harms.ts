// Harms per option as the engine reports them: data/harms.ts records turned into Harm values.
// A gap becomes a harm with rate null and its reason code, so the card can say what is missing.

import type { SiteId } from './input'
import type { Harm, OptionId } from './types'
import { HARMS, type HarmRecord } from './data/harms'
import { optionSpecs } from './options'

export function toHarm(r: HarmRecord): Harm {
  const e = r.evidence
  const base = {
    id: r.id,
    window: r.window,
    source: e.source,
    ...(r.detail ? { detail: true as const } : {}),
    ...(r.caveats ? { caveats: [...r.caveats] } : {}),
  }
  if ('kind' in e) return { ...base, rate: null, reason: e.reason }
  return {
    ...base,
    rate: e.value,
    ...(e.lower !== undefined ? { lower: e.lower } : {}),
    ...(e.upper !== undefined ? { upper: e.upper } : {}),
    ...(r.numerator !== undefined ? { numerator: r.numerator } : {}),
    ...(r.denominator !== undefined ? { denominator: r.denominator } : {}),
    tags: [...e.tags],
    ...(e.via ? { via: e.via } : {}),
  }
}

// Harms depend on the site and option only, not on the patient: built once, frozen and shared
// by every prediction (predict() runs on each keystroke).
const harmCache = new Map<string, Harm[]>()

/** The harms of an option at a site, card defaults first (data order within each group). */
export function harmsFor(site: SiteId, option: OptionId): Harm[] {
  const key = `${site}:${option}`
  const cached = harmCache.get(key)
  if (cached) return cached
  const spec = optionSpecs(site).find((o) => o.id === option)
  const harms = spec ? HARMS[spec.harms].map(toHarm) : []
  const ordered = deepFreeze([...harms.filter((h) => !h.detail), ...harms.filter((h) => h.detail)])
  harmCache.set(key, ordered)
  return ordered
}

/** Freezes shared engine output so no consumer can change it for the next prediction. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
