import { lazy, memo, Suspense } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import { supportedHorizons, type Prediction } from '@/model'
import { ContextFigures } from '@/components/ContextFigures'
import { commonGaps, headlineOutcome } from '@/components/figures'
import { HorizonSwitch } from '@/components/HorizonSwitch'
import { IconStyleSwitch } from '@/components/IconStyleSwitch'
import { OptionColumn } from '@/components/OptionColumn'
import { ResultsPreamble } from '@/components/ResultsPreamble'
import { WarningList } from '@/components/WarningList'
import { useAppStore } from '@/state/store'
import { chooseHorizon } from '@/state/horizon'
import { useSettled } from './useSettled'

// recharts is the heaviest dependency: it loads after the figures are on screen.
const OutcomeCharts = memo(lazy(() => import('@/components/charts/OutcomeCharts').then((m) => ({ default: m.OutcomeCharts }))))
const Context = memo(ContextFigures)

/** Every option that applies, side by side at one horizon, with warnings, charts and group-level context. */
export function Comparison({ prediction }: { prediction: Prediction }) {
  const t = useCachedT()
  const chosen = useAppStore((s) => s.horizonYears)
  const setHorizon = useAppStore((s) => s.setHorizon)
  const iconStyle = useAppStore((s) => s.iconStyle)
  const setIconStyle = useAppStore((s) => s.setIconStyle)
  const horizons = supportedHorizons(prediction)
  const years = chooseHorizon(horizons, chosen)
  const headline = headlineOutcome(prediction, years)
  const gaps = commonGaps(prediction, years)
  // The columns follow each keystroke at once; charts and group figures follow when typing pauses.
  const deferred = useSettled(prediction)
  const deferredYears = useSettled(years)
  return (
    <>
      <WarningList warnings={prediction.warnings} />
      <div className="toolbar">
        <HorizonSwitch horizons={horizons} value={years} onChange={setHorizon} />
        <IconStyleSwitch value={iconStyle} onChange={setIconStyle} />
      </div>
      <ResultsPreamble prediction={prediction} years={years} gaps={gaps} />
      <div className="options" style={{ ['--columns' as string]: String(prediction.options.length) }}>
        {prediction.options.map((option, index) => (
          <OptionColumn key={option.id} prediction={prediction} option={option} years={years} headline={headline} iconStyle={iconStyle} index={index} commonGaps={gaps} />
        ))}
      </div>
      <section className="charts-section" aria-labelledby="charts-heading">
        <h3 id="charts-heading">{t('chart.heading')}</h3>
        <Suspense fallback={<p>{t('chart.loading')}</p>}>
          <OutcomeCharts prediction={deferred} years={deferredYears} />
        </Suspense>
      </section>
      <Context prediction={deferred} />
    </>
  )
}
