import { useTranslation } from 'react-i18next'
import { estimate, isSourceId, SOURCES, supportedHorizons, type Prediction } from '@/model'
import { OUTCOME_IDS } from '@/model/types'
import { sourceDisplayName } from './sourceLabel'

/**
 * Wider than a phone: the table scrolls sideways in a region of its own (its source buttons take
 * the keyboard there), named by the table's caption.
 */
export function ProvenanceTable({ prediction }: { prediction: Prediction }) {
  const { t } = useTranslation()
  return (
    <div className="table-scroll" role="region" aria-label={t('about.provenanceCaption')}>
      <SourcesTable prediction={prediction} />
    </div>
  )
}

/** For this patient: per option and outcome, which source each figure rests on, or why there is none. */
function SourcesTable({ prediction }: { prediction: Prediction }) {
  const { t } = useTranslation()
  const horizons = supportedHorizons(prediction)
  const name = (id: string) => (isSourceId(id) ? sourceDisplayName(SOURCES[id], t('about.kind.derivation')) : id)
  // The scenario lives in the URL hash, so a source is reached by scrolling, not by an #anchor.
  const goTo = (id: string) => {
    const card = document.getElementById(`source-${id}`)
    card?.scrollIntoView({ block: 'start' })
    card?.focus()
  }
  return (
    <table className="provenance">
      <caption>{t('about.provenanceCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.option')}</th>
          {OUTCOME_IDS.map((outcome) => (
            <th key={outcome} scope="col">
              {t(`engine:outcome.${outcome}.name`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {prediction.options.map((option) => (
          <tr key={option.id}>
            <th scope="row">{t(`engine:option.${option.id}.name`)}</th>
            {OUTCOME_IDS.map((outcome) => {
              const answers = horizons.map((years) => ({ years, e: estimate(prediction, option.id, outcome, years) }))
              const values = answers.filter((a) => a.e.kind === 'value')
              const first = answers[0]?.e
              if (!values.length) {
                return <td key={outcome}>{first?.kind === 'not_estimable' ? t(`engine:reason.${first.reason}`) : t('figure.notAvailable')}</td>
              }
              const all = [...new Set(values.flatMap((a) => (a.e.kind === 'value' ? a.e.sources : [])))]
              const sources = all.filter(isSourceId)
              // A model loaded in this browser is no registry record: named by its id, listed above.
              const loaded = all.filter((id) => !isSourceId(id))
              return (
                <td key={outcome}>
                  {t('about.horizonsList', { list: values.map((a) => a.years).join(', ') })}:
                  <ul className="provenance__sources">
                    {sources.map((id) => (
                      <li key={id}>
                        <button type="button" className="link-button" onClick={() => goTo(id)}>
                          {name(id)} [{SOURCES[id].tags.join(', ')}]
                        </button>
                      </li>
                    ))}
                    {loaded.map((id) => (
                      <li key={id}>{t('figure.loadedModel', { id })}</li>
                    ))}
                  </ul>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
