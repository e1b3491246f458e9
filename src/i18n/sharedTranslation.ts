import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

type Params = Record<string, string | number>
type CachedT = (key: string, params?: Params) => string

// The key and the parameters' values in order: cheaper than JSON.stringify on every call, and
// unambiguous because no key or parameter name contains a NUL.
const cacheKey = (key: string, params: Params): string => {
  let id = key
  for (const name in params) id += `\u0000${name}\u0000${params[name]}`
  return id
}

/** A translator that remembers each key and parameters it has translated. */
const cachingTranslator = (t: (key: string, params?: Params) => string): CachedT => {
  const cache = new Map<string, string>()
  return (key, params) => {
    const id = params ? cacheKey(key, params) : key
    let text = cache.get(id)
    if (text === undefined) {
      text = t(key, params)
      cache.set(id, text)
    }
    return text
  }
}

/**
 * t() for text that a keystroke does not change (labels, hints, headings) or that takes few
 * values (a figure's words for 0 to 100 people): each key and its parameters are translated once
 * per language, not on every render. A new language gives a new cache.
 */
export function useCachedT(): CachedT {
  const { t } = useTranslation()
  return useMemo(() => cachingTranslator((key, params) => (params ? t(key, params) : t(key))), [t])
}
