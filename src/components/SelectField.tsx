import { memo, useId } from 'react'
import { describedBy, FieldNotes, type FieldMessages } from './fieldParts'

export type Choice = { value: string; label: string }
export type ChoiceGroup = { label: string; choices: Choice[] }

type Props = FieldMessages & {
  label: string
  value: string
  onChange: (value: string) => void
  name: string
  /** The empty choice: "Choose..." for a required field, "Unknown" for an optional one. */
  emptyLabel: string
  choices?: Choice[]
  groups?: ChoiceGroup[]
}

const NONE: never[] = []

/** Memoised: with stable handlers and choice lists, only the field whose props changed re-renders. */
export const SelectField = memo(function SelectField({ label, value, onChange, name, emptyLabel, choices = NONE, groups = NONE, ...messages }: Props) {
  const id = useId()
  return (
    <div className={`field${messages.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={messages.error ? true : undefined}
        aria-describedby={describedBy(id, messages)}
      >
        <option value="">{emptyLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldNotes id={id} {...messages} />
    </div>
  )
})
