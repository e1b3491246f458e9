import { lazy, memo, Suspense, useRef, useState } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import { supportedHorizons, type OptionId, type Prediction } from '@/model'
import { ContextFigures } from '@/components/ContextFigures'
import { commonGaps, headlineOutcome } from '@/components/figures'
import { HorizonSwitch } from '@/components/HorizonSwitch'
import { IconStyleSwitch } from '@/components/IconStyleSwitch'
import { OptionColumn } from '@/components/OptionColumn'
import { ResultsPreamble } from '@/components/ResultsPreamble'
import { OptionSteps, OptionTabs } from '@/components/OptionTabs'
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

type Props = { prediction: Prediction; stage?: number }

// Below this width the columns would be too narrow to read side by side: one at a time, chosen
// with OptionTabs (styles: .options--one).
export const ONE_COLUMN_QUERY = '(max-width: 599.98px)'
const tabId = (id: OptionId) => `option-tab-${id}`
const panelId = (id: OptionId) => `option-panel-${id}`

/**
 * Every option that applies, side by side at one horizon, with warnings, charts and group-level
 * context. `stage` (useReveal): the charts and the group-level results come after the columns.
 */
export function Comparison({ prediction, stage = REVEAL.rest }: Props) {
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
  // The columns follow each keystroke at once; charts and group figures follow when typing pauses.
  const deferred = useSettled(prediction)
  const deferredYears = useSettled(years)
  const rest = stage >= REVEAL.rest
  const chartsRef = useRef<HTMLElement>(null)
  const chartsNear = useNearViewport(chartsRef, rest)
  const oneAtATime = useMediaQuery(ONE_COLUMN_QUERY) && prediction.options.length > 1
  const [tabChoice, choose] = useState<OptionId | null>(null)
  const ids = prediction.options.map((o) => o.id)
  const shownId = tabChoice && ids.includes(tabChoice) ? tabChoice : ids[0]
  return (
    <>
      <WarningList warnings={prediction.warnings} />
      <div className="toolbar">
        <HorizonSwitch horizons={horizons} value={years} onChange={setHorizon} />
        <IconStyleSwitch value={iconStyle} onChange={setIconStyle} />
      </div>
      <ResultsPreamble prediction={prediction} years={years} gaps={gaps} />
      {oneAtATime && shownId ? <OptionTabs options={ids} chosen={shownId} onChoose={choose} tabId={tabId} panelId={panelId} /> : null}
      <div className={oneAtATime ? 'options options--one' : 'options'} style={{ ['--columns' as string]: String(prediction.options.length) }}>
        {prediction.options.map((option, index) => (
          // On a phone each column is a tab panel, shown when chosen; elsewhere a plain slot.
          <div
            key={option.id}
            className="option-slot"
            {...(oneAtATime ? { role: 'tabpanel', id: panelId(option.id), 'aria-labelledby': tabId(option.id), hidden: option.id !== shownId, tabIndex: -1 } : {})}
          >
            <OptionColumn prediction={prediction} option={option} years={years} headline={headline} iconStyle={iconStyle} index={index} commonGaps={gaps} />
          </div>
        ))}
      </div>
      {oneAtATime && shownId ? <OptionSteps options={ids} chosen={shownId} onChoose={choose} panelId={panelId} /> : null}
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
