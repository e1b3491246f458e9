import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

type Params = Record<string, string | number>
type CachedT = (key: string, params?: Params) => string

/** A translator that remembers each key and parameters it has translated. */
const cachingTranslator = (t: (key: string, params?: Params) => string): CachedT => {
  const cache = new Map<string, string>()
  return (key, params) => {
    const id = params ? `${key}\u0000${JSON.stringify(params)}` : key
    let text = cache.get(id)
    if (text === undefined) {
      text = t(key, params)
      cache.set(id, text)
    }
    return text
  }
}

/**
 * t() for text that a keystroke does not change (labels, hints, headings): each key and its
 * parameters are translated once per language, not on every render of a form that re-renders
 * with every keystroke. A new language gives a new cache.
 */
export function useCachedT(): CachedT {
  const { t } = useTranslation()
  return useMemo(() => cachingTranslator((key, params) => (params ? t(key, params) : t(key))), [t])
}
