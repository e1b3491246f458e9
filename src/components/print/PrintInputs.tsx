import { useTranslation } from 'react-i18next'
import type { PatientInput } from '@/model'
import { asksDepth } from '@/model/vocabulary'
import { formatCm, formatYears } from '@/i18n/format'
import { useLng } from '@/i18n/sharedTranslation'

const TRIAL_FIELDS = ['performanceStatus', 'metastatic', 'resectable', 'recurrent', 'priorRadiotherapy', 'priorChemotherapy'] as const

/**
 * The inputs in words, with the form's own labels: what the figures were computed for. A field
 * the model uses but that was left empty is written "not known", never left out silently.
 */
export function PrintInputs({ input }: { input: PatientInput }) {
  const { t } = useTranslation()
  const lng = useLng()
  const unknown = t('views:print.unknown')
  const yesNo = (value: boolean | undefined) => (value === undefined ? unknown : t(value ? 'form.yes' : 'form.no'))
  const rows: [string, string][] = [
    [t('form.age.label'), formatYears(input.age, lng) ?? t('figure.notAvailable')],
    [t('form.sizeCm.label'), formatCm(input.sizeCm, lng) ?? t('figure.notAvailable')],
    // Where the site implies the depth (the retroperitoneum), the form did not ask: say why it is deep.
    [t('form.depth.label'), asksDepth(input.site) ? t(`form.depth.options.${input.depth}`) : t('form.depth.implied')],
    [t('form.histology.label'), t(`histology.${input.histology}`)],
    [t('form.grade.label'), t(`form.grade.options.${input.grade}`)],
    [t('form.site.label'), t(`form.site.options.${input.site}`)],
  ]
  if (input.site === 'extremity') rows.push([t('form.limb.label'), input.limb ? t(`form.limb.options.${input.limb}`) : unknown])
  rows.push([t('form.expectedMargin.label'), input.expectedMargin ? t(`form.expectedMargin.options.${input.expectedMargin}`) : unknown])
  if (input.site === 'retroperitoneum') rows.push([t('form.multifocal.label'), yesNo(input.multifocal)])
  else {
    // Sex and life table: what the derived chance of being alive was computed with.
    rows.push([t('form.sex.label'), input.sex ? t(`form.sex.options.${input.sex}`) : unknown])
    rows.push([t('form.population.label'), input.population ? t(`form.population.options.${input.population}`) : t('form.population.default')])
  }
  // The trial fields are optional extras: printed only when given.
  for (const field of TRIAL_FIELDS) {
    const value = input[field]
    if (value === undefined) continue
    rows.push([t(`form.${field}.label`), typeof value === 'number' ? t(`form.performanceStatus.options.${value}`) : yesNo(value)])
  }
  return (
    <section className="p-inputs" aria-label={t('views:print.inputsHeading')}>
      <h2>{t('views:print.inputsHeading')}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
