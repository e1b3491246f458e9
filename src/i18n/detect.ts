// Which of the two languages to start in: the reader's own earlier choice, else the first of
// the browser's languages the app speaks, else English. public/shell/language.js applies the
// same rule before any of the app has loaded, to show the prerendered first screen in it.
import { isLng, type Lng } from './languages'

export const LANGUAGE_STORAGE_KEY = 'sts-decision-aid.language'

/** 'nl', 'nl-BE', 'EN-gb' -> the app's language; anything else -> null. */
export const supportedLanguage = (tag: unknown): Lng | null => {
  const code = String(tag ?? '').toLowerCase().split('-')[0]
  return isLng(code) ? code : null
}

export const detectLanguage = (storage: Pick<Storage, 'getItem'> | null = safeStorage(), languages: readonly string[] = browserLanguages()): Lng => {
  let stored: string | null = null
  try {
    stored = storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null
  } catch {
    // Storage can be switched off; the browser's languages decide.
  }
  return supportedLanguage(stored) ?? languages.map(supportedLanguage).find((lng) => lng !== null) ?? 'en'
}

/** Remembers the reader's choice for the next visit (nothing when storage is off). */
export const rememberLanguage = (lng: Lng): void => {
  try {
    safeStorage()?.setItem(LANGUAGE_STORAGE_KEY, lng)
  } catch {
    // Not remembered: the next visit follows the browser again.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}
