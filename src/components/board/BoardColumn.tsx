import { useTranslation } from 'react-i18next'
import type { OptionEstimate, OutcomeId, Prediction } from '@/model'
import { OUTCOME_IDS } from '@/model'
import { outOf100 } from '@/i18n/format'
import { differenceFromReference, figureFor } from '../figures'
import { DifferenceText, FigureText } from '../FigureText'
import { TrialResultList } from '../TrialResultList'
import { trialResultsOf } from '../trialResults'

type Props = { prediction: Prediction; option: OptionEstimate; outcome: OutcomeId; years: number; index: number }

/**
 * One option on the projector: the chosen outcome large, the other figures the engine gives
 * below, the headline result of its trials (beside the arm it was compared with), and the main
 * harms. The same figureFor/FigureText and trial-result words as the consultation, only bigger.
 */
export function BoardColumn({ prediction, option, outcome, years, index }: Props) {
  const { t } = useTranslation()
  const figure = figureFor(prediction, option.id, outcome, years)
  const reference = prediction.options.find((o) => o.id === 'surgery_alone')
  const others = OUTCOME_IDS.filter((o) => o !== outcome)
    .map((o) => [o, figureFor(prediction, option.id, o, years)] as const)
    .filter(([, f]) => f.kind === 'value')
  const harms = option.harms.filter((h) => !h.detail && h.rate !== null)
  // A projector has room for one trial result per option: the first, what the option is for.
  const headlineResult = trialResultsOf(option.context).slice(0, 1)
  return (
    <article className={`board-option board-option--${index}`} data-option={option.id} aria-labelledby={`board-${option.id}`}>
      <h2 id={`board-${option.id}`}>{t(`engine:option.${option.id}.name`)}</h2>
      <div className="board-option__main" data-outcome={outcome}>
        <p className="board-option__outcome">{t(`engine:outcome.${outcome}.name`)}</p>
        <FigureText figure={figure} />
        {reference && option.id !== 'surgery_alone' ? (
          <DifferenceText difference={differenceFromReference(figure, figureFor(prediction, reference.id, outcome, years))} />
        ) : null}
      </div>
      {others.length ? (
        <dl className="board-option__others">
          {others.map(([o, f]) => (
            <div key={o} data-outcome={o}>
              <dt>{t(`engine:outcome.${o}.name`)}</dt>
              <dd>
                <FigureText figure={f} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <TrialResultList figures={headlineResult} variant="board" headingLevel="h3" />
      {harms.length ? (
        <>
          <h3>{t('views:board.harms')}</h3>
          <ul className="board-option__harms">
            {harms.map((harm) => (
              <li key={`${harm.id}-${harm.source}`}>
                <strong className="board-harm__number">{harm.rate === null ? '' : outOf100(harm.rate)}</strong>{' '}
                <span>
                  {t('views:board.outOf100')} {t(`engine:harm.${harm.id}.name`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  )
}
