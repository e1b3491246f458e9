import { lazy, memo, Suspense, useRef } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import { supportedHorizons, type Prediction } from '@/model'
import { ContextFigures } from '@/components/ContextFigures'
import { headlineOutcome } from '@/components/figures'
import { HorizonSwitch } from '@/components/HorizonSwitch'
import { IconStyleSwitch } from '@/components/IconStyleSwitch'
import { OptionColumn } from '@/components/OptionColumn'
import { WarningList } from '@/components/WarningList'
import { useAppStore } from '@/state/store'
import { chooseHorizon } from '@/state/horizon'
import { useNearViewport } from './useNearViewport'
import { REVEAL } from './useReveal'
import { useSettled } from './useSettled'

// recharts is the heaviest dependency: it loads once the figures are on screen and the charts'
// place has come near the viewport (on a phone, far below the columns).
const OutcomeCharts = memo(lazy(() => import('@/components/charts/OutcomeCharts').then((m) => ({ default: m.OutcomeCharts }))))
const Context = memo(ContextFigures)

type Props = { prediction: Prediction; stage?: number }

/**
 * Every option that applies, side by side at one horizon, with warnings, charts and group-level
 * context. `stage` (useReveal): the charts and the group-level results come after the columns.
 */
export function Comparison({ prediction, stage = REVEAL.rest }: Props) {
  const t = useCachedT()
  const chosen = useAppStore((s) => s.horizonYears)
  const setHorizon = useAppStore((s) => s.setHorizon)
  const iconStyle = useAppStore((s) => s.iconStyle)
  const setIconStyle = useAppStore((s) => s.setIconStyle)
  const horizons = supportedHorizons(prediction)
  const years = chooseHorizon(horizons, chosen)
  const headline = headlineOutcome(prediction, years)
  // The columns follow each keystroke at once; charts and group figures follow when typing pauses.
  const deferred = useSettled(prediction)
  const deferredYears = useSettled(years)
  const rest = stage >= REVEAL.rest
  const chartsRef = useRef<HTMLElement>(null)
  const chartsNear = useNearViewport(chartsRef, rest)
  return (
    <>
      <WarningList warnings={prediction.warnings} />
      <div className="toolbar">
        <HorizonSwitch horizons={horizons} value={years} onChange={setHorizon} />
        <IconStyleSwitch value={iconStyle} onChange={setIconStyle} />
      </div>
      <p className="results__who">{t('results.whoLikeYou')}</p>
      <div className="options" style={{ ['--columns' as string]: String(prediction.options.length) }}>
        {prediction.options.map((option, index) => (
          <OptionColumn key={option.id} prediction={prediction} option={option} years={years} headline={headline} iconStyle={iconStyle} index={index} />
        ))}
      </div>
      <section className="charts-section" aria-labelledby="charts-heading" ref={chartsRef}>
        <h3 id="charts-heading">{t('chart.heading')}</h3>
        {chartsNear ? (
          <Suspense fallback={<p>{t('chart.loading')}</p>}>
            <OutcomeCharts prediction={deferred} years={deferredYears} />
          </Suspense>
        ) : (
          <p>{t('chart.loading')}</p>
        )}
      </section>
      {rest ? <Context prediction={deferred} /> : null}
    </>
  )
}
