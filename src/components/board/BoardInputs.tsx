import { useTranslation } from 'react-i18next'
import type { PatientInput } from '@/model'
import { useLng } from '@/i18n/sharedTranslation'
import { inputParts } from './inputParts'

/** The patient in one line, in short words: the board reads it across the room. */
export function BoardInputs({ input }: { input: PatientInput }) {
  const { t } = useTranslation()
  const lng = useLng()
  return (
    <p className="board__inputs">
      <span className="board__label">{t('views:board.inputsLabel')}:</span> {inputParts(input, t, lng).join(' · ')}
    </p>
  )
}
