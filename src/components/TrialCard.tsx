import { useTranslation } from 'react-i18next'
import { TRIALS, criterionDetails, getTrial, recruitmentState, registryIdOf, statusFreshness, summarizeMatch, trialName, type Trial, type TrialMatch } from '@/trials'
import { formatIsoDate, formatNumber } from '@/i18n/format'
import { useLng } from '@/i18n/sharedTranslation'
import { LazyDetails } from './LazyDetails'
import { registryRecordUrl, statusAsOfText } from './trialStatusText'

const RESULT_ICONS = { met: '✓', not_met: '✗', to_confirm: '?' } as const
const RESULT_ORDER = { not_met: 0, to_confirm: 1, met: 2 } as const

/** One trial: status, why, arms, every criterion marked met / not met / to confirm, and where to read more. */
export function TrialCard({ match, today }: { match: TrialMatch; today: Date }) {
  const { t } = useTranslation()
  const lng = useLng()
  const trial = getTrial(match.trialId)
  const summary = summarizeMatch(match)
  const recruitment = recruitmentState(trial, today)
  const criteria = criterionDetails(match).sort((a, b) => RESULT_ORDER[a.result] - RESULT_ORDER[b.result])
  const registry = registryIdOf(trial)
  const name = trialName(trial)
  const recordUrl = trial.registryUrl ?? trial.sourceUrl
  return (
    <LazyDetails
      className={`trial trial--${match.status}`}
      data-trial={trial.id}
      summary={
        <>
        <span className={`status status--${match.status}`}>{t(`trials:status.${match.status}`)}</span>{' '}
        <strong className="trial__name">{name}</strong> — {trial.title[lng]}
        <span className="trial__counts">
          {' '}
          {t('trialsPanel.counts', { met: summary.total.met, notMet: summary.total.not_met, toConfirm: summary.total.to_confirm })}
        </span>
        </>
      }
    >
      <div className="trial__body">
        <p className="trial__meta">
          {registry ? <span>{t('trialsPanel.registry', { id: registry })}. </span> : null}
          {t(`trials:phase.${trial.phase}`)}. {t(`trials:studyType.${trial.studyType}`)}.{' '}
          {trial.countries.map((c) => t(`trials:country.${c}`)).join(', ')}. {t(`trials:recruitmentStatus.${trial.recruitment.status}`)}
          {recruitment.open ? '' : ` (${t(`trials:closedReason.${recruitment.reason}`)})`}; {statusAsOfText(trial, lng, t)}.
        </p>
        {(() => {
          const freshness = statusFreshness(trial, today)
          return freshness.dated && freshness.stale ? (
            <p className="trial__stale">
              <span aria-hidden="true">⚠ </span>
              {t('trialsPanel.stale')} <RecordLink url={recordUrl} />
            </p>
          ) : null
        })()}
        {trial.results ? (
          <p className="trial__results">
            {t('trialsPanel.results', { date: formatIsoDate(trial.results.published, lng) ?? trial.results.published, count: formatNumber(trial.results.enrolled, lng, 0) ?? trial.results.enrolled })}{' '}
            {t('trialsPanel.resultsSource')}:{' '}
            <a href={trial.results.url} target="_blank" rel="noopener noreferrer">
              {trial.results.citation}
            </a>
          </p>
        ) : null}
        <RelatedTrials trial={trial} />
        <p>{trial.design[lng]}</p>
        <h4>{t('trialsPanel.arms')}</h4>
        <ul className="trial__arms">
          {trial.arms.map((arm) => (
            <li key={arm.id}>
              <strong>{arm.label[lng]}</strong>: {arm.description[lng]}
            </li>
          ))}
        </ul>
        <h4>{t('trialsPanel.criteria')}</h4>
        {trial.criteriaIncomplete ? (
          <p className="trial__incomplete">
            {t('trialsPanel.criteriaIncomplete')} <RecordLink url={recordUrl} />
          </p>
        ) : null}
        <ul className="criteria">
          {criteria.map((c) => (
            <li key={c.id} className={`criterion criterion--${c.result}`}>
              <span className="criterion__icon" aria-hidden="true">
                {RESULT_ICONS[c.result]}
              </span>{' '}
              <span className="criterion__result">{t(`trials:result.${c.result}`)}</span>{' '}
              <span className="criterion__kind">({t(`trials:kind.${c.kind}`)})</span> {c.text[lng]}
              {c.basis === 'clinician' && c.result === 'to_confirm' ? <span className="criterion__who"> — {t('trialsPanel.clinicianChecks')}</span> : null}
            </li>
          ))}
        </ul>
        <p className="trial__decides">{t('trialsPanel.teamDecides')}</p>
        {trial.contact ? (
          <p>
            {t('trialsPanel.contact')}: {trial.contact.name}
            {trial.contact.phone ? `, ${trial.contact.phone}` : ''}
            {trial.contact.email ? `, ${trial.contact.email}` : ''}
          </p>
        ) : null}
        {trial.sourceUrl ?? trial.registryUrl ? (
          <p className="trial__source">
            {t('trialsPanel.source')}:{' '}
            <a href={trial.registryUrl ?? trial.sourceUrl ?? undefined} target="_blank" rel="noopener noreferrer">
              {trial.registryUrl ?? trial.sourceUrl}
            </a>
          </p>
        ) : null}
      </div>
    </LazyDetails>
  )
}

function RecordLink({ url }: { url: string | null }) {
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  ) : null
}

/** The trial's predecessor or successor, with its registry record; said when the app lists it too. */
function RelatedTrials({ trial }: { trial: Trial }) {
  const { t } = useTranslation()
  if (!trial.relatedTrials?.length) return null
  return (
    <ul className="trial__related">
      {trial.relatedTrials.map((related) => {
        const listed = TRIALS.some((other) => other.registryIds.nct === related.nct)
        return (
          <li key={related.nct}>
            {t(`trialsPanel.relation.${related.relation}`, { name: related.acronym, nct: related.nct })}{' '}
            {listed ? `${t('trialsPanel.inThisList')} ` : null}
            <RecordLink url={registryRecordUrl(related.nct)} />
          </li>
        )
      })}
    </ul>
  )
}
