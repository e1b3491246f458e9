import { startTransition, useEffect, useState } from 'react'

/**
 * The order in which the results come on screen the first time there are any (a shared link, or
 * the keystroke that completes the form): first the option columns (every personal figure with
 * its harms), then the trials, then the group-level results and the charts. Each stage is a
 * transition of its own, started in a task of its own after the previous one has committed: the
 * figures paint first, and no single task builds the whole screen, so input stays responsive
 * (on a slow phone the whole screen at once held the main thread for half a second).
 */
export const REVEAL = { columns: 1, trials: 2, rest: 3 } as const
const LAST = REVEAL.rest

/** The stage reached (0: nothing yet); once complete it stays so, and later answers render at once. */
export function useReveal(ready: boolean): number {
  const [stage, setStage] = useState(0)
  useEffect(() => {
    if (!ready || stage >= LAST) return
    // A macrotask, not a microtask: the browser gets to paint and handle input in between.
    const timer = window.setTimeout(() => startTransition(() => setStage((s) => Math.min(LAST, s + 1))), 0)
    return () => window.clearTimeout(timer)
  }, [ready, stage])
  return stage
}
