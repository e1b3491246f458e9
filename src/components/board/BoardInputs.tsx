import { useTranslation } from 'react-i18next'
import type { PatientInput } from '@/model'
import { formatCm, formatYears } from '@/i18n/format'
import { useLng } from '@/i18n/sharedTranslation'

// A board knows the usual abbreviations ("UPS"), and the full name would not fit on one line:
// use the abbreviation that ends each histology label, if there is one.
const shortLabel = (label: string): string => /\(([A-Z][A-Za-z/-]{1,8})\)$/.exec(label)?.[1] ?? label

/** The patient in one line, in short words: the board reads it across the room. */
export function BoardInputs({ input }: { input: PatientInput }) {
  const { t } = useTranslation()
  const lng = useLng()
  const parts = [
    formatYears(input.age, lng),
    formatCm(input.sizeCm, lng),
    t(`views:board.short.depth.${input.depth}`),
    shortLabel(t(`histology.${input.histology}`)),
    t(`views:board.short.grade`, { grade: input.grade }),
    input.site === 'extremity' && input.limb ? t(`views:board.short.limb.${input.limb}`) : t(`views:board.short.site.${input.site}`),
    input.expectedMargin ?? t('views:board.short.marginUnknown'),
    // What the derived chance of being alive was computed with (not used for the retroperitoneum).
    input.site === 'retroperitoneum' ? null : input.sex ? t(`form.sex.options.${input.sex}`).toLocaleLowerCase(lng) : t('views:board.short.sexUnknown'),
  ]
  return (
    <p className="board__inputs">
      <span className="board__label">{t('views:board.inputsLabel')}:</span> {parts.filter(Boolean).join(' · ')}
    </p>
  )
}
