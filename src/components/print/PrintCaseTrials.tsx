import { useTranslation } from 'react-i18next'
import { couldJoin, getTrial, registryIdOf, trialName, type TrialMatch } from '@/trials'
import { useLng } from '@/i18n/sharedTranslation'
import { orderTrials, STATUS_MARK } from './trialStatus'

/** On an agenda page: only the trials the patient could join (fits, or to confirm), one line each. */
export function PrintCaseTrials({ trials }: { trials: TrialMatch[] }) {
  const { t } = useTranslation()
  const lng = useLng()
  const open = orderTrials(trials).filter(couldJoin)
  return (
    <section className="p-trials p-case__trials">
      <h2>{t('views:agenda.printTrials')}</h2>
      {open.length ? (
        <ul>
          {open.map((match) => {
            const trial = getTrial(match.trialId)
            const registry = registryIdOf(trial)
            const name = trialName(trial)
            return (
              <li key={match.trialId} className={`p-trial p-trial--${match.status}`} data-trial={match.trialId}>
                <strong>
                  {STATUS_MARK[match.status]} {t(`trials:status.${match.status}`)}
                </strong>{' '}
                <strong>{name}</strong>
                {registry && !name.includes(registry) ? ` (${registry})` : ''} — {trial.title[lng]}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t('views:agenda.printNoTrials')}</p>
      )}
    </section>
  )
}
