import { useTranslation } from 'react-i18next'
import { TRIALS, compiledDates } from '@/trials'
import { formatIsoDate } from '@/i18n/format'
import { useLng } from '@/i18n/sharedTranslation'

/** About view: when the trial data were compiled and last updated (each card dates its own status). */
export function TrialDataDate() {
  const { t } = useTranslation()
  const lng = useLng()
  const dates = compiledDates(TRIALS)
  if (dates === null) return null
  return (
    <p className="about__trials-compiled">
      {t('about.trialsCompiled', { count: dates.count, first: formatIsoDate(dates.first, lng) ?? dates.first, last: formatIsoDate(dates.last, lng) ?? dates.last })}
    </p>
  )
}
