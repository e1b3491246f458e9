import { useId, type ReactNode } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { OptionEstimate, OptionId, OutcomeId, Prediction } from '@/model'
import type { TrialMatch } from '@/trials'
import { commonGaps } from '../figures'
import { GridCell, type CellContext } from './GridCell'
import { InvolvesCell } from './GridCells'
import { derivedNotes, rowsFor, type GridRow } from './gridRows'

type Props = {
  prediction: Prediction
  years: number
  trials: TrialMatch[]
  variant: 'screen' | 'board' | 'print'
  /** Which options, as columns (default: every option that applies, in the engine's order). */
  options?: OptionId[]
  /** 'rows': each option a row, the questions as columns (a phone's grid, scrolling in its own region). */
  layout?: 'columns' | 'rows'
  /** The outcome the board shows large. */
  emphasis?: OutcomeId
  /** Paper: the reasons of gaps by note number (written once under the grid by the caller). */
  gapNotes?: string[]
  /** What opens under each option's column (everything the grid leaves out), rendered by the caller. */
  details?: (option: OptionEstimate, index: number) => ReactNode
}

/**
 * The decision at a glance (UX.md §3; Option Grid, Elwyn et al.): the options as columns, the
 * questions patients ask first as rows, the same rows for every option, benefits before harms.
 * One component for the screen, the tumour board and page 1 of the paper, styled per medium.
 */
export function OptionGrid({ prediction, years, trials, variant, options, layout = 'columns', emphasis, gapNotes, details }: Props) {
  const t = useCachedT()
  const captionId = useId()
  const shown = options ? prediction.options.filter((o) => options.includes(o.id)) : prediction.options
  if (!shown.length) return null
  const common = commonGaps(prediction, years)
  const rows = rowsFor(prediction, shown, years, common, variant, emphasis)
  // On screen and board what the option involves goes under its name, to leave the room to the answers (paper keeps its row).
  const underName = variant !== 'print'
  // Paper's page 1 leaves it to the option's block on page 2 (its description): the glance stays on one page.
  const asked = underName || layout === 'rows' ? rows.filter((row) => row !== 'involves') : rows
  const notes = derivedNotes(prediction, shown, years)
  const context: CellContext = { prediction, years, trials, variant, common, emphasis, gapNotes, noteKeys: notes.map((n) => `${n.outcome}|${n.code}`), rows }
  const index = (o: OptionEstimate) => prediction.options.indexOf(o)
  const sideLabels = variant === 'board'
  const rowLabel = (row: GridRow | 'details') => t(`grid.row.${row}`, { count: years })
  const name = (o: OptionEstimate) => (
    <>
      <span className={`option-grid__key option-grid__key--${index(o)}`} aria-hidden="true" />
      {t(`engine:option.${o.id}.name`)}
      {underName ? (
        <div className="option-grid__involves" data-row="involves">
          <InvolvesCell schedule={o.schedule} />
        </div>
      ) : null}
    </>
  )
  return (
    <div className={`option-grid option-grid--${variant} option-grid--${layout}`} style={{ ['--columns' as string]: String(shown.length) }}>
      {/* A phone's grid scrolls sideways in a region of its own (focusable, named by the caption); the page does not. */}
      <div className="option-grid__scroll" {...(layout === 'rows' && variant === 'screen' ? { role: 'region', tabIndex: 0, 'aria-labelledby': captionId } : {})}>
      <table className="option-grid__table">
        <caption id={captionId} className={variant === 'print' ? 'visually-hidden' : 'option-grid__caption'}>
          {t('grid.caption', { count: years })}
        </caption>
        {layout === 'columns' ? (
          <>
            <thead>
              <tr>
                {sideLabels ? <td className="option-grid__corner" /> : null}
                {shown.map((o) => (
                  <th key={o.id} scope="col" data-option={o.id} className={`option-grid__option option-grid__option--${index(o)}`}>
                    {name(o)}
                  </th>
                ))}
              </tr>
            </thead>
            {[...asked, ...(details ? (['details'] as const) : [])].map((row) => {
              const cells = shown.map((o) =>
                row === 'details' ? (
                  <td key={o.id} data-option={o.id} data-row="details">
                    {details?.(o, index(o))}
                  </td>
                ) : (
                  <GridCell key={o.id} option={o} row={row} context={context} />
                ),
              )
              // Beside its cells on the wide board; elsewhere above them, across every column, to leave the columns their width.
              return sideLabels ? (
                <tbody key={row} data-row={row}>
                  <tr>
                    <th scope="row">{rowLabel(row)}</th>
                    {cells}
                  </tr>
                </tbody>
              ) : (
                <tbody key={row} data-row={row}>
                  <tr className="option-grid__question">
                    <th scope="rowgroup" colSpan={shown.length}>
                      {rowLabel(row)}
                    </th>
                  </tr>
                  <tr>{cells}</tr>
                </tbody>
              )
            })}
          </>
        ) : (
          <>
            <thead>
              <tr>
                <th scope="col">{t('grid.option')}</th>
                {asked.map((row) => (
                  <th key={row} scope="col" data-row={row}>
                    {rowLabel(row)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((o) => (
                <tr key={o.id} data-option={o.id}>
                  <th scope="row" className={`option-grid__option option-grid__option--${index(o)}`}>
                    {name(o)}
                  </th>
                  {asked.map((row) => (
                    <GridCell key={row} option={o} row={row} context={context} />
                  ))}
                </tr>
              ))}
            </tbody>
          </>
        )}
      </table>
      </div>
      {notes.length ? (
        <ol className="option-grid__notes" type="a">
          {notes.map(({ outcome, code }) => (
            <li key={`${outcome}-${code}`}>
              <strong>{t(`engine:outcome.${outcome}.name`)}:</strong> {t(`engine:derived.${code}`)}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
