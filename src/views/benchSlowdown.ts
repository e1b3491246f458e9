// The bench's proof that its shared-link budget can fail (issue 21): a build-time switch, never
// part of the shipped app. `BENCH_SLOW_RESULTS=1 npx vite build --outDir .tmp/dist-slow` defines
// __BENCH_SLOW_RESULTS__ as true (vite.config.ts); every other build defines it false, so this
// function is empty there and its work is dead code, removed by the minifier
// (test/bench/budget.test.ts checks that the shipped dist carries no trace of it).
//
// On the results' first render it does a fixed amount of work of a render's kind (building,
// joining and splitting the text of 700,000 cells, a thousand at a time), sized to cost about as
// much main-thread time as rendering the results twice more (issue 21): on a 2-core host the
// results cost about 105 ms of thread CPU time in Chromium (a shared link minus a link whose
// scenario is incomplete) and half this work added 90 to 130 ms. Half of it (one more render)
// lifted the least page time by only 60 to 100 ms, within the page load's own spread of about a
// fifth from round to round; twice the results' cost stands clear of it. The work is fixed, so
// it scales with the host's speed as the results do.

declare const __BENCH_SLOW_RESULTS__: boolean | undefined

const SLOW = typeof __BENCH_SLOW_RESULTS__ !== 'undefined' && __BENCH_SLOW_RESULTS__
const ROUNDS = 700
const CELLS = 1000
let spent = false

/** Called once from the results' root (src/views/Comparison.tsx); a no-op in every normal build. */
export function benchSlowdown(): void {
  if (!SLOW || spent) return
  spent = true
  const started = performance.now()
  let words = 0
  for (let round = 0; round < ROUNDS; round++) {
    const cells: { key: string; text: string }[] = []
    for (let i = 0; i < CELLS; i++) cells.push({ key: `bench-slowdown-${round}-${i}`, text: `about ${(i * 37 + round) % 100} out of 100` })
    words += cells
      .map((cell) => `${cell.key} ${cell.text}`)
      .join(' ')
      .split(' ').length
  }
  // The work's result is read (no engine may drop it as unused) and its time is reported to the bench.
  document.documentElement.dataset.benchSlowdown = `${words} words, ${Math.round(performance.now() - started)} ms`
}
