// The entry: the stylesheets, and the app once the first screen is on screen.
//
// index.html carries the first screen, prerendered at build time (src/app/prerender.tsx), so
// the browser can paint it from HTML and CSS alone. The app's JavaScript (React, translations,
// engine) is fetched once that paint has been presented: fetched earlier, it competes with the
// paint on a slow phone and the screen stays blank until it has run. The screen is inert until
// React has hydrated it (start.tsx), so nothing typed meanwhile is lost.
import '@/styles/app.css'
import '@/styles/print.css'

// A safety net only: paint timing reports within a frame or two of the paint.
const PAINT_WAIT_LIMIT_MS = 5000

/** Resolves once the prerendered screen has been painted, or at once when no paint is to come. */
const prerenderPainted = (): Promise<void> =>
  new Promise((resolve) => {
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0
    const prerendered = Boolean(document.getElementById('root')?.dataset.shell)
    // No prerender (development server), a background tab (it does not paint), or a browser
    // without paint timing: nothing to wait for.
    const reportsPaint = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint')
    if (!prerendered || !reportsPaint || document.visibilityState !== 'visible' || painted()) return resolve()
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

await prerenderPainted()
await import('./start')
