import { useTranslation } from 'react-i18next'
import { CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts'
import type { OutcomeId, Prediction } from '@/model'
import { seriesFor, xDomain } from './series'

export const OPTION_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'] as const
const SHAPES = ['circle', 'triangle', 'square', 'diamond', 'star'] as const

type Props = { prediction: Prediction; outcome: OutcomeId; years: number; fixedSize?: { width: number; height: number } }

/**
 * One outcome, every option, as markers with their ranges at the horizons the evidence covers:
 * no line is drawn through years the models do not give. Shapes and a black outline carry the
 * option as well as colour, for greyscale print and colour-blind readers.
 */
export function OutcomeChart({ prediction, outcome, years, fixedSize }: Props) {
  const { t } = useTranslation()
  const series = seriesFor(prediction, outcome)
  const chart = (
    <ScatterChart
      accessibilityLayer
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
      {...(fixedSize ?? {})}
    >
      <CartesianGrid stroke="#d0d0d0" />
      <XAxis type="number" dataKey="years" domain={xDomain(series)} allowDecimals={false} label={{ value: t('chart.years'), position: 'insideBottom', offset: -12 }} />
      <YAxis type="number" dataKey="value" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width={48} unit="%" />
      <ReferenceLine x={years} stroke="#000" strokeDasharray="4 3" strokeWidth={2} />
      {series.map((s) => (
        <Scatter
          key={s.option}
          name={t(`engine:option.${s.option}.name`)}
          data={s.points}
          fill={OPTION_COLOURS[s.colourIndex] ?? '#000'}
          stroke="#000"
          strokeWidth={1}
          shape={SHAPES[s.colourIndex] ?? 'circle'}
          isAnimationActive={false}
        >
          <ErrorBar dataKey="errorY" direction="y" width={6} stroke="#000" strokeWidth={1.5} isAnimationActive={false} />
        </Scatter>
      ))}
    </ScatterChart>
  )
  return fixedSize ? chart : (
    <ResponsiveContainer width="100%" height={240}>
      {chart}
    </ResponsiveContainer>
  )
}
