import { useTranslation } from 'react-i18next'
import { toLng, type Lng } from './languages'

/** The active language as one of the two the app speaks. */
export const useLng = (): Lng => toLng(useTranslation().i18n.language)
