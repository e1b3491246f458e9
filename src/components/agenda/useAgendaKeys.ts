import { useEffect } from 'react'
import { isPlainKey } from '../board/keys'

const NEXT = new Set(['PageDown', 'ArrowRight'])
const PREVIOUS = new Set(['PageUp', 'ArrowLeft'])
// Controls that move with the arrow keys themselves: a radio group (the horizon, the figure), tabs,
// a slider, a list box or menu. There the arrows stay theirs; PageDown and PageUp still step.
const ARROW_CONTROLS = 'input[type="radio"], [role="radio"], [role="tab"], [role="slider"], [role="listbox"], [role="option"], [role="menu"], [role="menuitem"], [role="grid"], [role="spinbutton"]'

/** Whether a key press steps the agenda: 1 forward, -1 back, 0 not at all. */
export const agendaStep = (event: KeyboardEvent): -1 | 0 | 1 => {
  if (!isPlainKey(event) || event.shiftKey) return 0
  const arrow = event.key.startsWith('Arrow')
  if (arrow && event.target instanceof Element && event.target.closest(ARROW_CONTROLS)) return 0
  return NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0
}

/** PageDown / → for the next case, PageUp / ← for the previous, on the board, never while typing. */
export function useAgendaKeys(enabled: boolean, step: (by: -1 | 1) => void): void {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      const by = agendaStep(event)
      if (!by) return
      event.preventDefault()
      step(by)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled, step])
}
