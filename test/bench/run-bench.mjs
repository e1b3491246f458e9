// `npm run bench`: the budgets of issues 8, 16 and 21, measured in one run, printed and written as
// JSON (.tmp/bench.json) for test/bench/budget.test.ts, which fails `npm test` when one is broken.
//
//   node test/bench/run-bench.mjs [--dist DIR] [--out FILE] [--quick]
//
// --dist DIR measures an existing build (npm test passes dist/ right after building it);
// without it the app is built afresh into .tmp/bench/app, so a concurrent rebuild of dist/
// cannot disturb the run. Steps, quietest first: the engine in Node, the bare React page and
// the JS sizes, keystroke latency in Chromium, the shared link's main-thread time beside a
// reference page (and the slowed build's, issue 21), Lighthouse. A step that fails is recorded
// with its error (and fails the budget test); the others still run.
//
// Every timing budget is a ratio against a reference measured in the same run, in the same
// browser or process (issue 21): an absolute time describes the host at that minute as much as
// the app, and a README test command must not fail on a slower or busier machine. The absolute
// figures (Lighthouse's score and blocking time, milliseconds, microseconds) are goals: printed
// and written beside the host's Lighthouse benchmark index and load average, never failing.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { findChromium } from '../support/findChromium.mjs'
import { startStaticServer } from '../support/staticServer.mjs'
import { buildApp, buildBare, buildEngine, ROOT, TMP } from './lib/build.mjs'
import { benchEngine } from './lib/engine.mjs'
import { measureInitialJs } from './lib/jsSize.mjs'
import { FIGURES, measureKeystrokes } from './lib/keystroke.mjs'
import { runLighthouseMedian } from './lib/lighthouse.mjs'
import { measureMainThreadRatios } from './lib/mainThread.mjs'

// The shared link's main-thread time over a bare React page's (test/bench/bare-results), loaded
// alternately in rounds of one browser each; the figure is the median of the rounds' ratios
// (test/bench/lib/mainThread.mjs says why). The same rounds load the slowed build
// (src/views/benchSlowdown.ts: about two more renders of the results), which must break the
// budget: budget.test.ts checks both. Six fresh runs of the option grid (issue 20) on a 2-core
// machine, one of them with a core kept busy, measured the app at 2.78 to 3.52 and the slowed
// build at 4.36 to 4.81 (the median of paired ratios, lib/mainThread.mjs): the budget sits in the
// middle, about a ninth from either.
const MAIN_THREAD_ROUNDS = 7
const MAIN_THREAD_RATIO_MAX = 3.9

export const BUDGETS = {
  jsRatio: { max: 1.5, what: 'initial JS (gzip) of the app / of a bare React + ReactDOM page' },
  lighthouseAccessibility: { min: 1, what: 'Lighthouse accessibility (mobile)' },
  lighthouseBestPractices: { min: 1, what: 'Lighthouse best practices (mobile)' },
  sharedLinkMainThreadRatio: {
    max: MAIN_THREAD_RATIO_MAX,
    what: `main-thread time of loading a shared link / of a bare React page with as much DOM and text, loaded in the same round, median of ${MAIN_THREAD_ROUNDS} alternating rounds`,
  },
  // 1.3 on an idle machine (12.0 ms beside 9.2), 2.25 at a load average of 10 to 18 (series 2.05
  // to 3.18): a keystroke waits for the next frame either way, and a busy host stretches the
  // app's share of the frame more than a bare page's.
  keystrokeRatio: { max: 3, what: 'keystroke to painted estimate, the app / a bare React page, middle of 3 series of 50' },
  // 2.1 to 2.9 (retroperitoneum) and 2.8 to 3.6 (extremity) at loads of 10 to 18: the former
  // 50 µs budget's headroom of about twice the figure.
  engineRetroperitonealRatio: { max: 7, what: 'predict() + matchTrials() per call, retroperitoneal patient / a reference computation in the same process' },
  engineExtremityRatio: { max: 7, what: 'predict() + matchTrials() per call, extremity patient / a reference computation in the same process' },
}

