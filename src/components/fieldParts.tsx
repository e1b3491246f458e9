import type { ReactNode } from 'react'

export type FieldMessages = { hint?: string | undefined; error?: string | undefined; warnings?: string[] | undefined }

/** The ids a control names in aria-describedby: hint, then error, then warnings. */
export const describedBy = (id: string, m: FieldMessages): string | undefined =>
  [m.hint ? `${id}-hint` : null, m.error ? `${id}-error` : null, m.warnings?.length ? `${id}-warnings` : null].filter(Boolean).join(' ') || undefined

/** Hint, error and warnings beside a field; the error region is live so it is announced. */
export function FieldNotes({ id, hint, error, warnings }: FieldMessages & { id: string }): ReactNode {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className="field__error" aria-live="polite">
        {error ?? ''}
      </p>
      {warnings?.length ? (
        <ul id={`${id}-warnings`} className="field__warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
