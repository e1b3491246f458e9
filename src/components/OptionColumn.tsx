import { useTranslation } from 'react-i18next'
import type { OptionEstimate, OutcomeId, Prediction } from '@/model'
import { OUTCOME_IDS } from '@/model/types'
import { differenceFromReference, figureFor, type Figure } from './figures'
import { DifferenceText, FigureText } from './FigureText'
import { HarmList } from './HarmList'
import { IconArray } from './IconArray'
import { NoEstimates } from './NoEstimates'
import { ScheduleText } from './ScheduleText'

type Props = {
  prediction: Prediction
  option: OptionEstimate
  years: number
  headline: OutcomeId | null
  iconStyle: 'squares' | 'people'
  index: number
}

/** One treatment option: every outcome at the horizon, an icon array, and the harms. */
export function OptionColumn({ prediction, option, years, headline, iconStyle, index }: Props) {
  const { t } = useTranslation()
  const reference = prediction.options.find((o) => o.id === 'surgery_alone')
  const figures = OUTCOME_IDS.map((outcome) => [outcome, figureFor(prediction, option.id, outcome, years)] as const)
  const withValue = figures.filter(([, figure]) => figure.kind === 'value')
  const gaps = figures.flatMap(([outcome, figure]) => (figure.kind === 'not_estimable' ? [{ outcome, reason: figure.reason }] : []))
  const headlineFigure: Figure | null = headline ? figureFor(prediction, option.id, headline, years) : null
  const headingId = `option-${option.id}`
  return (
    <article className={`option option--${index}`} aria-labelledby={headingId} data-option={option.id}>
      <header className="option__header">
        <span className={`option__key option__key--${index}`} aria-hidden="true" />
        <h3 id={headingId}>{t(`engine:option.${option.id}.name`)}</h3>
        <p className="option__description">{t(`engine:option.${option.id}.description`)}</p>
        <ScheduleText schedule={option.schedule} />
      </header>
      <p className="option__denominator">{t('results.peopleLikeYou', { count: years })}</p>
      <dl className="outcomes">
        {withValue.map(([outcome, figure]) => (
          <div key={outcome} className="outcome" data-outcome={outcome}>
            <dt>{t(`engine:outcome.${outcome}.name`)}</dt>
            <dd>
              <FigureText figure={figure} />
              {reference && option.id !== 'surgery_alone' ? (
                <>
                  {' '}
                  <DifferenceText difference={differenceFromReference(figure, figureFor(prediction, reference.id, outcome, years))} />
                </>
              ) : null}
              {figure.kind === 'value' && figure.derived ? <p className="derived">{t(`engine:derived.${figure.derived}`)}</p> : null}
            </dd>
          </div>
        ))}
      </dl>
      <NoEstimates gaps={gaps} />
      {headline && headlineFigure?.kind === 'value' && !headlineFigure.bound ? (
        <IconArray
          count={headlineFigure.people}
          firstLabel={t(`iconArray.${headline}.first`)}
          restLabel={t(`iconArray.${headline}.rest`)}
          shape={iconStyle}
          caption={t('iconArray.caption', { option: t(`engine:option.${option.id}.name`), count: years })}
        />
      ) : null}
      <h4>{t('harms.heading')}</h4>
      <HarmList harms={option.harms} />
    </article>
  )
}
