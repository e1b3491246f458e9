import { useTranslation } from 'react-i18next'
import type { OutcomeId } from '@/model'

type Props = { outcomes: OutcomeId[]; value: OutcomeId; onChange: (outcome: OutcomeId) => void }

/** Which outcome the columns show large; a radio group, like the horizon switch. */
export function BoardOutcome({ outcomes, value, onChange }: Props) {
  const { t } = useTranslation()
  if (outcomes.length < 2) return null
  return (
    <fieldset className="segmented">
      <legend>{t('views:board.outcome')}</legend>
      {outcomes.map((outcome) => (
        <label key={outcome} className={outcome === value ? 'segmented__item segmented__item--on' : 'segmented__item'}>
          <input type="radio" name="board-outcome" value={outcome} checked={outcome === value} onChange={() => onChange(outcome)} />
          {t(`engine:outcome.${outcome}.name`)}
        </label>
      ))}
    </fieldset>
  )
}
