import { useState, type ReactNode } from 'react'

type Props = { className?: string; summary: ReactNode; children: ReactNode; 'data-trial'?: string }

/**
 * A disclosure whose content is built the first time it is opened: the trials' criteria and the
 * group-level figures are long lists that most consultations never open, and building them on
 * every keystroke would slow the figures that matter.
 */
export function LazyDetails({ className, summary, children, ...data }: Props) {
  const [opened, setOpened] = useState(false)
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)} {...data}>
      <summary>{summary}</summary>
      {opened ? children : null}
    </details>
  )
}
