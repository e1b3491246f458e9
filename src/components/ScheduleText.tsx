import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptionEstimate } from '@/model'
import { formatNumber } from '@/i18n/format'
import { useLng } from '@/i18n/sharedTranslation'

/** The option's schedule (fractions, doses, cycles), numbers in the active locale ("1,8 Gy" in Dutch). */
export const ScheduleText = memo(function ScheduleText({ schedule }: { schedule: OptionEstimate['schedule'] }) {
  const { t } = useTranslation()
  const lng = useLng()
  // Surgery alone has no schedule beyond its description.
  if (!schedule || schedule.code === 'surgery') return null
  const params = Object.fromEntries(Object.entries(schedule.params).map(([key, value]) => [key, formatNumber(value, lng, 2) ?? t('figure.notAvailable')]))
  return <p className="option__schedule">{t(`engine:schedule.${schedule.code}`, params)}</p>
})
