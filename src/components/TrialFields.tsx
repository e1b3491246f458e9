import { useCachedT } from '@/i18n/sharedTranslation'
import type { Fields } from '@/state/fields'
import type { FieldMessages } from './fieldParts'
import { SelectField, type Choice } from './SelectField'

type Common = (field: keyof Fields) => FieldMessages & { name: string; value: string; onChange: (value: string) => void }

const YES_NO_FIELDS = ['metastatic', 'resectable', 'recurrent', 'priorRadiotherapy', 'priorChemotherapy'] as const

/** The fields only trial eligibility needs; each starts as "unknown", which the matcher leaves to confirm. */
export function TrialFields({ common, choices }: { common: Common; choices: { performanceStatus: Choice[]; yesNo: Choice[] } }) {
  const t = useCachedT()
  const unknown = t('form.unknown')
  return (
    <details className="trial-fields">
      <summary>{t('form.trialGroup.heading')}</summary>
      <p className="field__hint">{t('form.trialGroup.hint')}</p>
      <SelectField
        label={t('form.performanceStatus.label')}
        emptyLabel={unknown}
        choices={choices.performanceStatus}
        {...common('performanceStatus')}
      />
      {YES_NO_FIELDS.map((field) => (
        <SelectField
          key={field}
          label={t(`form.${field}.label`)}
          emptyLabel={unknown}
          choices={choices.yesNo}
          {...common(field)}
        />
      ))}
    </details>
  )
}
