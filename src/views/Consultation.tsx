import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { HashNotice } from '@/components/HashNotice'
import { ResultsStatus } from '@/components/ResultsStatus'
import { usePrediction } from '@/state/usePrediction'
import { InputPanel } from './InputPanel'

const Comparison = lazy(() => import('./Results').then((m) => ({ default: m.Comparison })))
const TrialsPanel = lazy(() => import('./Results').then((m) => ({ default: m.TrialsPanel })))

/** The consultation screen: inputs left, options side by side right, trials below. */
export function Consultation() {
  const { t } = useTranslation()
  const derived = usePrediction()
  const loading = <ResultsStatus derived={{ kind: 'loading' }} />
  return (
    <div className="consultation">
      <InputPanel />
      <div className="results-column">
        <HashNotice />
        <section className="panel results" aria-labelledby="results-heading">
          <h2 id="results-heading">{t('results.heading')}</h2>
          {derived.kind === 'ready' ? (
            <Suspense fallback={loading}>
              <Comparison prediction={derived.prediction} />
            </Suspense>
          ) : (
            <ResultsStatus derived={derived} />
          )}
        </section>
        {derived.kind === 'ready' ? (
          <Suspense fallback={null}>
            <TrialsPanel trials={derived.trials} />
          </Suspense>
        ) : null}
      </div>
    </div>
  )
}
