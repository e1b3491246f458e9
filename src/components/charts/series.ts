// Chart series shaped outside the components (STYLE §10): per outcome, per option, the points
// the engine gives as plain values, in percent. Bounds ("< 1%") and not-estimable horizons are
// left out of the chart and said in its text twin.
import type { OptionId, OutcomeId, Prediction } from '@/model'
import { OPTION_IDS } from '@/model/types'

export type ChartPoint = { years: number; value: number; errorY?: [number, number]; lower?: number; upper?: number }
export type OptionSeries = { option: OptionId; colourIndex: number; points: ChartPoint[] }

const pct = (fraction: number) => Math.round(fraction * 1000) / 10

export const optionColourIndex = (option: OptionId): number => OPTION_IDS.indexOf(option)

export const seriesFor = (p: Prediction, outcome: OutcomeId): OptionSeries[] =>
  p.options
    .map((option) => {
      const curve = option.outcomes[outcome]
      const points: ChartPoint[] =
        'points' in curve
          ? curve.points
              .filter((pt) => !curve.bounds?.[pt.years] && Number.isFinite(pt.value))
              .map((pt) => {
                const value = pct(pt.value)
                if (pt.lower === undefined || pt.upper === undefined) return { years: pt.years, value }
                const lower = pct(pt.lower)
                const upper = pct(pt.upper)
                return { years: pt.years, value, lower, upper, errorY: [Math.max(0, value - lower), Math.max(0, upper - value)] as [number, number] }
              })
          : []
      return { option: option.id, colourIndex: optionColourIndex(option.id), points }
    })
    .filter((s) => s.points.length > 0)

/** Outcomes with at least one plotted point: one chart each. */
export const chartedOutcomes = (p: Prediction, outcomes: readonly OutcomeId[]): OutcomeId[] =>
  outcomes.filter((outcome) => seriesFor(p, outcome).length > 0)

/** The x axis spans the evidence's horizons, from 0. */
export const xDomain = (series: OptionSeries[]): [number, number] => [0, Math.max(1, ...series.flatMap((s) => s.points.map((pt) => pt.years))) + 1]
