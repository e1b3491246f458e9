import { useTranslation } from 'react-i18next'
import type { OptionId, Prediction } from '@/model'
import { OUTCOME_IDS } from '@/model/types'
import { differenceFromReference, figureFor } from './figures'
import { DifferenceText, FigureText } from './FigureText'

type Props = { prediction: Prediction; optionId: OptionId; years: number; variant: 'screen' | 'print' }

/**
 * An option's personal figures at the horizon, each with its difference from surgery alone and
 * the assumption a derived value rests on. One component for screen and paper, so both always
 * show the same words for the same engine answer.
 */
export function OutcomeFigureList({ prediction, optionId, years, variant }: Props) {
  const { t } = useTranslation()
  const hasReference = optionId !== 'surgery_alone' && prediction.options.some((o) => o.id === 'surgery_alone')
  const prefix = variant === 'print' ? 'p-' : ''
  return (
    <dl className={`${prefix}outcomes`}>
      {OUTCOME_IDS.map((outcome) => {
        const figure = figureFor(prediction, optionId, outcome, years)
        if (figure.kind !== 'value') return null
        return (
          <div key={outcome} className={`${prefix}outcome`} data-outcome={outcome}>
            <dt>{t(`engine:outcome.${outcome}.name`)}</dt>
            <dd>
              <FigureText figure={figure} />
              {hasReference ? (
                <>
                  {' '}
                  <DifferenceText difference={differenceFromReference(figure, figureFor(prediction, 'surgery_alone', outcome, years))} />
                </>
              ) : null}
              {figure.derived ? <span className={`${prefix}derived`}> {t(`engine:derived.${figure.derived}`)}</span> : null}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
