// The main-thread cost of loading a page, from a Chromium trace, as a ratio against a reference
// page measured in the same browser in the same minutes (issue 21).
//
// Lighthouse's total blocking time multiplies the host's own task times (simulated throttling),
// so in milliseconds it describes the host at that minute as much as the page: the same build
// measured 76 to 1,125 ms on two machines. Here each page is loaded in a fresh browser context
// (empty cache, no service worker) on Lighthouse's mobile screen, traced until the network has
// been idle and the page quiet for a while, and its renderer main thread's busy time is summed:
// every top-level task (script, style, layout, paint, parsing), in thread CPU time where the
// trace gives it (time the thread was descheduled by another process is not the page's cost),
// else in wall time. The app's shared link and the reference page (test/bench/bare-results: a
// bare React page built by the same Vite that renders about as much DOM and text as the results)
// are loaded alternately, R A B R A B ..., in rounds of one browser each. The figure is the
// median over the rounds of each round's ratio: the page over the reference loaded in the same
// browser a few seconds before it, so both share that moment's load. The least over the least,
// reported beside it, lets one lucky round of the reference set the denominator: on five fresh
// runs of one commit on an idle 2-core machine it ranged from 2.78 to 3.79 for the app, while the
// median of paired ratios stayed within 2.78 to 3.15 (the slowed build: 4.36 to 4.81).
/* global document */
import { chromium } from 'playwright-core'
import { CHROME_FLAGS } from './lighthouse.mjs'

// Lighthouse's mobile screen (its default preset), so the page lays out as in the goal's runs.
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'en-GB' }
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'v8']
// After the network is idle: the staged reveal and the idle-time prefetch still run then.
const SETTLE_MS = 1500

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'])
const LAYOUT = new Set(['Layout', 'UpdateLayerTree', 'PrePaint', 'Paint', 'Layerize'])
const SCRIPT = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'V8.GCScavenger', 'MajorGC', 'MinorGC'])

const round1 = (x) => Math.round(x * 10) / 10
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The page's renderer main thread: the CrRendererMain whose process committed the page's URL. */
const pageThread = (events, origin) => {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const committed = events
    .filter((e) => e.name === 'FrameCommittedInBrowser' || e.name === 'TracingStartedInBrowser')
    .flatMap((e) => (e.args?.data?.frames ?? [e.args?.data]).filter(Boolean))
    .filter((frame) => typeof frame.url === 'string' && frame.url.startsWith(origin) && frame.processId)
    .map((frame) => frame.processId)
  const main = mains.find((m) => committed.includes(m.pid)) ?? null
  if (main) return { pid: main.pid, tid: main.tid }
  // Without a commit record: the renderer main thread that ran the most tasks.
  const busiest = mains
    .map((m) => ({ pid: m.pid, tid: m.tid, n: events.filter((e) => e.pid === m.pid && e.tid === m.tid && TASK_NAMES.has(e.name)).length }))
    .sort((a, b) => b.n - a.n)[0]
  if (!busiest) throw new Error('the trace has no renderer main thread')
  return busiest
}

/** Sum of the durations of events that are not nested in an earlier one of the same set (ms). */
const outermost = (events, useCpu) => {
  let end = -Infinity
  let total = 0
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue
    end = e.ts + e.dur
    total += useCpu && typeof e.tdur === 'number' ? e.tdur : e.dur
  }
  return total / 1000
}

/** Main-thread busy time of one traced load, in ms, with its script, style and layout shares. */
export const mainThreadCost = (trace, origin) => {
  const events = trace.traceEvents ?? trace
  const { pid, tid } = pageThread(events, origin)
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
  const tasks = own.filter((e) => TASK_NAMES.has(e.name))
  // Chromium gives nearly every task its thread time; the few without (1 µs bookkeeping tasks)
  // count with their wall time.
  const cpu = tasks.filter((e) => typeof e.tdur === 'number').length >= tasks.length * 0.9
  return {
    busyMs: round1(outermost(tasks, cpu)),
    wallMs: round1(outermost(tasks, false)),
    clock: cpu ? 'thread CPU time' : 'wall time',
    scriptMs: round1(outermost(own.filter((e) => SCRIPT.has(e.name)), cpu)),
    styleMs: round1(outermost(own.filter((e) => STYLE.has(e.name)), cpu)),
    layoutMs: round1(outermost(own.filter((e) => LAYOUT.has(e.name)), cpu)),
    longTasks: tasks.filter((e) => e.dur >= 50_000).length,
  }
}

/** One traced load of `url` in a fresh context; `ready` is a selector the page shows when done. */
const tracedLoad = async (browser, url, ready) => {
  const context = await browser.newContext(MOBILE)
  try {
    const page = await context.newPage()
    await browser.startTracing(page, { categories: CATEGORIES })
    await page.goto(url)
    await page.locator(ready).first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(SETTLE_MS)
    const dom = await page.evaluate(() => ({
      elements: document.querySelectorAll('body *').length,
      words: document.body.innerText.split(/\s+/).filter(Boolean).length,
      // The slowed build's own account of its work (src/views/benchSlowdown.ts).
      slowdown: document.documentElement.dataset.benchSlowdown ?? null,
    }))
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
    return { ...mainThreadCost(trace, new URL(url).origin), ...dom }
  } finally {
    await context.close()
  }
}

/**
 * `rounds` rounds of loads, in each the reference then every page in turn (R A B R A B ...), each
 * round in a browser of its own. Per page: its least busy time over the reference's least (the
 * figure), both times, the median of the rounds' own ratios, and every load.
 * `pages`: { name: { url, ready } }, `ready` a selector the page shows once it is complete.
 */
export const measureMainThreadRatios = async ({ pages, reference, chromePath, rounds = 7 }) => {
  const loads = []
  for (let i = 0; i < rounds; i++) {
    const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: CHROME_FLAGS })
    try {
      // A first, untraced load warms the browser's own start-up (its first context and renderer).
      const warm = await browser.newContext(MOBILE)
      await (await warm.newPage()).goto(reference.url)
      await warm.close()
      const round = { reference: await tracedLoad(browser, reference.url, reference.ready) }
      for (const [name, page] of Object.entries(pages)) round[name] = await tracedLoad(browser, page.url, page.ready)
      loads.push(round)
    } finally {
      await browser.close()
    }
  }
  const least = (name) => Math.min(...loads.map((l) => l[name].busyMs))
  const referenceMs = least('reference')
  const result = Object.fromEntries(
    Object.keys(pages).map((name) => {
      const ratios = loads.map((l) => Math.round((l[name].busyMs / l.reference.busyMs) * 1000) / 1000)
      return [name, { ratio: median(ratios), leastRatio: Math.round((least(name) / referenceMs) * 1000) / 1000, pageMs: least(name), referenceMs, ratios }]
    }),
  )
  return { ...result, clock: loads[0]?.reference.clock, rounds: loads }
}
