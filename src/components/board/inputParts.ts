import type { TFunction } from 'i18next'
import type { PatientInput } from '@/model'
import { formatCm, formatYears } from '@/i18n/format'
import type { Lng } from '@/i18n/languages'

// A board knows the usual abbreviations ("UPS"), and the full name would not fit on one line:
// use the abbreviation that ends each histology label, if there is one.
const shortLabel = (label: string): string => /\(([A-Z][A-Za-z/-]{1,8})\)$/.exec(label)?.[1] ?? label

/** The patient in short words, for one line: the board's and each case of the agenda. */
export const inputParts = (input: PatientInput, t: TFunction, lng: Lng): string[] =>
  [
    formatYears(input.age, lng),
    formatCm(input.sizeCm, lng),
    t(`views:board.short.depth.${input.depth}`),
    shortLabel(t(`histology.${input.histology}`)),
    t(`views:board.short.grade`, { grade: input.grade }),
    input.site === 'extremity' && input.limb ? t(`views:board.short.limb.${input.limb}`) : t(`views:board.short.site.${input.site}`),
    input.expectedMargin ?? t('views:board.short.marginUnknown'),
    // What the derived chance of being alive was computed with (not used for the retroperitoneum).
    input.site === 'retroperitoneum' ? null : input.sex ? t(`form.sex.options.${input.sex}`).toLocaleLowerCase(lng) : t('views:board.short.sexUnknown'),
  ].filter((part): part is string => Boolean(part))
