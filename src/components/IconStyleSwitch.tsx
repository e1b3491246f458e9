import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { IconStyle } from '@/state/store'

const STYLES: IconStyle[] = ['squares', 'people']

/** Neutral squares by default (Predict's focus groups); person icons as a choice. */
export const IconStyleSwitch = memo(function IconStyleSwitch({ value, onChange }: { value: IconStyle; onChange: (style: IconStyle) => void }) {
  const { t } = useTranslation()
  return (
    <fieldset className="segmented">
      <legend>{t('iconArray.style.label')}</legend>
      {STYLES.map((style) => (
        <label key={style} className={style === value ? 'segmented__item segmented__item--on' : 'segmented__item'}>
          <input type="radio" name="icon-style" value={style} checked={style === value} onChange={() => onChange(style)} />
          {t(`iconArray.style.${style}`)}
        </label>
      ))}
    </fieldset>
  )
})
