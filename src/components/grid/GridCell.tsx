import type { OptionEstimate, OutcomeId, Prediction } from '@/model'
import type { TrialMatch } from '@/trials'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { Gap } from '../figures'
import { GridFigures, GridTrialResult } from './GridFigures'
import { HarmsCell, InvolvesCell, TrialsCell } from './GridCells'
import { cellFigures, joinableTrials, mainHarms, rowTrialResult, ROW_OUTCOMES, type GridRow } from './gridRows'

/** What every cell of one grid shares. */
export type CellContext = {
  prediction: Prediction
  years: number
  trials: TrialMatch[]
  variant: 'screen' | 'board' | 'print'
  common: Gap[]
  emphasis: OutcomeId | undefined
  gapNotes: string[] | undefined
  noteKeys: string[]
  /** The rows shown, in order (a gap's reason said in an earlier row is not repeated). */
  rows: GridRow[]
}

/** One option's answer to one question of the grid. */
export function GridCell({ option, row, context }: { option: OptionEstimate; row: GridRow; context: CellContext }) {
  return (
    <td data-option={option.id} data-row={row}>
      <CellBody option={option} row={row} context={context} />
    </td>
  )
}

function CellBody({ option, row, context: c }: { option: OptionEstimate; row: GridRow; context: CellContext }) {
  const t = useCachedT()
  const paper = c.variant === 'print'
  if (row === 'involves') return <InvolvesCell schedule={option.schedule} />
  // Paper keeps page 1's one headline harm; screen and board show up to two.
  if (row === 'harms') return <HarmsCell harms={mainHarms(option.harms, paper ? 1 : 2)} paper={paper} />
  if (row === 'trials') return <TrialsCell matches={joinableTrials(c.trials, option.id)} paper={paper} />
  const figures = cellFigures(c.prediction, option.id, row, c.years, c.common)
  const trial = rowTrialResult(option, row)
  const said = c.rows
    .slice(0, c.rows.indexOf(row))
    .flatMap((r) => cellFigures(c.prediction, option.id, r, c.years, c.common))
    .flatMap(({ figure }) => (figure.kind === 'value' ? [] : [figure.reason]))
  return (
    <>
      <GridFigures
        figures={figures}
        labelled={ROW_OUTCOMES[row].length > 1}
        emphasis={c.emphasis}
        noteKeys={c.noteKeys}
        gapNotes={c.gapNotes}
        bar={row === 'alive' && c.variant === 'screen'}
        marks={!paper}
        said={said}
      />
      {trial ? <GridTrialResult figure={trial} paper={paper} row={row} /> : null}
      {!trial && (row === 'local' || !figures.length) ? <p className="option-grid__quiet">{t('grid.noTrialResult')}</p> : null}
    </>
  )
}
