import { useCachedT } from '@/i18n/sharedTranslation'
import { HashNotice } from '@/components/HashNotice'
import { ModelFilesPanel } from '@/components/ModelFiles'
import { ResultsStatus } from '@/components/ResultsStatus'
import { usePrediction } from '@/state/usePrediction'
import { InputPanel } from './InputPanel'
import { resultsModule } from './resultsModule'

/** The consultation screen: inputs left, options side by side right, trials below. */
export function Consultation() {
  const t = useCachedT()
  const derived = usePrediction()
  const results = resultsModule.use()
  const ready = derived.kind === 'ready' && results ? { derived, views: results } : null
  return (
    <div className="consultation">
      <InputPanel />
      <div className="results-column">
        <HashNotice />
        <section className="panel results" aria-labelledby="results-heading">
          <h2 id="results-heading">{t('results.heading')}</h2>
          {ready ? (
            <ready.views.Comparison prediction={ready.derived.prediction} />
          ) : (
            <ResultsStatus derived={derived.kind === 'ready' ? { kind: 'loading' } : derived} />
          )}
        </section>
        {ready ? <ready.views.TrialsPanel answer={ready.derived} /> : null}
        <ModelFilesPanel detail={false} headingLevel="h2" />
      </div>
    </div>
  )
}
