import { useTranslation } from 'react-i18next'
import { getTrial, registryIdOf, trialName, type TrialMatch } from '@/trials'
import { useLng } from '@/i18n/sharedTranslation'
import { statusAsOfText } from '../trialStatusText'
import { orderTrials, STATUS_MARK } from './trialStatus'

/** One line per trial: status in a word and a mark (not colour), registry, contact and source. */
export function PrintTrials({ trials }: { trials: TrialMatch[] }) {
  const { t } = useTranslation()
  const lng = useLng()
  const ordered = orderTrials(trials)
  return (
    <section className="p-trials">
      <h2>{t('views:print.trialsHeading')}</h2>
      <p>
        {t('views:print.trialsLead')} {t('views:print.trialsBrief')}
      </p>
      <ul>
        {ordered.map((match) => {
          const trial = getTrial(match.trialId)
          const registry = registryIdOf(trial)
          const contact = trial.contact ? [trial.contact.name, trial.contact.phone, trial.contact.email].filter(Boolean).join(', ') : null
          const url = trial.registryUrl ?? trial.sourceUrl
          // A trial the patient cannot join (closed, or a criterion not met) keeps its status and
          // registry lines, not its long title and contact: the paper's room goes to those that could fit.
          const brief = match.status === 'closed' || match.status === 'not_eligible'
          const name = trialName(trial)
          const parts = [
            // A short name that already holds the registry number does not repeat it.
            registry && !name.includes(registry) ? t('views:print.trialRegistry', { id: registry }) : null,
            t(`trials:recruitmentStatus.${trial.recruitment.status}`),
            statusAsOfText(trial, lng, t),
            contact && !brief ? t('views:print.trialContact', { contact }) : null,
            // The registry number finds the record; the address is printed only where there is none.
            url && !registry ? t('views:print.trialSource', { url }) : null,
          ].filter(Boolean)
          return (
            <li key={match.trialId} className={`p-trial p-trial--${match.status}`} data-trial={match.trialId}>
              <strong>
                {STATUS_MARK[match.status]} {t(`trials:status.${match.status}`)}
              </strong>{' '}
              <strong>{name}</strong>
              {brief ? ': ' : <> — {trial.title[lng]}. </>}
              <span className="p-trial__meta">{parts.join('; ')}.</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
