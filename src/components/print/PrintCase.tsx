import { useTranslation } from 'react-i18next'
import { supportedHorizons } from '@/model'
import type { AgendaCase } from '@/state/agenda'
import type { Derived } from '@/state/derive'
import { chooseHorizon } from '@/state/horizon'
import { commonGaps } from '../figures'
import { gapNotes } from './gaps'
import { PrintCaseTrials } from './PrintCaseTrials'
import { PrintGlance } from './PrintGlance'
import { PrintHeader } from './PrintHeader'
import { PrintInputs } from './PrintInputs'

type Props = { item: AgendaCase; n: number; total: number; derived: Derived; chosenYears: number | null; today: Date }

/**
 * One agenda case on one A4 page, the board's handout: the case label, its inputs, the decision at
 * a glance (the same component as the summary's page 1) and the trials the patient could join.
 */
export function PrintCase({ item, n, total, derived, chosenYears, today }: Props) {
  const { t } = useTranslation('views')
  const position = t('agenda.position', { n, total })
  const title = `${t('agenda.printTitle')} · ${item.label ? `${position}: ${item.label}` : position}`
  if (derived.kind !== 'ready') {
    return (
      <section className="p-case" data-case={n}>
        <PrintHeader today={today} title={title} />
        <p>{t('agenda.incomplete')}</p>
      </section>
    )
  }
  const { prediction, input, trials } = derived
  const years = chooseHorizon(supportedHorizons(prediction), chosenYears)
  const common = commonGaps(prediction, years)
  return (
    <section className="p-case" data-case={n}>
      <PrintHeader today={today} title={title} />
      <PrintInputs input={input} />
      <PrintGlance prediction={prediction} years={years} common={common} notes={gapNotes(prediction, years, common)} />
      <PrintCaseTrials trials={trials} />
      <p className="p-case__use">{t('common:app.intendedUse')}</p>
    </section>
  )
}
