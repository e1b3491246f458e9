import { memo, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { currentScenario, useAgendaStore } from '@/state/agenda'
import { checkLabel } from '@/state/agendaLabel'
import { describedBy, FieldNotes } from '../fieldParts'

type Status = { kind: 'idle' } | { kind: 'added'; n: number } | { kind: 'full' } | { kind: 'notReady' }

/**
 * "Add to agenda": the case in the form, with an optional short label. The label must not name
 * the patient: the field says so, and a date or a long number is refused next to the field.
 */
export const AgendaAdd = memo(function AgendaAdd({ ready }: { ready: boolean }) {
  const { t } = useTranslation('views')
  const id = useId()
  const add = useAgendaStore((s) => s.add)
  const [text, setText] = useState('')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const checked = checkLabel(text)
  const error = checked.ok ? undefined : t(`agenda.labelError.${checked.code}`)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!checked.ok) return
    if (!ready) return setStatus({ kind: 'notReady' })
    if (!add({ scenario: currentScenario(), label: checked.label })) return setStatus({ kind: 'full' })
    setText('')
    setStatus({ kind: 'added', n: useAgendaStore.getState().cases.length })
  }
  const messages = { hint: t('agenda.labelHint'), error }
  return (
    <form className="agenda-add" onSubmit={submit} aria-label={t('agenda.add')}>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={id}>{t('agenda.labelField')}</label>
        <input
          id={id}
          name="agenda-label"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setStatus({ kind: 'idle' })
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, messages)}
        />
        <FieldNotes id={id} {...messages} />
      </div>
      <button type="submit">{t('agenda.add')}</button>
      <p className="field__hint" aria-live="polite">
        {status.kind === 'idle' ? '' : status.kind === 'added' ? t('agenda.added', { n: status.n }) : t(`agenda.${status.kind}`)}
      </p>
    </form>
  )
})
