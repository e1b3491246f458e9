import { memo } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { OptionId, OutcomeId, Prediction } from '@/model'
import { OUTCOME_IDS } from '@/model/types'
import { differenceFromReference, figureFor, sameFigure, type Figure } from './figures'
import { DifferenceText, FigureText } from './FigureText'

type Props = { prediction: Prediction; optionId: OptionId; years: number; variant: 'screen' | 'print' }

/**
 * An option's personal figures at the horizon, each with its difference from surgery alone and
 * the assumption a derived value rests on. One component for screen and paper, so both always
 * show the same words for the same engine answer.
 */
export function OutcomeFigureList({ prediction, optionId, years, variant }: Props) {
  const hasReference = optionId !== 'surgery_alone' && prediction.options.some((o) => o.id === 'surgery_alone')
  const prefix = variant === 'print' ? 'p-' : ''
  return (
    <dl className={`${prefix}outcomes`}>
      {OUTCOME_IDS.map((outcome) => {
        const figure = figureFor(prediction, optionId, outcome, years)
        if (figure.kind !== 'value') return null
        const difference = hasReference ? differenceFromReference(figure, figureFor(prediction, 'surgery_alone', outcome, years)) : undefined
        return <FigureRow key={outcome} outcome={outcome} figure={figure} difference={difference} prefix={prefix} />
      })}
    </dl>
  )
}

type RowProps = { outcome: OutcomeId; figure: Figure & { kind: 'value' }; difference: number | null | undefined; prefix: string }

// A row re-renders only when its words would change: on a keystroke, some figures stay put.
const sameRow = (a: RowProps, b: RowProps): boolean => a.outcome === b.outcome && a.prefix === b.prefix && a.difference === b.difference && sameFigure(a.figure, b.figure)

const FigureRow = memo(function FigureRow({ outcome, figure, difference, prefix }: RowProps) {
  const t = useCachedT()
  return (
    <div className={`${prefix}outcome`} data-outcome={outcome}>
      <dt>{t(`engine:outcome.${outcome}.name`)}</dt>
      <dd>
        <FigureText figure={figure} />
        {difference !== undefined ? (
          <>
            {' '}
            <DifferenceText difference={difference} />
          </>
        ) : null}
        {figure.derived ? <span className={`${prefix}derived`}> {t(`engine:derived.${figure.derived}`)}</span> : null}
      </dd>
    </div>
  )
}, sameRow)
