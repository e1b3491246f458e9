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
 * "no file chosen" follow the browser's language) is visually hidden but stays in the tab order
 * and opens the file dialog with Enter or Space; a label styled as a button opens it on a click.
 * Its accessible name holds both visible texts (the field label and the button).
 */
export function FilePicker({ label, button, status, hint, accept, onChange }: Props) {
  const id = useId()
  return (
    <div className="file-picker">
      <label htmlFor={id} id={`${id}-label`} className="file-picker__label">
        {label}
      </label>
      <div className="file-picker__row">
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
