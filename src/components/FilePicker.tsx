import { useId, type ChangeEvent } from 'react'

type Props = {
  /** The field's label ("Load a model file"). */
  label: string
  /** The button's text in the app's language ("Choose a file"). */
  button: string
  /** What is chosen, in the app's language: "No file chosen" or the file's name. */
  status: string
  hint: string
  accept: string
  onChange: (event: ChangeEvent<HTMLInputElement>) => void
}

/**
 * A file input whose words are the app's, not the browser's: the native input (whose button and
 * "no file chosen" follow the browser's language) is transparent and lies exactly over a label
 * styled as a button, so a tap, a click, Enter or Space reach the input itself (a 44 px target in
 * the tab order). Its accessible name holds both visible texts (the field label and the button).
 */
export function FilePicker({ label, button, status, hint, accept, onChange }: Props) {
  const id = useId()
  return (
    <div className="file-picker">
      <label htmlFor={id} id={`${id}-label`} className="file-picker__label">
        {label}
      </label>
      <div className="file-picker__row">
        <span className="file-picker__control">
          <input
            id={id}
            type="file"
            className="file-picker__input"
            accept={accept}
            onChange={onChange}
            aria-labelledby={`${id}-label ${id}-button`}
            aria-describedby={`${id}-status ${id}-hint`}
          />
          <label htmlFor={id} id={`${id}-button`} className="file-picker__button">
            {button}
          </label>
        </span>
        <span id={`${id}-status`} className="file-picker__status" title={status}>
          {status}
        </span>
      </div>
      <p id={`${id}-hint`} className="file-picker__hint">
        {hint}
      </p>
    </div>
  )
}
