import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

// At the latest this long after the page has loaded, idle or not.
const REGISTER_WAIT_MS = 5000

/**
 * Registers the service worker (built by vite-plugin-pwa with registerType 'prompt') and reports
 * a new version that is waiting. The new version never takes over on its own: a reload in the
 * middle of a consultation would be worse than an old version, so it waits for the user's OK.
 */
function useWaitingWorker(): [ServiceWorker | null, () => void] {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null)
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    let cancelled = false
    const watch = (registration: ServiceWorkerRegistration) => {
      if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting)
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing
        installing?.addEventListener('statechange', () => {
          // The first install has no controller to replace: nothing to ask.
          if (!cancelled && installing.state === 'installed' && navigator.serviceWorker.controller) setWaiting(installing)
        })
      })
    }
    const register = () =>
      void navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
        .then(watch)
        .catch(() => undefined) // Offline use is an extra: the app works without it.
    // Installing the worker fetches and caches every file of the app: on a shared link, which
    // computes its figures at once, that waits until the page has loaded and the browser is
    // idle, rather than competing with the figures for the network and the processor.
    let idle = 0
    const soon = () => {
      idle = window.requestIdleCallback ? window.requestIdleCallback(register, { timeout: REGISTER_WAIT_MS }) : window.setTimeout(register, 1000)
    }
    if (document.readyState === 'complete') soon()
    else window.addEventListener('load', soon, { once: true })
    return () => {
      cancelled = true
      window.removeEventListener('load', soon)
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle)
      else window.clearTimeout(idle)
    }
  }, [])
  const activate = () => {
    if (!waiting) return
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
    // The generated worker skips waiting on this message (workbox generateSW, skipWaiting false).
    waiting.postMessage({ type: 'SKIP_WAITING' })
  }
  return [waiting, activate]
}

/** A small, translated banner: load the new version now, or later. */
export function UpdatePrompt() {
  const { t } = useTranslation('views')
  const [waiting, activate] = useWaitingWorker()
  const [dismissed, setDismissed] = useState(false)
  if (!waiting || dismissed) return null
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" onClick={activate}>
        {t('update.reload')}
      </button>
      <button type="button" className="button--quiet" onClick={() => setDismissed(true)}>
        {t('update.later')}
      </button>
    </div>
  )
}
