import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { supportedHorizons } from '@/model'
import { OutcomeCharts } from '@/components/charts/OutcomeCharts'
import { commonGaps, headlineOutcome } from '@/components/figures'
import { ResultsPreamble } from '@/components/ResultsPreamble'
import { PrintGlance } from '@/components/print/PrintGlance'
import { gapNotes } from '@/components/print/gaps'
import { PrintHeader } from '@/components/print/PrintHeader'
import { PrintInputs } from '@/components/print/PrintInputs'
import { PrintOption } from '@/components/print/PrintOption'
import { PrintSources } from '@/components/print/PrintSources'
import { PrintTrials } from '@/components/print/PrintTrials'
import { PrintValues } from '@/components/print/PrintValues'
import { PrintWarnings } from '@/components/print/PrintWarnings'
import { markedValues } from '@/components/print/values'
import { chooseHorizon } from '@/state/horizon'
import { useAppStore } from '@/state/store'
import { usePrediction } from '@/state/usePrediction'
import { useSettled } from './useSettled'

// recharts' ResponsiveContainer measures nothing on paper and prints blank (recharts #1114):
// print charts get an explicit size: two fit side by side on A4.
const PRINT_CHART_SIZE = { width: 330, height: 130 }
// Nobody reads paper mid-sentence: its charts and tables are rebuilt after a longer pause.
const PRINT_SETTLE_MS = 1500

/**
 * The printed summary (UX.md §4). Mounted, hidden on screen, whenever the engine has an answer,
 * so both the "Print summary" button and the browser's own print produce it. It reads the same
 * derived prediction as the consultation screen: no figure is computed here.
 */
export function PrintSummary() {
  // Hidden on screen until printed: it follows once the typing has stopped for a while (a
  // settled value into a memoised body), never competing with the figures on screen, and
  // catches up synchronously when printing starts.
  const derived = useSettled(usePrediction(), { delayMs: PRINT_SETTLE_MS, flushBeforePrint: true })
  return <PrintBody derived={derived} />
}

const PrintBody = memo(function PrintBody({ derived }: { derived: ReturnType<typeof usePrediction> }) {
  const { t } = useTranslation('views')
  const chosen = useAppStore((s) => s.horizonYears)
  const values = useAppStore((s) => s.values)
  if (derived.kind !== 'ready') return null
  const { prediction, input, trials } = derived
  const years = chooseHorizon(supportedHorizons(prediction), chosen)
  const headline = headlineOutcome(prediction, years)
  const common = commonGaps(prediction, years)
  const notes = gapNotes(prediction, years, common)
  return (
    <div className="print-summary" data-print-summary="">
      <PrintHeader today={new Date()} />
      <section className="p-meaning">
        <h2>{t('print.meaningHeading')}</h2>
        <p>{t('print.meaning', { count: years })}</p>
        <p>
          <strong>{t('print.notMeaning')}</strong> {t('common:app.intendedUse')}
        </p>
      </section>
      <PrintInputs input={input} />
      {/* Page 1 is the decision at a glance, with what its brackets mean and what no option can
          estimate. It ends with them; the warnings, the notes on the models and the details follow. */}
      <div className="p-first">
        <PrintGlance prediction={prediction} years={years} common={common} notes={notes} />
        <section className="p-ranges">
          <ResultsPreamble prediction={prediction} years={years} gaps={common} variant="print" />
        </section>
      </div>
      {/* Warnings open page 2 rather than end page 1: their number varies with the input, and page 1
          ends with a forced break, so a long list there would leave page 2 nearly empty. */}
      <PrintWarnings warnings={prediction.warnings} />
      <section className="p-options-section">
        <h2>{t('print.detailsHeading')}</h2>
        <p>{t('common:trialResults.note')}</p>
        {prediction.options.length ? null : <p>{t('print.noOptions')}</p>}
        <div className="p-options">
          {prediction.options.map((option, index) => (
            <PrintOption key={option.id} prediction={prediction} option={option} years={years} headline={headline} index={index} />
          ))}
        </div>
      </section>
      <PrintValues values={markedValues(values, input.site)} options={prediction.options} />
      <PrintTrials trials={trials} />
      {/* The charts keep whole on a page: after the trial list, which fills the page before them. */}
      <section className="p-charts">
        <h2>{t('common:chart.heading')}</h2>
        <p>{t('common:chart.paperLead')}</p>
        <OutcomeCharts prediction={prediction} years={years} fixedSize={PRINT_CHART_SIZE} paper />
      </section>
      <PrintSources prediction={prediction} />
    </div>
  )
})
