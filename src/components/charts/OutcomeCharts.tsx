import { useTranslation } from 'react-i18next'
import type { OutcomeId, Prediction } from '@/model'
import { OUTCOME_IDS } from '@/model/types'
import { OPTION_COLOURS, OutcomeChart } from './OutcomeChart'
import { chartedOutcomes, seriesFor } from './series'

type Props = { prediction: Prediction; years: number; fixedSize?: { width: number; height: number } }

const SHAPE_GLYPHS = ['●', '▲', '■', '◆', '★']

/** A chart per outcome the engine gives, each with its table twin holding the same numbers. */
export function OutcomeCharts({ prediction, years, fixedSize }: Props) {
  const { t } = useTranslation()
  const outcomes: OutcomeId[] = chartedOutcomes(prediction, OUTCOME_IDS)
  if (!outcomes.length) return null
  return (
    <div className="charts">
      {outcomes.map((outcome) => {
        const series = seriesFor(prediction, outcome)
        const horizons = [...new Set(series.flatMap((s) => s.points.map((pt) => pt.years)))].sort((a, b) => a - b)
        return (
          <figure key={outcome} className="chart">
            <figcaption>
              <strong>{t(`engine:outcome.${outcome}.name`)}</strong> — {t('chart.caption')}
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
                {series.map((s) => (
                  <tr key={s.option}>
                    <th scope="row">{t(`engine:option.${s.option}.name`)}</th>
                    {horizons.map((h) => {
                      const pt = s.points.find((p) => p.years === h)
                      return (
                        <td key={h}>
                          {pt ? t('chart.cell', { value: pt.people }) : t('chart.noValue')}
                          {pt?.lowerPeople !== undefined && pt.upperPeople !== undefined && pt.lowerPeople !== pt.upperPeople ? ` ${t('figure.range', { lower: pt.lowerPeople, upper: pt.upperPeople })}` : ''}
                        </td>
                      )
                    })}
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
