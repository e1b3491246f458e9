// What a user does to the prerendered first screen before React owns it. The screen is real
// HTML: its fields take input and its buttons take clicks from the first paint, but no React
// handler listens yet. Those values and clicks are recorded here and played back to React once
// it has hydrated the screen (the same elements: hydration keeps them), so nothing is lost and
// nothing is dead to the touch.

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

const isField = (target: EventTarget | null): target is Field =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement

const isToggle = (field: Field): field is HTMLInputElement => field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')

/**
 * Gives a field the user's value so that React sees a change and calls onChange. React keeps
 * the last value it saw in a tracker behind the element's own `value` / `checked` setter: set
 * through that setter to something else first, then through the prototype's to the user's.
 */
const playBack = (field: Field, value: string, checked: boolean): void => {
  if (isToggle(field)) {
    field.checked = !checked
    field.click() // toggles back to the user's state and fires click, input and change
    return
  }
  if (field instanceof HTMLSelectElement) {
    field.value = value
    field.dispatchEvent(new Event('change', { bubbles: true }))
    return
  }
  field.value = value === '' ? ' ' : ''
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

export type EarlyInput = {
  /** Stops recording and hands every recorded value and click to the now hydrated app. */
  replay: () => void
}

export function recordEarlyInput(root: HTMLElement): EarlyInput {
  // Last value per field, in the order the fields were first touched.
  const values = new Map<Field, { value: string; checked: boolean }>()
  const clicks: HTMLButtonElement[] = []
  const onValue = (event: Event) => {
    if (isField(event.target)) values.set(event.target, { value: event.target.value, checked: isToggle(event.target) && event.target.checked })
  }
  const onClick = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null
    if (button && !button.disabled) clicks.push(button)
  }
  root.addEventListener('input', onValue, true)
  root.addEventListener('change', onValue, true)
  root.addEventListener('click', onClick, true)
  let done = false
  return {
    replay: () => {
      if (done) return
      done = true
      root.removeEventListener('input', onValue, true)
      root.removeEventListener('change', onValue, true)
      root.removeEventListener('click', onClick, true)
      for (const [field, { value, checked }] of values) if (field.isConnected) playBack(field, value, checked)
      for (const button of clicks) if (button.isConnected) button.click()
    },
  }
}

// Signs that someone is about to use the screen, not just read it.
const INTENT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'input', 'change'] as const

/** Resolves at the first sign of use of the page. */
export const firstIntent = (target: Document = document): Promise<void> =>
  new Promise((resolve) => {
    const seen = () => {
      for (const type of INTENT_EVENTS) target.removeEventListener(type, seen, true)
      resolve()
    }
    for (const type of INTENT_EVENTS) target.addEventListener(type, seen, { capture: true, passive: true })
  })
