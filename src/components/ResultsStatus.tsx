import { useTranslation } from 'react-i18next'
import { intlLocale } from '@/i18n/languages'
import { useLng } from '@/i18n/useLng'
import type { Prediction } from '@/state/usePrediction'

/** What stands between the form and the estimates: missing fields, or fields to correct. */
export function ResultsStatus({ derived }: { derived: Exclude<Prediction, { kind: 'ready' }> }) {
  const { t } = useTranslation()
  const lng = useLng()
  if (derived.kind === 'loading') {
    return (
      <div className="notice notice--info" role="status">
        <p>{t('results.loading')}</p>
      </div>
    )
  }
  const missing = derived.missing.map((field) => t(`form.${field}.label`))
  return (
    <div className={`notice ${derived.kind === 'invalid' ? 'notice--error' : 'notice--info'}`} role="status">
      {derived.kind === 'invalid' ? <p>{t('results.invalid')}</p> : null}
      {missing.length ? <p>{t('results.missing', { fields: new Intl.ListFormat(intlLocale(lng), { type: 'conjunction' }).format(missing) })}</p> : null}
    </div>
  )
}
