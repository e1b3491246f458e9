import { useEffect, useRef } from 'react'

/**
 * Full screen and a screen wake lock while the board is shown. Both are extras that fail quietly
 * (no permission, no HTTPS, an embedded frame). Leaving full screen with the browser's own Esc
 * also leaves the board, so one Esc always returns to the consultation; the F key toggles full
 * screen without leaving.
 */
export function useProjectorScreen(onLeave: () => void): { toggleFullscreen: () => void } {
  const ours = useRef(false)
  const leave = useRef(onLeave)
  useEffect(() => {
    leave.current = onLeave
  }, [onLeave])

  useEffect(() => {
    let wakeLock: WakeLockSentinel | null = null
    const enter = async () => {
      if (document.fullscreenEnabled && !document.fullscreenElement) {
        await document.documentElement.requestFullscreen().then(() => { ours.current = true }, () => undefined)
      }
      wakeLock = (await navigator.wakeLock?.request('screen').catch(() => null)) ?? null
    }
    const onChange = () => {
      if (!document.fullscreenElement && ours.current) {
        ours.current = false
        leave.current()
      }
    }
    void enter()
    document.addEventListener('fullscreenchange', onChange)
    return () => {
      document.removeEventListener('fullscreenchange', onChange)
      void wakeLock?.release().catch(() => undefined)
      if (ours.current && document.fullscreenElement) {
        ours.current = false
        void document.exitFullscreen().catch(() => undefined)
      }
    }
  }, [])

  const toggleFullscreen = () => {
    if (document.fullscreenElement) {
      ours.current = false
      void document.exitFullscreen().catch(() => undefined)
    } else if (document.fullscreenEnabled) {
      void document.documentElement.requestFullscreen().then(() => { ours.current = true }, () => undefined)
    }
  }
  return { toggleFullscreen }
}
