// A real i18next instance with both languages loaded synchronously from locales/, for tests.
// A missing key throws, so an untranslated key can never pass a test silently.
import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LANGUAGES, NAMESPACES } from '@/i18n/languages'

const LOCALES_DIR = join(process.cwd(), 'locales')

export const readLocale = (lng: string, ns: string): Record<string, unknown> => {
  const file = join(LOCALES_DIR, lng, `${ns}.json`)
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

export const localeFiles = (lng: string): string[] => readdirSync(join(LOCALES_DIR, lng)).filter((f) => f.endsWith('.json')).sort()

export const createTestI18n = async (lng: 'en' | 'nl' = 'en'): Promise<I18n> => {
  const instance = i18next.createInstance()
  const resources = Object.fromEntries(LANGUAGES.map((l) => [l, Object.fromEntries(NAMESPACES.map((ns) => [ns, readLocale(l, ns)]))]))
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources,
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => {
      throw new Error(`Missing translation: ${ns}:${key}`)
    },
  })
  return instance
}
