import { lazy, memo, Suspense, useRef } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import { supportedHorizons, type Prediction } from '@/model'
import type { TrialMatch } from '@/trials'
import { ContextFigures } from '@/components/ContextFigures'
import { commonGaps, headlineOutcome } from '@/components/figures'
import { OptionDetails, PhoneDetails } from '@/components/grid/OptionDetails'
import { OptionGrid } from '@/components/grid/OptionGrid'
import { HorizonSwitch } from '@/components/HorizonSwitch'
import { IconStyleSwitch } from '@/components/IconStyleSwitch'
import { ResultsPreamble } from '@/components/ResultsPreamble'
import { WarningList } from '@/components/WarningList'
import { useAppStore } from '@/state/store'
import { chooseHorizon } from '@/state/horizon'
import { useMediaQuery } from './useMediaQuery'
import { useNearViewport } from './useNearViewport'
import { benchSlowdown } from './benchSlowdown'
import { REVEAL } from './useReveal'
import { useSettled } from './useSettled'

// recharts is the heaviest dependency: it loads once the figures are on screen and the charts'
// place has come near the viewport (on a phone, far below the columns).
const OutcomeCharts = memo(lazy(() => import('@/components/charts/OutcomeCharts').then((m) => ({ default: m.OutcomeCharts }))))
const Context = memo(ContextFigures)

type Props = { prediction: Prediction; trials?: TrialMatch[]; stage?: number }

// Below this width five columns would be too narrow to read side by side: the grid turns, each
// option a row that scrolls sideways in its own region, the option names fixed.
export const ONE_COLUMN_QUERY = '(max-width: 599.98px)'
const NO_TRIALS: TrialMatch[] = []

/**
 * The results: the option grid first (every option that applies, side by side at one horizon,
 * each option's details one click away), then what the ranges mean, the charts and the
 * group-level context. `stage` (useReveal): the charts and the group-level results come after the grid.
 */
export function Comparison({ prediction, trials = NO_TRIALS, stage = REVEAL.rest }: Props) {
  benchSlowdown()
  const t = useCachedT()
  const chosen = useAppStore((s) => s.horizonYears)
  const setHorizon = useAppStore((s) => s.setHorizon)
  const iconStyle = useAppStore((s) => s.iconStyle)
  const setIconStyle = useAppStore((s) => s.setIconStyle)
  const horizons = supportedHorizons(prediction)
  const years = chooseHorizon(horizons, chosen)
  const headline = headlineOutcome(prediction, years)
  const gaps = commonGaps(prediction, years)
  // The grid follows each keystroke at once; charts and group figures follow when typing pauses.
  const deferred = useSettled(prediction)
  const deferredYears = useSettled(years)
  const rest = stage >= REVEAL.rest
  const chartsRef = useRef<HTMLElement>(null)
  const chartsNear = useNearViewport(chartsRef, rest)
  const phone = useMediaQuery(ONE_COLUMN_QUERY)
  const details = { prediction, years, headline, iconStyle, commonGaps: gaps }
  return (
    <>
      <WarningList warnings={prediction.warnings} />
      <div className="toolbar">
        <HorizonSwitch horizons={horizons} value={years} onChange={setHorizon} />
        <IconStyleSwitch value={iconStyle} onChange={setIconStyle} />
      </div>
      <OptionGrid
        prediction={prediction}
        years={years}
        trials={trials}
        variant="screen"
        layout={phone ? 'rows' : 'columns'}
        {...(phone ? {} : { details: (option, index) => <OptionDetails option={option} index={index} {...details} /> })}
      />
      {phone ? <PhoneDetails {...details} /> : null}
      <ResultsPreamble prediction={prediction} years={years} gaps={gaps} />
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
