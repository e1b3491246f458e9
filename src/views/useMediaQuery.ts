import { useCallback, useSyncExternalStore } from 'react'

// A browser without matchMedia (and jsdom) matches nothing: the wide layout.
const supported = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function'

/** Whether a media query matches now, following its changes (a phone turned sideways). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (!supported()) return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', changed)
      return () => list.removeEventListener('change', changed)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => supported() && window.matchMedia(query).matches,
    () => false,
  )
}
