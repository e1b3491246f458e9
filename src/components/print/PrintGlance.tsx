import { useTranslation } from 'react-i18next'
import type { Prediction } from '@/model'
import type { TrialMatch } from '@/trials'
import type { Gap } from '../figures'
import { OptionGrid } from '../grid/OptionGrid'
import { PrintGapReasons } from './PrintGaps'

type Props = { prediction: Prediction; years: number; common: Gap[]; notes: string[] }

// Page 1 lists no trials to join: the trials follow, each with its status, on the next pages.
const NO_TRIALS: TrialMatch[] = []

/**
 * Page 1 of the printed summary: the decision at a glance, the screen's option grid on paper,
 * one row per option as on a phone (five narrow columns would run to a fifth page).
 * Per option its personal figures at the horizon, the result of its trials (a group result, with
 * the arm it was compared with) and its headline harm; a gap's reason by its note number, written
 * once under the grid. Every detail follows on the next pages. (`common`: the gaps every option
 * shares, said in the box above; the grid leaves them out.)
 */
export function PrintGlance({ prediction, years, notes }: Props) {
  const { t } = useTranslation()
  if (!prediction.options.length) return null
  return (
    <section className="p-glance" aria-labelledby="p-glance-heading">
      <h2 id="p-glance-heading">{t('views:print.glanceHeading', { count: years })}</h2>
      <OptionGrid prediction={prediction} years={years} trials={NO_TRIALS} variant="print" layout="rows" gapNotes={notes} />
      <PrintGapReasons notes={notes} />
    </section>
  )
}
