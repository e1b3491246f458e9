import { useTranslation } from 'react-i18next'
import type { OutcomeId } from '@/model'

/**
 * Outcomes without a personal figure, marked with a note number; the reasons are written once
 * under the options (PrintGapReasons), since most options share them.
 */
export function PrintGaps({ gaps, notes }: { gaps: { outcome: OutcomeId; reason: string }[]; notes: string[] }) {
  const { t } = useTranslation()
  if (!gaps.length) return null
  return (
    <p className="p-gaps">
      <strong>{t('figure.noEstimateFor')}</strong>{' '}
      {gaps.map(({ outcome, reason }, i) => (
        <span key={outcome}>
          {i ? '; ' : ''}
          {t(`engine:outcome.${outcome}.name`)}
          <sup>{notes.indexOf(reason) + 1}</sup>
        </span>
      ))}
    </p>
  )
}

/** The reasons behind the note numbers, in the order they were first used. */
export function PrintGapReasons({ notes }: { notes: string[] }) {
  const { t } = useTranslation()
  if (!notes.length) return null
  return (
    <ol className="p-gap-reasons">
      {notes.map((reason) => (
        <li key={reason}>{t(`engine:reason.${reason}`)}</li>
      ))}
    </ol>
  )
}
