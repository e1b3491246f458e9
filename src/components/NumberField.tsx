import { memo, useId } from 'react'
import { describedBy, FieldNotes, type FieldMessages } from './fieldParts'

type Props = FieldMessages & {
  label: string
  unit: string
  value: string
  onChange: (text: string) => void
  name: string
}

/**
 * A number typed as text: "4,5" and "4.5" are both accepted (parsed outside), and the text is
 * kept as typed so a half-typed "4," is not rewritten under the user's fingers.
 */
export const NumberField = memo(function NumberField({ label, unit, value, onChange, name, ...messages }: Props) {
  const id = useId()
  return (
    <div className={`field${messages.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label} <span className="field__unit">({unit})</span>
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={messages.error ? true : undefined}
        aria-describedby={describedBy(id, messages)}
      />
      <FieldNotes id={id} {...messages} />
    </div>
  )
})
