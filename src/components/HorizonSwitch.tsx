import { memo } from 'react'
import { useTranslation } from 'react-i18next'

type Props = { horizons: number[]; value: number; onChange: (years: number) => void }

/**
 * One global horizon for every column. Only horizons the evidence supports for this patient
 * are offered (never extrapolated); a radio group so arrow keys move between them.
 */
export const HorizonSwitch = memo(function HorizonSwitch({ horizons, value, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <fieldset className="segmented">
      <legend>{t('results.horizon.label')}</legend>
      {horizons.map((years) => (
        <label key={years} className={years === value ? 'segmented__item segmented__item--on' : 'segmented__item'}>
          <input type="radio" name="horizon" value={years} checked={years === value} onChange={() => onChange(years)} />
          {t('results.horizon.option', { count: years })}
        </label>
      ))}
    </fieldset>
  )
}, (a, b) => a.value === b.value && a.onChange === b.onChange && a.horizons.join() === b.horizons.join())
