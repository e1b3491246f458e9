import { useTranslation } from 'react-i18next'
import type { OptionEstimate, OutcomeId, Prediction } from '@/model'
import { figureFor } from '../figures'
import { IconArray } from '../IconArray'
import { TrialResultList } from '../TrialResultList'
import { resultsNotShownElsewhere, trialResultsOf } from '../trialResults'
import { PrintHarms } from './PrintHarms'

type Props = { prediction: Prediction; option: OptionEstimate; years: number; headline: OutcomeId | null; index: number }

/**
 * One option on paper, after the page-1 table that holds its personal figures: the icon array of
 * its headline figure (from the same engine answer, figureFor), what its trials found and its
 * harms, in the order of its column on screen.
 */
export function PrintOption({ prediction, option, years, headline, index }: Props) {
  const { t } = useTranslation()
  const name = t(`engine:option.${option.id}.name`)
  const headlineFigure = headline ? figureFor(prediction, option.id, headline, years) : null
  // Surgery alone is the comparison group of most trials: those stand under the option tested.
  const results = option.id === 'surgery_alone' ? resultsNotShownElsewhere(prediction.options, option.id) : trialResultsOf(option.context)
  const movedElsewhere = results.length < trialResultsOf(option.context).length
  return (
    <article className={`p-option p-option--${index}`} data-option={option.id}>
      <h3>
        {name} <span className="p-option__description">{t(`engine:option.${option.id}.description`)}</span>
      </h3>
      <div className="p-option__body">
        {headline && headlineFigure?.kind === 'value' && !headlineFigure.bound ? (
          <IconArray
            count={headlineFigure.people}
            firstLabel={t(`iconArray.${headline}.first`)}
            restLabel={t(`iconArray.${headline}.rest`)}
            shape="squares"
            size={76}
            caption={t('iconArray.caption', { option: name, count: years })}
          />
        ) : null}
        {/* Without an icon array (no personal figure) the trial results take the whole width. */}
        <div className={headline && headlineFigure?.kind === 'value' && !headlineFigure.bound ? 'p-option__trials' : 'p-option__trials p-option__trials--wide'}>
          <TrialResultList figures={results} variant="print" />
          {movedElsewhere ? <p className="p-option__elsewhere">{t('views:print.comparisonsElsewhere')}</p> : null}
        </div>
        <div className="p-option__harms">
          <h4>{t('harms.heading')}</h4>
          <PrintHarms harms={option.harms} />
        </div>
      </div>
    </article>
  )
}
