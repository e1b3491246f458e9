import { useTranslation } from 'react-i18next'
import type { Prediction } from '@/state/usePrediction'

/** What stands between the form and the estimates: missing fields, or fields to correct. */
export function ResultsStatus({ derived }: { derived: Exclude<Prediction, { kind: 'ready' }> }) {
  const { t } = useTranslation()
  if (derived.kind === 'loading') {
    return (
      <div className="notice notice--info" role="status">
        <p>{t('results.loading')}</p>
      </div>
    )
  }
  return (
    <div className={`notice ${derived.kind === 'invalid' ? 'notice--error' : 'notice--info'}`} role="status">
      {derived.kind === 'invalid' ? <p>{t('results.invalid')}</p> : null}
      {derived.missing.length ? (
        // A list, not a sentence joined by Intl.ListFormat: that formatter's first use costs a
        // phone tens of milliseconds of locale data, on the first screen of every visit.
        <>
          <p id="missing-fields-intro">{t('results.missing')}</p>
          <ul className="missing-fields" aria-labelledby="missing-fields-intro">
            {derived.missing.map((field) => (
              <li key={field}>{t(`form.${field}.label`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
