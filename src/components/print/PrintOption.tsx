import { useTranslation } from 'react-i18next'
import type { OptionEstimate, OutcomeId, Prediction } from '@/model'
import { figureFor, gapsFor } from '../figures'
import { OutcomeFigureList } from '../OutcomeFigureList'
import { IconArray } from '../IconArray'
import { PrintGaps } from './PrintGaps'
import { PrintHarms } from './PrintHarms'

type Props = { prediction: Prediction; option: OptionEstimate; years: number; headline: OutcomeId | null; index: number; notes: string[] }

/**
 * One option on paper: the same figures, icon array and harms as its column on screen, from the
 * same engine answer (figureFor), laid out as one full-width row that stays on one page (break-inside: avoid in print.css).
 */
export function PrintOption({ prediction, option, years, headline, index, notes }: Props) {
  const { t } = useTranslation()
  const name = t(`engine:option.${option.id}.name`)
  const headlineFigure = headline ? figureFor(prediction, option.id, headline, years) : null
  return (
    <article className={`p-option p-option--${index}`} data-option={option.id}>
      <h3>
        {name} <span className="p-option__description">{t(`engine:option.${option.id}.description`)}</span>
      </h3>
      <div className="p-option__body">
        <div className="p-option__figures">
          <p className="p-option__denominator">{t('results.peopleLikeYou', { count: years })}</p>
          <OutcomeFigureList prediction={prediction} optionId={option.id} years={years} variant="print" />
          <PrintGaps gaps={gapsFor(prediction, option.id, years)} notes={notes} />
        </div>
        {headline && headlineFigure?.kind === 'value' && !headlineFigure.bound ? (
          <IconArray
            count={headlineFigure.people}
            firstLabel={t(`iconArray.${headline}.first`)}
            restLabel={t(`iconArray.${headline}.rest`)}
            shape="squares"
            size={76}
            caption={t('iconArray.caption', { option: name, count: years })}
          />
        ) : (
          <div className="icon-array" />
        )}
        <div className="p-option__harms">
          <h4>{t('harms.heading')}</h4>
          <PrintHarms harms={option.harms} />
        </div>
      </div>
    </article>
  )
}
