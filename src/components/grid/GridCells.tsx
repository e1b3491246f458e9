import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Harm, OptionEstimate } from '@/model'
import { getTrial, trialName, type TrialMatch } from '@/trials'
import { formatNumber, outOf100 } from '@/i18n/format'
import { useLng } from '@/i18n/sharedTranslation'
import { PrintHarmHeadline } from '../print/PrintHarms'
import { SourceMark } from './SourceMark'

/** What the option involves in one line: the schedule in short, numbers in the active locale. */
export const InvolvesCell = memo(function InvolvesCell({ schedule }: { schedule: OptionEstimate['schedule'] }) {
  const { t } = useTranslation()
  const lng = useLng()
  const code = schedule?.code ?? 'surgery'
  const params = Object.fromEntries(Object.entries(schedule?.params ?? {}).map(([key, value]) => [key, formatNumber(value, lng, 2) ?? t('figure.notAvailable')]))
  // A schedule without a short wording of its own is said in full.
  return <p>{t(`grid.involves.${code}`, { ...params, defaultValue: t(`engine:schedule.${code}`, params) })}</p>
})

/** The main harm(s): "N out of 100: name", its time window and the source's marker (on paper written out). */
export const HarmsCell = memo(function HarmsCell({ harms, paper }: { harms: Harm[]; paper: boolean }) {
  const { t } = useTranslation()
  if (!harms.length) return <p>{t('harms.none')}</p>
  return harms.map((harm) => (
    <div key={`${harm.id}-${harm.source}`} className="option-grid__line option-grid__harm" data-harm={harm.id}>
      {paper ? (
        <PrintHarmHeadline harm={harm} />
      ) : (
        <>
          {harm.rate === null ? null : <strong>{t('harms.outOf100', { value: outOf100(harm.rate) })}</strong>} {t(`engine:harm.${harm.id}.name`)}
          {harm.rate === null ? `: ${t('harms.noRate')}` : null}
        </>
      )}
      <span className="option-grid__window">
        {harm.rate === null ? ` ${harm.reason ? t(`engine:reason.${harm.reason}`) : ''}` : `, ${t(`engine:window.${harm.window}`)}.`}
      </span>
      <SourceMark ids={[harm.source]} paper={paper} />
    </div>
  ))
})

/** Opens a trial's card in the trials panel and moves the focus there (the URL's hash holds the scenario: no anchor). */
const showTrial = (trialId: string) => {
  const card = document.querySelector<HTMLDetailsElement>(`.trials-panel [data-trial="${CSS.escape(trialId)}"]`)
  if (!card) return
  card.open = true
  card.scrollIntoView({ block: 'start' })
  card.querySelector('summary')?.focus({ preventScroll: true })
}

/** Trials this patient could join that study this option: a count and their names, each opening its card. */
export function TrialsCell({ matches, paper }: { matches: TrialMatch[]; paper: boolean }) {
  const { t } = useTranslation()
  if (!matches.length) return <p className="option-grid__quiet">{t('grid.noTrials')}</p>
  return (
    <>
      <p>{t('grid.trialsCount', { count: matches.length })}</p>
      <ul className="option-grid__trials">
        {matches.map((m) => {
          const trial = getTrial(m.trialId)
          const name = trialName(trial)
          return (
            <li key={m.trialId}>
              {paper ? (
                <strong>{name}</strong>
              ) : (
                <button type="button" className="link-button" onClick={() => showTrial(m.trialId)}>
                  {name}
                  <span className="visually-hidden"> {t('grid.showTrial')}</span>
                </button>
              )}{' '}
              ({t(`trials:status.${m.status}`)})
            </li>
          )
        })}
      </ul>
    </>
  )
}
