import { useTranslation } from 'react-i18next'
import { getTrial, trialName, type TrialMatch } from '@/trials'
import { useLng } from '@/i18n/sharedTranslation'
import { orderTrials, STATUS_MARK } from '../print/trialStatus'
import { statusAsOfText } from '../trialStatusText'


/** The trial matches, one line each: mark and word for the status, name and plain title. */
export function BoardTrials({ trials }: { trials: TrialMatch[] }) {
  const { t } = useTranslation()
  const lng = useLng()
  const ordered = orderTrials(trials)
  return (
    <section className="board__trials" aria-labelledby="board-trials-heading">
      <h2 id="board-trials-heading">{t('views:board.trials')}</h2>
      {ordered.length ? (
        <ul>
          {ordered.map((match) => {
            const trial = getTrial(match.trialId)
            return (
              <li key={match.trialId} className={`board-trial board-trial--${match.status}`} data-trial={match.trialId}>
                <strong className="board-trial__status">
                  <span aria-hidden="true">{STATUS_MARK[match.status]}</span> {t(`trials:status.${match.status}`)}
                </strong>{' '}
                <strong>{trialName(trial)}</strong> <span className="board-trial__asof">({statusAsOfText(trial, lng, t)})</span> — {trial.title[lng]}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t('views:board.noTrials')}</p>
      )}
    </section>
  )
}
