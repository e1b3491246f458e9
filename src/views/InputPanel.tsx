import { useMemo } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { Warning } from '@/model'
import { asksDepth, DEPTH_IDS, GRADES, INPUT_LIMITS, LIMB_IDS, MARGIN_IDS, PERFORMANCE_STATUSES, POPULATION_IDS, SEX_IDS, SITE_IDS } from '@/model/vocabulary'
import { histologyGroups } from '@/components/choices'
import { NumberField } from '@/components/NumberField'
import { SelectField } from '@/components/SelectField'
import { ScenarioActions } from '@/components/ScenarioActions'
import { TrialFields } from '@/components/TrialFields'
import { errorsByField, warningsByField } from '@/state/fieldMessages'
import { FIELD_IDS, type Fields } from '@/state/fields'
import { useAppStore } from '@/state/store'
import { usePrediction } from '@/state/usePrediction'
import { agendaModule } from './agendaModule'

// One empty list for every field without warnings, so memoised fields see an unchanged prop.
const NO_WARNINGS: string[] = []

export function InputPanel() {
  // Labels, hints and messages: translated once per language, not per keystroke.
  const t = useCachedT()
  const fields = useAppStore((s) => s.fields)
  const setField = useAppStore((s) => s.setField)
  const derived = usePrediction()
  const agenda = agendaModule.use()
  const errors = errorsByField(derived)
  const warnings = warningsByField(derived)
  const error = (field: keyof Fields) => {
    const e = errors[field as keyof typeof errors]
    return e ? t(`engine:fieldError.${e.code}`) : undefined
  }
  const warn = (field: keyof Fields) => {
    const list = warnings[field as keyof typeof warnings]
    return list?.length ? list.map((w: Warning) => t(`engine:warning.${w.code}`, w.params ?? {})) : NO_WARNINGS
  }
  // Stable handlers and choice lists: a keystroke in one field re-renders that field (and any
  // whose message changed), not the forty options of the histology list.
  const handlers = useMemo(
    () => Object.fromEntries(FIELD_IDS.map((field) => [field, (value: string) => setField(field, value)])) as Record<keyof Fields, (value: string) => void>,
    [setField],
  )
  const choices = useMemo(
    () => ({
      site: SITE_IDS.map((id) => ({ value: id, label: t(`form.site.options.${id}`) })),
      depth: DEPTH_IDS.map((id) => ({ value: id, label: t(`form.depth.options.${id}`) })),
      histology: histologyGroups(t),
      grade: GRADES.map((g) => ({ value: String(g), label: t(`form.grade.options.${g}`) })),
      limb: LIMB_IDS.map((id) => ({ value: id, label: t(`form.limb.options.${id}`) })),
      sex: SEX_IDS.map((id) => ({ value: id, label: t(`form.sex.options.${id}`) })),
      population: POPULATION_IDS.map((id) => ({ value: id, label: t(`form.population.options.${id}`) })),
      expectedMargin: MARGIN_IDS.map((id) => ({ value: id, label: t(`form.expectedMargin.options.${id}`) })),
      yesNo: ['no', 'yes'].map((v) => ({ value: v, label: t(`form.${v}`) })),
      performanceStatus: PERFORMANCE_STATUSES.map((ps) => ({ value: String(ps), label: t(`form.performanceStatus.options.${ps}`) })),
    }),
    [t],
  )
  const common = (field: keyof Fields) => ({
    name: field,
    value: fields[field],
    onChange: handlers[field],
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
        <SelectField label={t('form.site.label')} emptyLabel={choose} choices={choices.site} {...common('site')} />
        <NumberField
          label={t('form.age.label')}
          unit={t('form.age.unit')}
          hint={t('form.age.hint', { min: INPUT_LIMITS.ageYears.min, max: INPUT_LIMITS.ageYears.max })}
          {...common('age')}
        />
        <NumberField label={t('form.sizeCm.label')} unit={t('form.sizeCm.unit')} hint={t('form.sizeCm.hint')} {...common('sizeCm')} />
        {asksDepth(fields.site) ? (
          <SelectField label={t('form.depth.label')} emptyLabel={choose} choices={choices.depth} {...common('depth')} />
        ) : (
          <p className="field field--implied">
            <span className="field__name">{t('form.depth.label')}</span> {t('form.depth.implied')}
          </p>
        )}
        <SelectField label={t('form.histology.label')} emptyLabel={choose} groups={choices.histology} hint={t('form.histology.hint')} {...common('histology')} />
        <SelectField
          label={t('form.grade.label')}
          emptyLabel={choose}
          choices={choices.grade}
          {...common('grade')}
        />
        {fields.site === 'extremity' ? (
          <SelectField label={t('form.limb.label')} emptyLabel={unknown} choices={choices.limb} {...common('limb')} />
        ) : null}
        <SelectField
          label={t('form.expectedMargin.label')}
          emptyLabel={unknown}
          choices={choices.expectedMargin}
          {...common('expectedMargin')}
        />
        {fields.site === 'retroperitoneum' ? (
          <SelectField label={t('form.multifocal.label')} emptyLabel={unknown} choices={choices.yesNo} {...common('multifocal')} />
        ) : null}
        {fields.site !== '' && fields.site !== 'retroperitoneum' ? (
          <>
            <SelectField label={t('form.sex.label')} emptyLabel={unknown} choices={choices.sex} hint={t('form.sex.hint')} {...common('sex')} />
            <SelectField
              label={t('form.population.label')}
              emptyLabel={t('form.population.default')}
              choices={choices.population}
              hint={t('form.population.hint')}
              {...common('population')}
            />
          </>
        ) : null}
        <TrialFields common={common} choices={choices} />
      </form>
      <ScenarioActions />
      {agenda ? <agenda.AgendaAdd ready={derived.kind === 'ready'} /> : null}
    </section>
  )
}