// Absolute figures, host-dependent: reported against these goals (README), never failing.
export const GOALS = {
  lighthousePerformance: { min: 0.9, what: 'Lighthouse performance (mobile), median of 5 runs' },
  sharedLinkPerformance: { min: 0.9, what: 'Lighthouse performance (mobile) of a shared link, median of 3 runs' },
  sharedLinkTbtMs: { max: 300, what: 'Lighthouse total blocking time (mobile) of a shared link, median of 3 runs (ms)' },
  keystrokeMedianMs: { max: 16, what: 'keystroke to painted estimate, median of 50, middle of 3 series (ms)' },
  engineRetroperitonealUs: { max: 50, what: 'predict() + matchTrials(), retroperitoneal patient, median per call (µs)' },
  engineExtremityUs: { max: 50, what: 'predict() + matchTrials(), extremity patient, median per call (µs)' },
}

// Lighthouse runs per bench; the median run is the figure (Lighthouse's advice on variance).
const LIGHTHOUSE_RUNS = 5

// The journey that matters most to patients (issue 16): the link a surgeon shared, opened at
// home. The page opens with a scenario in the hash and computes the estimates at once; the same
// patient as the e2e tests' shared links. Lighthouse's variance advice again: the median of 3.
export const SHARED_LINK_HASH = '#v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3'
const SHARED_LINK_RUNS = 3

// Keystroke series per bench, each of 50 keystrokes in a fresh browser; the middle series' median
// is the figure. This machine has slow spells that last a minute or so and slow a series as a
// whole: one slow series does not decide. Each of the app's series is followed by one on a bare
// React page with one field and one figure (test/bench/bare-keystroke), measured the same way:
// what the machine charges any React page at that moment, printed beside the app's figure.
const KEYSTROKE_SERIES = 3

