import { startTransition, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

type Options = { delayMs?: number; flushBeforePrint?: boolean }

// Long enough to skip the keystrokes of a number being typed, short enough to feel immediate.
const SETTLE_MS = 250

/**
 * The value once it has stopped changing for a moment. The option columns follow every
 * keystroke at once; what follows them (charts, group-level figures, trials, the printed
 * summary) skips the intermediate values of "6", "60", "65" and renders the last one, as a
 * transition. The first value is used at once. With flushBeforePrint the latest value is
 * rendered synchronously when printing starts, so paper never shows an older answer.
 */
export function useSettled<T>(value: T, { delayMs = SETTLE_MS, flushBeforePrint = false }: Options = {}): T {
  const [settled, setSettled] = useState(value)
  const latest = useRef(value)
  useEffect(() => {
    latest.current = value
    if (Object.is(value, settled)) return
    const timer = window.setTimeout(() => startTransition(() => setSettled(value)), delayMs)
    return () => window.clearTimeout(timer)
  }, [value, settled, delayMs])
  useEffect(() => {
    if (!flushBeforePrint) return
    const flush = () => flushSync(() => setSettled(latest.current))
    window.addEventListener('beforeprint', flush)
    return () => window.removeEventListener('beforeprint', flush)
  }, [flushBeforePrint])
  return settled
}
