import { memo } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { ContextFigure, OutcomeId } from '@/model'
import { FigureText } from '../FigureText'
import { ArmText, TrialResultWhat } from '../TrialResultList'
import { armsOf } from '../trialResults'
import { EVENT_FREE_ENDPOINTS } from '@/model/data/context'
import type { CellFigure, GridRow } from './gridRows'
import { SourceMark } from './SourceMark'

type FigureProps = {
  figures: CellFigure[]
  /** Label each figure (a row with two outcomes). */
  labelled: boolean
  /** The outcome the board shows large. */
  emphasis?: OutcomeId | undefined
  /** The derived-figure notes' keys ("outcome|code"), marked a, b, c under the grid. */
  noteKeys: string[]
  /** Paper: a gap's reason by its note number (PrintGapReasons) instead of in words. */
  gapNotes?: string[] | undefined
  bar: boolean
  marks: boolean
  /** Reasons this option's column has already given in words (said again only as "the same reason"). */
  said?: string[]
}

const MARKS = 'abcdefghij'

/** A cell's personal figures: the figure in words, a compact bar, a derived note's mark, or why there is none. */
export function GridFigures({ figures, labelled, emphasis, noteKeys, gapNotes, bar, marks, said = [] }: FigureProps) {
  const t = useCachedT()
  const given = [...said]
  return figures.map(({ outcome, figure }) => {
    const label = labelled ? <span className="option-grid__label">{t(`iconArray.${outcome}.first`)}: </span> : null
    if (figure.kind !== 'value') {
      const note = gapNotes ? gapNotes.indexOf(figure.reason) + 1 : 0
      const again = given.includes(figure.reason)
      given.push(figure.reason)
      return (
        <p key={outcome} className="option-grid__figure option-grid__figure--none" data-outcome={outcome}>
          {label}
          <strong>{t('figure.noEstimate')}</strong>
          {note ? <sup>{note}</sup> : <span className="figure__reason"> {again ? t('grid.sameReason') : t(`engine:reason.${figure.reason}`)}</span>}
        </p>
      )
    }
    const mark = figure.derived ? MARKS[noteKeys.indexOf(`${outcome}|${figure.derived}`)] : undefined
    return (
      <div key={outcome} className={outcome === emphasis ? 'option-grid__figure option-grid__figure--large' : 'option-grid__figure'} data-outcome={outcome}>
        <div className="option-grid__line">
          {label}
          <FigureText figure={figure} />
          {mark ? (
            <sup className="option-grid__mark">
              <span className="visually-hidden">{t('grid.note')} </span>
              {mark}
            </sup>
          ) : null}
          {marks ? <SourceMark ids={figure.sources} /> : null}
        </div>
        {bar && !figure.bound ? <FigureBar people={figure.people} lower={figure.lower} upper={figure.upper} /> : null}
      </div>
    )
  })
}

/** The figure as a bar of 100 with its range: a picture of the words beside it, hidden from screen readers. */
function FigureBar({ people, lower, upper }: { people: number; lower?: number | undefined; upper?: number | undefined }) {
  return (
    <span className="option-grid__bar" aria-hidden="true">
      <span className="option-grid__bar-fill" style={{ width: `${people}%` }} />
      {lower !== undefined && upper !== undefined ? <span className="option-grid__bar-range" style={{ left: `${lower}%`, width: `${upper - lower}%` }} /> : null}
    </span>
  )
}

/**
 * A trial result in a cell: marked as a group's result, the end point and its time, this
 * option's group beside the group it was compared with, and the source's marker (or, on paper,
 * the source written out). The engine shares its context records across keystrokes: memoised.
 */
export const GridTrialResult = memo(function GridTrialResult({ figure, paper, row }: { figure: ContextFigure; paper: boolean; row: GridRow }) {
  const t = useCachedT()
  // Where the trial counted what the row asks (tumour back, as events), its time is all the row's label leaves to say.
  const plain = row === 'local' && figure.outcome === 'local_recurrence' && (figure.endpoint === undefined || !EVENT_FREE_ENDPOINTS.includes(figure.endpoint))
  return (
    <div className="option-grid__trial" data-source={figure.source} data-trial-outcome={figure.outcome}>
      <p className="option-grid__group">
        <span className="option-grid__badge">{t('grid.groupResult')}</span>{' '}
        {plain ? <strong>{t(figure.endpoint === 'local_recurrence_events_up_to' ? 'trialResults.upTo' : 'trialResults.after', { count: figure.years })}</strong> : null}
      </p>
      {plain ? null : <TrialResultWhat figure={figure} />}
      {armsOf(figure).map((arm, i, arms) => (
        <div key={arm.arm} className={i === 0 ? 'option-grid__line option-grid__arm option-grid__arm--option' : 'option-grid__line option-grid__arm'}>
          {/* Paper's page 1 keeps the patients counted; on screen they are one click away, in the details. */}
          <ArmText arm={arm} counts={paper} />
          {i === arms.length - 1 ? <SourceMark ids={[figure.source]} paper={paper} /> : null}
        </div>
      ))}
    </div>
  )
})