// --quick leaves out the keystroke series (a quicker run by hand); npm test and `npm run bench`
// measure everything.
const { values: args } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string', default: '.tmp/bench.json' }, quick: { type: 'boolean', default: false } } })
const started = Date.now()
const results = { generatedAt: new Date().toISOString(), machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' }, steps: {} }

const step = async (name, run) => {
  const t0 = Date.now()
  process.stdout.write(`bench: ${name} ...`)
  try {
    // The machine's load average over the last minute, before and after: Lighthouse's simulated
    // throttling multiplies the main thread's observed task times by four, so on a busy shared
    // machine its blocking time grows with the load (issue 16 saw 95 to 1,142 ms for one build).
    const loadBefore = loadavg()[0]
    results.steps[name] = { ...(await run()), seconds: Math.round((Date.now() - t0) / 100) / 10, load: [loadBefore, loadavg()[0]].map((x) => Math.round(x * 10) / 10) }
    console.log(` ${results.steps[name].seconds} s (load average ${results.steps[name].load.join(' -> ')})`)
  } catch (error) {
    results.steps[name] = { error: error instanceof Error ? `${error.message}` : String(error), seconds: Math.round((Date.now() - t0) / 100) / 10 }
    console.log(` FAILED: ${results.steps[name].error}`)
  }
}

const appDir = args.dist ? resolve(ROOT, args.dist) : join(TMP, 'app')
const bareDir = join(TMP, 'bare')
const bareKeystrokeDir = join(TMP, 'bare-keystroke')
const bareResultsDir = join(TMP, 'bare-results')
const slowDir = join(TMP, 'app-slow')
mkdirSync(TMP, { recursive: true })

await step('engine', async () => benchEngine(await buildEngine(join(TMP, 'engine'))))
if (!args.dist) await step('build', async () => (await buildApp(appDir), { outDir: appDir }))
await step('js', async () => {
  await buildBare(bareDir)
  const app = measureInitialJs(appDir)
  const bare = measureInitialJs(bareDir)
  return { app, bare, ratio: Math.round((app.gzip / bare.gzip) * 1000) / 1000 }
})

const chromePath = findChromium({ install: false })
const { server, url } = await startStaticServer({ root: appDir, port: 0 })
try {
  // gzip sizes of every script, to weigh what the first screen fetched in the browser.
  const sizes = new Map(
    readdirSync(join(appDir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => [`assets/${f}`, gzipSync(readFileSync(join(appDir, 'assets', f)), { level: 9 }).length]),
  )
  if (!args.quick) {
    await step('keystroke', async () => {
      await buildBare(bareKeystrokeDir, 'bare-keystroke')
      const bare = await startStaticServer({ root: bareKeystrokeDir, port: 0 })
      try {
        const series = []
        const bareSeries = []
        for (let i = 0; i < KEYSTROKE_SERIES; i++) {
          series.push(await measureKeystrokes({ url: `${url}/`, chromePath, jsSizes: sizes }))
          bareSeries.push(await measureKeystrokes({ url: `${bare.url}/`, chromePath, page: 'bare' }))
        }
        const middle = (list) => list.map((one) => one.toPaint.medianMs).sort((a, b) => a - b)[Math.floor(list.length / 2)]
        const app = middle(series)
        const bareMs = middle(bareSeries)
        return {
          middleMedianMs: app,
          series,
          bare: { middleMedianMs: bareMs, series: bareSeries },
          appMinusBareMs: Math.round((app - bareMs) * 10) / 10,
          // The budget: series by series, the app's median over the bare page's measured right
          // after it, and the middle of those ratios.
          ratio: middle(series.map((one, i) => ({ toPaint: { medianMs: Math.round((one.toPaint.medianMs / bareSeries[i].toPaint.medianMs) * 1000) / 1000 } }))),
          outbound: series.flatMap((one) => one.outbound),
        }
      } finally {
        await new Promise((done) => bare.server.close(done))
      }
    })
  }
  await step('sharedLinkMainThread', async () => {
    await buildBare(bareResultsDir, 'bare-results')
    // The slowed build (issue 21), built here with the switch on; --quick leaves it out.
    if (!args.quick) await buildApp(slowDir, { slow: true })
    const servers = await Promise.all([bareResultsDir, ...(args.quick ? [] : [slowDir])].map((root) => startStaticServer({ root, port: 0 })))
    try {
      const [reference, slow] = servers
      const pages = { app: { url: `${url}/${SHARED_LINK_HASH}`, ready: FIGURES }, ...(slow ? { slow: { url: `${slow.url}/${SHARED_LINK_HASH}`, ready: FIGURES } } : {}) }
      const measured = await measureMainThreadRatios({ pages, reference: { url: `${reference.url}/`, ready: '#root[data-rendered]' }, chromePath, rounds: MAIN_THREAD_ROUNDS })
      return { ...measured, appDir, ...(slow ? { slowDir } : {}) }
    } finally {
      await Promise.all(servers.map((one) => new Promise((done) => one.server.close(done))))
    }
  })
  await step('lighthouse', () => runLighthouseMedian({ url: `${url}/`, chromePath, runs: LIGHTHOUSE_RUNS }))
  await step('lighthouseSharedLink', () => runLighthouseMedian({ url: `${url}/${SHARED_LINK_HASH}`, chromePath, runs: SHARED_LINK_RUNS }))
} finally {
  await new Promise((done) => server.close(done))
}

// ---- figures against budgets ----
// The median of a list of numbers (each run's own figure, not the median run's), rounded.
const medianOf = (list) => {
  const sorted = (list ?? []).filter((x) => typeof x === 'number').sort((a, b) => a - b)
  return sorted.length ? Math.round(sorted[Math.floor((sorted.length - 1) / 2)]) : undefined
}
const s = results.steps
const figure = {
  jsRatio: s.js?.ratio,
  lighthousePerformance: s.lighthouse?.scores?.performance,
  lighthouseAccessibility: s.lighthouse?.scores?.accessibility,
  lighthouseBestPractices: s.lighthouse?.scores?.['best-practices'],
  sharedLinkMainThreadRatio: s.sharedLinkMainThread?.app?.ratio,
  sharedLinkPerformance: s.lighthouseSharedLink?.scores?.performance,
  sharedLinkTbtMs: medianOf(s.lighthouseSharedLink?.runs?.map((r) => r.metrics['total-blocking-time'])),
  keystrokeRatio: s.keystroke?.ratio,
  keystrokeMedianMs: s.keystroke?.middleMedianMs,
  engineRetroperitonealRatio: s.engine?.retroperitoneum?.ratio,
  engineExtremityRatio: s.engine?.extremity?.ratio,
  engineRetroperitonealUs: s.engine?.retroperitoneum?.['predict + matchTrials']?.medianUs,
  engineExtremityUs: s.engine?.extremity?.['predict + matchTrials']?.medianUs,
}
const KEYSTROKE_FIGURES = ['keystrokeRatio', 'keystrokeMedianMs']
const within = (value, limit) => typeof value === 'number' && ('max' in limit ? value <= limit.max : value >= limit.min)
const judge = (list) =>
  Object.fromEntries(
    Object.entries(list)
      .filter(([id]) => !(args.quick && KEYSTROKE_FIGURES.includes(id)))
      .map(([id, limit]) => [id, { ...limit, value: figure[id] ?? null, ok: within(figure[id], limit) }]),
  )
results.quick = args.quick
results.budgets = judge(BUDGETS)
results.goals = judge(GOALS)
// The host beside the absolute figures: Lighthouse's CPU benchmark index (median of its runs)
// and the load average over each step.
results.machine.lighthouseBenchmarkIndex = medianOf([...(s.lighthouse?.runs ?? []), ...(s.lighthouseSharedLink?.runs ?? [])].map((r) => r.benchmarkIndex))
results.machine.loadAverage = Object.fromEntries(Object.entries(s).map(([name, r]) => [name, r.load ?? null]))
// The slowed build (issue 21) against the same budget: it must break it.
if (s.sharedLinkMainThread?.slow) {
  const ratio = s.sharedLinkMainThread.slow.ratio
  results.slowResults = { ratio, max: BUDGETS.sharedLinkMainThreadRatio.max, breaksBudget: !within(ratio, BUDGETS.sharedLinkMainThreadRatio), dir: slowDir }
}
results.seconds = Math.round((Date.now() - started) / 100) / 10
const out = resolve(ROOT, args.out)
mkdirSync(resolve(out, '..'), { recursive: true })
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)

// ---- the printout ----
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
console.log(`\nBench (${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}), ${results.seconds} s, written to ${args.out}`)
if (s.js && !s.js.error) {
  console.log(`\nInitial JS, gzip (entry script, modulepreloads, and the chunks first use needs; before first use ${kb(s.js.app.beforeFirstUseGzip)}):`)
  console.log(`  app  ${kb(s.js.app.gzip)} in ${s.js.app.initial.length} chunks: ${s.js.app.initial.map((f) => `${f.file.replace('assets/', '')} ${kb(f.gzip)}`).join(', ')}`)
  console.log(`  bare React + ReactDOM page ${kb(s.js.bare.gzip)}`)
  console.log(`  ratio ${s.js.ratio}`)
  if (s.js.app.notPreloaded.length) console.log(`  statically imported but not preloaded: ${s.js.app.notPreloaded.join(', ')}`)
}
if (s.keystroke && !s.keystroke.error) {
  console.log(`\nKeystroke to updated estimate, ${s.keystroke.series.length} series (the middle median is the figure: ${s.keystroke.middleMedianMs} ms):`)
  s.keystroke.series.forEach((k, i) => {
    console.log(`  series ${i + 1} (${k.samples}/${k.keystrokes} keystrokes, ${k.missed} missed):`)
    console.log(`    to painted frame (the frame's work done): median ${k.toPaint.medianMs} ms, p95 ${k.toPaint.p95Ms} ms (min ${k.toPaint.minMs}, max ${k.toPaint.maxMs})`)
    console.log(`    to the frame's rAF: median ${k.toFrame.medianMs} ms, p95 ${k.toFrame.p95Ms} ms; key event to listener: median ${k.toListener.medianMs} ms`)
    console.log(`    to the next ordinary task after the frame (tasks queued before it included): median ${k.toQueueDrained.medianMs} ms, p95 ${k.toQueueDrained.p95Ms} ms`)
    if (k.eventTiming.over16ms) console.log(`    Event Timing (interactions of 16 ms or more: ${k.eventTiming.over16ms}): median ${k.eventTiming.medianMs} ms, p95 ${k.eventTiming.p95Ms} ms`)
  })
  const bare = s.keystroke.bare
  console.log(`  bare React page (one field, one figure), the machine's yardstick in the same run: middle median ${bare.middleMedianMs} ms (series ${bare.series.map((k) => `${k.toPaint.medianMs}`).join(', ')} ms); the app minus the bare page: ${s.keystroke.appMinusBareMs} ms`)
  console.log(`  the app / the bare page, series by series: ${s.keystroke.series.map((k, i) => (k.toPaint.medianMs / bare.series[i].toPaint.medianMs).toFixed(2)).join(', ')}; the middle (the budget's figure): ${s.keystroke.ratio}`)
  const first = s.keystroke.series[0]
  console.log(`  scripts the first screen fetched: ${first.startupScripts.length}, ${first.startupScriptsGzip === null ? '?' : kb(first.startupScriptsGzip)} gzip`)
}
if (s.sharedLinkMainThread && !s.sharedLinkMainThread.error) {
  const m = s.sharedLinkMainThread
  console.log(`\nMain-thread time of loading a page (${m.clock}, Lighthouse's mobile screen), ${m.rounds.length} rounds, each: the reference page, then ${Object.keys(m.rounds[0] ?? {}).filter((k) => k !== 'reference').join(', then ')}:`)
  console.log(`  reference (bare React page, ${m.rounds[0]?.reference.elements} elements, ${m.rounds[0]?.reference.words} words): least ${m.app.referenceMs} ms (${m.rounds.map((r) => r.reference.busyMs).join(', ')})`)
  for (const name of Object.keys(m.rounds[0] ?? {}).filter((k) => k !== 'reference')) {
    const first = m.rounds[0][name]
    console.log(`  ${name === 'slow' ? 'slowed build (BENCH_SLOW_RESULTS)' : 'shared link'} (${first.elements} elements, ${first.words} words): least ${m[name].pageMs} ms (${m.rounds.map((r) => r[name].busyMs).join(', ')}); script ${first.scriptMs}, style ${first.styleMs}, layout and paint ${first.layoutMs} ms in round 1${first.slowdown ? `; the slowdown: ${m.rounds.map((r) => r[name].slowdown).join(', ')}` : ''}`)
    console.log(`    ratio per round ${m[name].ratios.join(', ')}, median ${m[name].ratio} (budget <= ${BUDGETS.sharedLinkMainThreadRatio.max}); least over least ${m[name].leastRatio}`)
  }
}
if (s.lighthouse && !s.lighthouse.error) {
  const l = s.lighthouse
  console.log(`\nLighthouse ${l.lighthouseVersion} (${l.formFactor}, ${l.throttlingMethod}), median of ${l.runs.length} runs: performance ${l.scores.performance}, accessibility ${l.scores.accessibility}, best practices ${l.scores['best-practices']}`)
  console.log(`  performance per run: ${l.runs.map((r) => r.scores.performance).join(', ')}`)
  console.log(`  ${Object.entries(l.metrics).map(([id, v]) => `${id} ${v === null ? '?' : Math.round(v)}`).join(', ')}`)
  for (const [category, audits] of Object.entries(l.failing)) for (const a of audits) console.log(`  ${category}: ${a.id} ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}${a.items?.length ? ` ${a.items.join(' ')}` : ''}`)
  console.log(`  main thread: ${l.mainThread.join(', ')}`)
  console.log(`  script boot-up: ${l.bootup.join(', ')}`)
  console.log(`  requests ${l.requests}, to other hosts: ${l.outbound.length ? l.outbound.join(', ') : 'none'}`)
}
if (s.lighthouseSharedLink && !s.lighthouseSharedLink.error) {
  const l = s.lighthouseSharedLink
  console.log(`\nLighthouse, a shared link (${SHARED_LINK_HASH}), median of ${l.runs.length} runs: performance ${l.scores.performance}, accessibility ${l.scores.accessibility}, best practices ${l.scores['best-practices']}; total blocking time, median of the runs: ${figure.sharedLinkTbtMs} ms`)
  for (const r of l.runs) console.log(`  run: performance ${r.scores.performance}, ${Object.entries(r.metrics).map(([id, v]) => `${id} ${v === null ? '?' : Math.round(v)}`).join(', ')}`)
  for (const [category, audits] of Object.entries(l.failing)) for (const a of audits) console.log(`  ${category}: ${a.id} ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}${a.items?.length ? ` ${a.items.join(' ')}` : ''}`)
  console.log(`  main thread: ${l.mainThread.join(', ')}`)
  console.log(`  script boot-up: ${l.bootup.join(', ')}`)
  console.log(`  requests ${l.requests}, to other hosts: ${l.outbound.length ? l.outbound.join(', ') : 'none'}`)
}
if (s.engine && !s.engine.error) {
  console.log('\nEngine per call in Node (tinybench, µs: median / mean / p99; ratio: predict + matchTrials over the reference computation):')
  for (const [patient, tasks] of Object.entries(s.engine)) {
    // Only the patients and the reference: the step's own bookkeeping (seconds, load average) is printed above.
    if (typeof tasks !== 'object' || Array.isArray(tasks)) continue
    const timed = Object.entries(tasks).filter(([, r]) => typeof r === 'object')
    console.log(`  ${patient}: ${timed.map(([task, r]) => `${task} ${r.medianUs} / ${r.meanUs} / ${r.p99Us}`).join('; ')}${tasks.ratio ? `; ratio ${tasks.ratio}` : ''}`)
  }
}
const limitLine = (id, b, miss) => `  ${b.ok ? 'ok  ' : miss} ${id}: ${b.value ?? 'no figure'} (${'max' in b ? '<=' : '>='} ${'max' in b ? b.max : b.min}) ${b.what}`
console.log(`\nGoals (absolute, this host's: Lighthouse benchmark index ${results.machine.lighthouseBenchmarkIndex ?? '?'}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; reported, never failing):`)
for (const [id, b] of Object.entries(results.goals)) console.log(limitLine(id, b, 'MISS'))
console.log('\nBudgets (ratios against a reference measured in the same run; sizes; audits):')
for (const [id, b] of Object.entries(results.budgets)) console.log(limitLine(id, b, 'OVER'))
if (results.slowResults) console.log(`  ${results.slowResults.breaksBudget ? 'ok  ' : 'HELD'} the slowed build (BENCH_SLOW_RESULTS) breaks sharedLinkMainThreadRatio: ${results.slowResults.ratio} (budget <= ${results.slowResults.max})`)
const failedSteps = Object.entries(s).filter(([, r]) => r.error)
for (const [name, r] of failedSteps) console.log(`  step ${name} failed: ${r.error}`)
process.exit(failedSteps.length ? 1 : 0)
