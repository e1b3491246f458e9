import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { toLng, type Lng } from './languages'

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

type Shared = { t: CachedT; lng: Lng }
const SharedTranslation = createContext<Shared | null>(null)

/**
 * One subscription to i18next for the whole tree: the active language and a caching translator,
 * handed down by context. react-i18next's useTranslation costs each caller a handful of hooks
 * and an external-store check on every render; the components a keystroke renders (the form,
 * each column, each figure) read this context instead. A new language gives a new value, and
 * with it a new cache. Sits inside I18nextProvider.
 */
export function SharedTranslationProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation()
  const lng = toLng(i18n.language)
  const value = useMemo<Shared>(() => ({ t: cachingTranslator((key, params) => (params ? t(key, params) : t(key))), lng }), [t, lng])
  return createElement(SharedTranslation.Provider, { value }, children)
}

const useShared = (): Shared => {
  const shared = useContext(SharedTranslation)
  if (!shared) throw new Error('useCachedT and useLng need a SharedTranslationProvider above them')
  return shared
}

/**
 * t() for text that a keystroke does not change (labels, hints, headings) or that takes few
 * values (a figure's words for 0 to 100 people): each key and its parameters are translated once
 * per language, not on every render.
 */
export const useCachedT = (): CachedT => useShared().t

/** The active language as one of the two the app speaks. */
export const useLng = (): Lng => useShared().lng
