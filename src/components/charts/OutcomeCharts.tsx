import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { OptionId, OutcomeId, Prediction } from '@/model'
import { OUTCOME_IDS } from '@/model/types'
import { OPTION_COLOURS, OutcomeChart } from './OutcomeChart'
import { chartedOutcomes, seriesFor, type OptionSeries } from './series'

type Props = { prediction: Prediction; years: number; fixedSize?: { width: number; height: number }; paper?: boolean }

const SHAPE_GLYPHS = ['●', '▲', '■', '◆', '★']

/**
 * A chart per outcome the engine gives, each with its table twin holding the same numbers. On
 * `paper` options whose figures are the same at every time share one row, named together, so no
 * row repeats another's figures, and a cell leaves out "out of 100": the lead above the charts
 * (chart.paperLead) says it once, with what the caption says on screen.
 */
export function OutcomeCharts({ prediction, years, fixedSize, paper = false }: Props) {
  const { t } = useTranslation()
  const outcomes: OutcomeId[] = chartedOutcomes(prediction, OUTCOME_IDS)
  if (!outcomes.length) return null
  return (
    <div className="charts">
      {outcomes.map((outcome) => {
        const series = seriesFor(prediction, outcome)
        const horizons = [...new Set(series.flatMap((s) => s.points.map((pt) => pt.years)))].sort((a, b) => a - b)
        const rows = tableRows(series, horizons, t, paper)
        return (
          <figure key={outcome} className="chart">
            {/* On paper the caption's explanation is said once above both charts. */}
            <figcaption>
              <strong>{t(`engine:outcome.${outcome}.name`)}</strong>
              {paper ? null : <> — {t('chart.caption')}</>}
            </figcaption>
            <ul className="chart__legend">
              {series.map((s) => (
                <li key={s.option}>
                  <span style={{ color: OPTION_COLOURS[s.colourIndex] }} aria-hidden="true">
                    {SHAPE_GLYPHS[s.colourIndex]}
                  </span>{' '}
                  {t(`engine:option.${s.option}.name`)}
                </li>
              ))}
            </ul>
            <OutcomeChart prediction={prediction} outcome={outcome} years={years} {...(fixedSize ? { fixedSize } : {})} />
            <table className="chart__table">
              <caption className="visually-hidden">{t('chart.tableCaption', { outcome: t(`engine:outcome.${outcome}.name`) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.option')}</th>
                  {horizons.map((h) => (
                    <th key={h} scope="col">
                      {t('results.horizon.option', { count: h })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.options.join()}>
                    <th scope="row">{row.options.map((o) => t(`engine:option.${o}.name`)).join(', ')}</th>
                    {row.cells.map((cell, i) => (
                      <td key={horizons[i]}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        )
      })}
    </div>
  )
}

type Row = { options: OptionId[]; cells: string[] }

/** The table's rows: one per option, or on paper one per distinct set of cells, in option order. */
function tableRows(series: OptionSeries[], horizons: number[], t: TFunction, paper: boolean): Row[] {
  const rows: Row[] = []
  for (const s of series) {
    const cells = horizons.map((h) => {
      const pt = s.points.find((p) => p.years === h)
      const range = pt?.lowerPeople !== undefined && pt.upperPeople !== undefined && pt.lowerPeople !== pt.upperPeople ? ` ${t('figure.range', { lower: pt.lowerPeople, upper: pt.upperPeople })}` : ''
      return (pt ? (paper ? String(pt.people) : t('chart.cell', { value: pt.people })) : t('chart.noValue')) + range
    })
    const same = paper ? rows.find((r) => r.cells.join('\u0000') === cells.join('\u0000')) : undefined
    if (same) same.options.push(s.option)
    else rows.push({ options: [s.option], cells })
  }
  return rows
}
