// The entry: the stylesheets, then the app, once the first screen is on screen and in use.
//
// index.html carries the first screen, prerendered at build time in English and Dutch
// (src/app/prerender.tsx; public/shell/*.js show the reader's language), so the browser paints
// it from HTML and CSS alone, before any of the app's JavaScript. React, the translations and
// the views then load and hydrate that screen at the first sign of use (a pointer, a key, a
// focus), or at once when a shared link carries a scenario to compute: a reader on a slow phone
// is never held up by code that nothing needs yet. What the user typed or clicked before React
// owned the screen is played back to it (earlyInput.ts).
import '@/styles/app.css'
import '@/styles/print.css'
import { intlLocale, toLng } from '@/i18n/languages'
import { firstIntent, recordEarlyInput } from './earlyInput'

// Nothing here imports React: until first use the page runs no more script than this file.

// A safety net only: paint timing reports within a frame or two of the paint.
const PAINT_WAIT_LIMIT_MS = 5000

/** Resolves once the prerendered screen has been painted, or at once when no paint is to come. */
const prerenderPainted = (): Promise<void> =>
  new Promise((resolve) => {
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0
    // A background tab does not paint; a browser without paint timing cannot tell.
    const reportsPaint = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint')
    if (!reportsPaint || document.visibilityState !== 'visible' || painted()) return resolve()
    const done = () => {
      observer.disconnect()
      window.clearTimeout(timer)
      resolve()
    }
    const observer = new PerformanceObserver(() => {
      if (painted()) done()
    })
    observer.observe({ type: 'paint' })
    const timer = window.setTimeout(done, PAINT_WAIT_LIMIT_MS)
  })

/**
 * Fetches the chunks first use will need into the HTTP cache, at low priority (the list is
 * written by the build). Plain fetches, not <link rel=prefetch> elements: two dozen of those
 * cost the main thread tens of milliseconds on a slow phone.
 */
const prefetchAppChunks = (): void => {
  let files: unknown
  try {
    files = JSON.parse(document.getElementById('prefetch-after-paint')?.textContent ?? '[]')
  } catch {
    return
  }
  if (!Array.isArray(files)) return
  const queue = files.filter((href): href is string => typeof href === 'string')
  // A few per idle moment: even a fetch call costs the main thread something.
  const next = () => {
    for (const href of queue.splice(0, 4)) void fetch(href, { priority: 'low' }).catch(() => undefined)
    if (queue.length) whenIdle(next)
  }
  whenIdle(next)
}

const whenIdle = (run: () => void): void => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 })
  else setTimeout(run, 50)
}

const container = document.getElementById('root')
// data-shell: the language the prerendered screen in #root speaks (absent on the development
// server). Read again before hydrating: shell/swap.js may put the Dutch screen in after this
// module has started.
const prerendered = container?.dataset.shell !== undefined
const sharedScenario = window.location.hash.replace(/^#/, '') !== ''
const early = container && prerendered ? recordEarlyInput(container) : null
if (prerendered) {
  // Listening from the start: a pointer may move before the paint is reported.
  const intent = firstIntent()
  await prerenderPainted()
  prefetchAppChunks()
  if (!sharedScenario) await intent
}

// A shared link: the hash codec, the engine and the results views are fetched beside React,
// not after it has hydrated, so the figures the reader came for wait for no extra round trip.
if (sharedScenario) {
  void import('@/state/scenarioCodec').then((m) => m.loadScenarioCodec())
  void import('@/state/engine').then((m) => m.loadEngine())
  void import('@/views/resultsModule').then((m) => m.resultsModule.load())
  // A language's first Intl number or date formatter loads its locale data (13 and 3 ms in
  // Node here, a slow phone several times that); later ones take a tenth of a millisecond. Made
  // now, each in a task of its own while the network brings React, that cost is not part of
  // the task that writes the first figures.
  const locale = intlLocale(toLng(container?.dataset.shell ?? document.documentElement.lang))
  setTimeout(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(1), 0)
  setTimeout(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0), 0)
}

// Three module graphs fetched side by side, each evaluated in a task of its own as it arrives
// (translations, React DOM, the app's views), so no one task holds the main thread for all.
const [{ initI18n }, { createRoot, hydrateRoot }, { Root }, { createElement, startTransition }, { setHydrating }, { loadEngine }, { resultsModule }] = await Promise.all([
  import('@/i18n/setup'),
  import('react-dom/client'),
  import('./Root'),
  import('react'),
  import('@/state/lazyModule'),
  import('@/state/engine'),
  import('@/views/resultsModule'),
])
const i18n = await initI18n()
if (container) {
  const mounted = () => {
    setHydrating(false)
    container.dataset.hydrated = 'true'
    early?.replay()
    // The engine and the results views: loaded now, long before six fields are filled in.
    void loadEngine()
    void resultsModule.load()
  }
  // createElement, not JSX: JSX would import React's runtime into this entry, before first use.
  const app = createElement(Root, { i18n, onMounted: mounted })
  document.documentElement.removeAttribute('data-shell-swap')
  if (container.dataset.shell === toLng(i18n.language)) {
    // Hydration adopts the painted screen; as a transition it yields to the browser every few
    // milliseconds instead of holding the main thread for the whole tree.
    setHydrating(true)
    startTransition(() => {
      hydrateRoot(container, app)
    })
  } else {
    // Another language than the prerender, or no prerender: render afresh (React clears the
    // container when it commits). Input typed into a screen in the wrong language is dropped.
    createRoot(container).render(app)
  }
}
