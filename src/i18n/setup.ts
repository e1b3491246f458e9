import i18next, { type InitOptions, type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { detectLanguage, LANGUAGE_STORAGE_KEY, rememberLanguage } from './detect'
import { LANGUAGES, NAMESPACES, toLng, type Lng } from './languages'
import { loadBundle } from './resources'

export { LANGUAGE_STORAGE_KEY }

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
  const lng = detectLanguage()
  const instance = await createI18n(lng)
  instance.on('languageChanged', (tag: string) => rememberLanguage(toLng(tag)))
  followDocumentLanguage(instance)
  return instance
}

/** Loads the language's chunks first, so the switch never flashes untranslated keys. */
export const switchLanguage = async (instance: I18n, lng: Lng): Promise<void> => {
  await ensureLoaded(instance, lng)
  await instance.changeLanguage(lng)
}
