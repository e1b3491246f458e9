import { useCachedT } from '@/i18n/sharedTranslation'
import { HashNotice } from '@/components/HashNotice'
import { ResultsStatus } from '@/components/ResultsStatus'
import { usePrediction } from '@/state/usePrediction'
import { InputPanel } from './InputPanel'
import { agendaModule } from './agendaModule'
import { modelFilesModule } from './modelFilesModule'
import { resultsModule } from './resultsModule'
import { REVEAL, useReveal } from './useReveal'

/** The consultation screen: inputs left, options side by side right, trials below. */
export function Consultation() {
  const t = useCachedT()
  const derived = usePrediction()
  const results = resultsModule.use()
  const modelFiles = modelFilesModule.use()
  const agenda = agendaModule.use()
  const answer = derived.kind === 'ready' && results ? { derived, views: results } : null
  // The store's update (a shared link read, a keystroke) renders at once; the results' first
  // appearance follows in transitions, stage by stage (useReveal).
  const stage = useReveal(answer !== null)
  const ready = answer && stage >= REVEAL.columns ? answer : null
  return (
    <div className="consultation">
      <InputPanel />
      <div className="results-column">
        {agenda ? <agenda.AgendaReturn /> : null}
        <HashNotice />
        <section className="panel results" aria-labelledby="results-heading">
          <h2 id="results-heading">{t('results.heading')}</h2>
          {ready ? (
            <ready.views.Comparison prediction={ready.derived.prediction} trials={ready.derived.trials} stage={stage} />
          ) : (
            <ResultsStatus derived={derived.kind === 'ready' ? { kind: 'loading' } : derived} />
          )}
        </section>
        {ready && stage >= REVEAL.trials ? <ready.views.TrialsPanel answer={ready.derived} /> : null}
        {modelFiles ? <modelFiles.ModelFilesPanel detail={false} headingLevel="h2" /> : null}
      </div>
    </div>
  )
}
