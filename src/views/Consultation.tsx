import { useTranslation } from 'react-i18next'
import { HashNotice } from '@/components/HashNotice'
import { ResultsStatus } from '@/components/ResultsStatus'
import { usePrediction } from '@/state/usePrediction'
import { Comparison } from './Comparison'
import { InputPanel } from './InputPanel'
import { TrialsPanel } from './TrialsPanel'

/** The consultation screen: inputs left, options side by side right, trials below. */
export function Consultation() {
  const { t } = useTranslation()
  const derived = usePrediction()
  return (
    <div className="consultation">
      <InputPanel />
      <div className="results-column">
        <HashNotice />
        <section className="panel results" aria-labelledby="results-heading" aria-busy={false}>
          <h2 id="results-heading">{t('results.heading')}</h2>
          {derived.kind === 'ready' ? <Comparison prediction={derived.prediction} /> : <ResultsStatus derived={derived} />}
        </section>
        {derived.kind === 'ready' ? <TrialsPanel trials={derived.trials} /> : null}
      </div>
    </div>
  )
}
