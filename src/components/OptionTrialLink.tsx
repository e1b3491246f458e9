import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptionId } from '@/model'
import { TRIALS, recruitmentState, trialName } from '@/trials'
import { registryRecordUrl } from './trialStatusText'

/**
 * Under an option's schedule: the recruiting trial that now studies that option (the trial's
 * `optionsStudied`), e.g. SCOPES II for 14 x 3 Gy before surgery. Nothing once it stops recruiting.
 */
export const OptionTrialLink = memo(function OptionTrialLink({ optionId, today }: { optionId: OptionId; today?: Date }) {
  const { t } = useTranslation()
  const day = today ?? new Date()
  const trials = TRIALS.filter((trial) => trial.optionsStudied?.includes(optionId) && trial.registryIds.nct !== null && recruitmentState(trial, day).open)
  return trials.map((trial) => {
    const nct = trial.registryIds.nct ?? ''
    return (
      <p key={trial.id} className="option__trial" data-trial={trial.id}>
        {t('trialsPanel.optionTrial', { name: trialName(trial), nct })}{' '}
        <a href={registryRecordUrl(nct)} target="_blank" rel="noopener noreferrer">
          {t('trialsPanel.registryRecord')}
        </a>
      </p>
    )
  })
})
