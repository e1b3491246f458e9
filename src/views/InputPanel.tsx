import { useTranslation } from 'react-i18next'
import type { Warning } from '@/model'
import { DEPTH_IDS, GRADES, INPUT_LIMITS, LIMB_IDS, MARGIN_IDS, SITE_IDS } from '@/model/vocabulary'
import { histologyGroups } from '@/components/choices'
import { NumberField } from '@/components/NumberField'
import { SelectField } from '@/components/SelectField'
import { ScenarioActions } from '@/components/ScenarioActions'
import { TrialFields } from '@/components/TrialFields'
import { errorsByField, warningsByField } from '@/state/fieldMessages'
import type { Fields } from '@/state/fields'
import { useAppStore } from '@/state/store'
import { usePrediction } from '@/state/usePrediction'

export function InputPanel() {
  const { t } = useTranslation()
  const fields = useAppStore((s) => s.fields)
  const setField = useAppStore((s) => s.setField)
  const derived = usePrediction()
  const errors = errorsByField(derived)
  const warnings = warningsByField(derived)
  const error = (field: keyof Fields) => {
    const e = errors[field as keyof typeof errors]
    return e ? t(`engine:fieldError.${e.code}`) : undefined
  }
  const warn = (field: keyof Fields) =>
    (warnings[field as keyof typeof warnings] ?? []).map((w: Warning) => t(`engine:warning.${w.code}`, w.params ?? {}))
  const common = (field: keyof Fields) => ({
    name: field,
    value: fields[field],
    onChange: (value: string) => setField(field, value),
    error: error(field),
    warnings: warn(field),
  })
  const choose = t('form.choose')
  const unknown = t('form.unknown')

  return (
    <section className="panel input-panel" aria-labelledby="inputs-heading">
      <h2 id="inputs-heading">{t('form.heading')}</h2>
      <p className="panel__lead">{t('form.lead')}</p>
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <SelectField label={t('form.site.label')} emptyLabel={choose} choices={SITE_IDS.map((id) => ({ value: id, label: t(`form.site.options.${id}`) }))} {...common('site')} />
        <NumberField
          label={t('form.age.label')}
          unit={t('form.age.unit')}
          hint={t('form.age.hint', { min: INPUT_LIMITS.ageYears.min, max: INPUT_LIMITS.ageYears.max })}
          {...common('age')}
        />
        <NumberField label={t('form.sizeCm.label')} unit={t('form.sizeCm.unit')} hint={t('form.sizeCm.hint')} {...common('sizeCm')} />
        <SelectField label={t('form.depth.label')} emptyLabel={choose} choices={DEPTH_IDS.map((id) => ({ value: id, label: t(`form.depth.options.${id}`) }))} {...common('depth')} />
        <SelectField label={t('form.histology.label')} emptyLabel={choose} groups={histologyGroups(t)} hint={t('form.histology.hint')} {...common('histology')} />
        <SelectField
          label={t('form.grade.label')}
          emptyLabel={choose}
          choices={GRADES.map((g) => ({ value: String(g), label: t(`form.grade.options.${g}`) }))}
          {...common('grade')}
        />
        {fields.site === 'extremity' ? (
          <SelectField label={t('form.limb.label')} emptyLabel={unknown} choices={LIMB_IDS.map((id) => ({ value: id, label: t(`form.limb.options.${id}`) }))} {...common('limb')} />
        ) : null}
        <SelectField
          label={t('form.expectedMargin.label')}
          emptyLabel={unknown}
          choices={MARGIN_IDS.map((id) => ({ value: id, label: t(`form.expectedMargin.options.${id}`) }))}
          {...common('expectedMargin')}
        />
        {fields.site === 'retroperitoneum' ? (
          <SelectField label={t('form.multifocal.label')} emptyLabel={unknown} choices={['no', 'yes'].map((v) => ({ value: v, label: t(`form.${v}`) }))} {...common('multifocal')} />
        ) : null}
        <TrialFields common={common} />
      </form>
      <ScenarioActions />
    </section>
  )
}
