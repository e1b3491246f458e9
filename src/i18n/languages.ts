export const LANGUAGES = ['en', 'nl'] as const
export type Lng = (typeof LANGUAGES)[number]
export const NAMESPACES = ['common', 'engine', 'trials', 'views'] as const
export type Namespace = (typeof NAMESPACES)[number]

export const isLng = (value: unknown): value is Lng => value === 'en' || value === 'nl'

/** i18next may report 'nl-NL' or an unsupported tag; the app speaks exactly two languages. */
export const toLng = (tag: string | undefined): Lng => (tag?.toLowerCase().startsWith('nl') ? 'nl' : 'en')

/** The Intl locale per language: British English matches the app's spelling ("tumour", 25 November 2026). */
export const intlLocale = (lng: Lng): string => (lng === 'en' ? 'en-GB' : 'nl-NL')
