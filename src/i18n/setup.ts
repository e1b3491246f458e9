import i18next, { type InitOptions, type i18n as I18n } from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { LANGUAGES, NAMESPACES, toLng, type Lng } from './languages'
import { loadBundle } from './resources'

export const LANGUAGE_STORAGE_KEY = 'sts-decision-aid.language'

const ensureLoaded = async (instance: I18n, lng: Lng): Promise<void> => {
  await Promise.all(
    NAMESPACES.filter((ns) => !instance.hasResourceBundle(lng, ns)).map(async (ns) => {
      instance.addResourceBundle(lng, ns, await loadBundle(lng, ns), true, true)
    }),
  )
}

/** Keeps <html lang> in step with the language, for screen readers and hyphenation. */
const followDocumentLanguage = (instance: I18n): void => {
  const apply = (tag: string) => document.documentElement.setAttribute('lang', toLng(tag))
  instance.on('languageChanged', apply)
  apply(instance.language)
}

// What the browser and the build's prerender share, so both render the same words.
const OPTIONS = {
  supportedLngs: [...LANGUAGES],
  nonExplicitSupportedLngs: true,
  load: 'languageOnly',
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  resources: {},
  partialBundledLanguages: true,
} as const satisfies InitOptions

/** An instance in one language, its translations loaded: the build's prerender uses it. */
export const createI18n = async (lng: Lng): Promise<I18n> => {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({ ...OPTIONS, lng })
  await ensureLoaded(instance, lng)
  await instance.changeLanguage(lng)
  return instance
}

export const initI18n = async (): Promise<I18n> => {
  const instance = i18next.createInstance()
  await instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      ...OPTIONS,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    })
  const lng = toLng(instance.resolvedLanguage ?? instance.language)
  await ensureLoaded(instance, lng)
  await instance.changeLanguage(lng)
  followDocumentLanguage(instance)
  return instance
}

/** Loads the language's chunks first, so the switch never flashes untranslated keys. */
export const switchLanguage = async (instance: I18n, lng: Lng): Promise<void> => {
  await ensureLoaded(instance, lng)
  await instance.changeLanguage(lng)
}
