// Chart series shaped outside the components (STYLE §10): per outcome, per option, the points
// the engine gives as plain values, in percent. Bounds ("< 1%") and not-estimable horizons are
// left out of the chart and said in its text twin.
import type { OptionId, OutcomeId, Prediction } from '@/model'
import { OPTION_IDS } from '@/model/types'
import { outOf100 } from '@/i18n/format'

/**
 * `value`, `lower`, `upper` are percentages for drawing; `people*` are the same figures rounded
 * once from the engine's fraction, exactly as the option columns round them (outOf100), so the
 * chart's table never disagrees with the text by a rounding step.
 */
export type ChartPoint = {
  years: number
  value: number
  people: number
  errorY?: [number, number]
  lower?: number
  upper?: number
  lowerPeople?: number
  upperPeople?: number
}
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
                const people = outOf100(pt.value) ?? 0
                if (pt.lower === undefined || pt.upper === undefined) return { years: pt.years, value, people }
                const lower = pct(pt.lower)
                const upper = pct(pt.upper)
                return {
                  years: pt.years,
                  value,
                  people,
                  lower,
                  upper,
                  lowerPeople: outOf100(pt.lower) ?? 0,
                  upperPeople: outOf100(pt.upper) ?? 0,
                  errorY: [Math.max(0, value - lower), Math.max(0, upper - value)] as [number, number],
                }
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
