// One Lighthouse run (npm package, its default mobile preset with simulated throttling) of a
// page, in Debian's Chromium, on loopback. Only the three scored categories of the budget run.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

// The e2e harness's flags and more: headless, no GPU, and none of Chromium's own calls home.
export const CHROME_FLAGS = [
  '--headless=new',
  '--disable-quic',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-first-run',
  '--no-default-browser-check',
]

// Lighthouse only: Chrome's paint holding keeps the previous page (Lighthouse's about:blank) on
// screen until the new one is ready. In this headless Chromium without a GPU it holds the first
// frame of the prerendered page in whole seconds (observed first paint 1.2 or 2.2 s from run to
// run, the same build; 0.25-0.5 s without the hold), and Lighthouse's simulated Speed Index is
// 1.4 x that observed figure: a property of the harness's navigation, not of the page, so the
// bench measures without it.
const LIGHTHOUSE_FLAGS = [...CHROME_FLAGS, '--disable-features=PaintHolding']

const CATEGORIES = ['performance', 'accessibility', 'best-practices']
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive']

// A failing audit's first findings, short enough for a console line.
const summarizeItems = (items = []) =>
  items.slice(0, 5).map((item) => JSON.stringify(item).slice(0, 300))

/**
 * Lighthouse's own advice for a score that varies from run to run: run it several times and
 * keep the median run. The performance runs audit performance alone: the other categories'
 * gatherers run their own scripts in the page during the trace, and on a page this light
 * those scripts were most of the Total Blocking Time measured. Accessibility and best
 * practices, which do not vary, come from one run of their own. Every run's figures are kept.
 */
export const runLighthouseMedian = async ({ url, chromePath, runs = 3 }) => {
  const results = []
  for (let i = 0; i < runs; i++) results.push(await runLighthouse({ url, chromePath, categories: ['performance'] }))
  const ordered = [...results].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))
  const median = ordered[Math.floor((ordered.length - 1) / 2)]
  const audits = await runLighthouse({ url, chromePath, categories: ['accessibility', 'best-practices'] })
  return {
    ...median,
    scores: { ...audits.scores, performance: median.scores.performance },
    failing: { ...audits.failing, performance: median.failing.performance },
    requests: Math.max(...results.map((r) => r.requests), audits.requests),
    outbound: [...new Set([...results, audits].flatMap((r) => r.outbound))],
    runs: results.map((r) => ({ scores: r.scores, metrics: r.metrics, benchmarkIndex: r.benchmarkIndex })),
  }
}

export const runLighthouse = async ({ url, chromePath, categories = CATEGORIES }) => {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_FLAGS, logLevel: 'silent' })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories })
    if (!result) throw new Error('Lighthouse returned no result')
    const { lhr } = result
    const origin = new URL(url).origin
    const requests = lhr.audits['network-requests']?.details?.items ?? []
    const failing = (category) =>
      lhr.categories[category].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1)
        .map((audit) => ({
          id: audit.id,
          score: audit.score,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
          ...(category === 'performance' ? {} : { items: summarizeItems(audit.details?.items) }),
        }))
    return {
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      url: lhr.finalDisplayedUrl,
      runtimeError: lhr.runtimeError?.message ?? null,
      runWarnings: lhr.runWarnings,
      // Lighthouse's own CPU benchmark of the host, to read the absolute figures by.
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      scores: Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? null])),
      metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
      // Audits that cost points, per category: what to fix when a score drops.
      failing: Object.fromEntries(categories.map((c) => [c, failing(c)])),
      // Where the main thread's time went (what the lead needs when performance drops).
      mainThread: (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)} ms`),
      bootup: (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 5).map((i) => `${String(i.url).replace(origin, '')} ${Math.round(i.total)} ms (script ${Math.round(i.scripting)} ms)`),
      requests: requests.length,
      outbound: requests.map((r) => r.url).filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin),
    }
  } finally {
    await chrome.kill()
  }
}
