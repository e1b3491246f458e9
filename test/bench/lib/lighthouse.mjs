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

const CATEGORIES = ['performance', 'accessibility', 'best-practices']
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive']

// A failing audit's first findings, short enough for a console line.
const summarizeItems = (items = []) =>
  items.slice(0, 5).map((item) => JSON.stringify(item).slice(0, 300))

/**
 * Lighthouse's own advice for a score that varies from run to run: run it several times and
 * keep the median run (by performance score). Every run's scores are kept in `runs`.
 */
export const runLighthouseMedian = async ({ url, chromePath, runs = 3 }) => {
  const results = []
  for (let i = 0; i < runs; i++) results.push(await runLighthouse({ url, chromePath }))
  const ordered = [...results].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))
  const median = ordered[Math.floor((ordered.length - 1) / 2)]
  return { ...median, runs: results.map((r) => ({ scores: r.scores, metrics: r.metrics })) }
}

export const runLighthouse = async ({ url, chromePath }) => {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })
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
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])),
      metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
      // Audits that cost points, per category: what to fix when a score drops.
      failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(c)])),
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
