import { startTransition, useEffect, useState, type RefObject } from 'react'

// About a phone screen ahead: the content is built before the reader scrolls to it.
const AHEAD = '800px 0px'

/**
 * True once the element has come within about a screen of the viewport (and from then on).
 * Without IntersectionObserver, at once.
 */
export function useNearViewport(ref: RefObject<Element | null>, enabled = true): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!enabled || near || !element) return
    if (typeof IntersectionObserver === 'undefined') {
      startTransition(() => setNear(true))
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        startTransition(() => setNear(true))
      },
      { rootMargin: AHEAD },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, enabled, near])
  return near
}
