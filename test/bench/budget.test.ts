// Issue 8's budgets, read from the bench's JSON (`npm run bench` writes .tmp/bench.json; npm
// test runs the bench on its own, after the other suites, so nothing else loads the machine):
// a broken budget, a failed bench step or a missing or stale file fails here, with the figures.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const FILE = process.env.BENCH_JSON ?? '.tmp/bench.json'
const MAX_AGE_HOURS = 24

type Budget = { what: string; value: number | null; ok: boolean; max?: number; min?: number }
type Bench = { generatedAt: string; quick?: boolean; budgets: Record<string, Budget>; steps: Record<string, { error?: string } & Record<string, unknown>> }

const read = (): Bench => {
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run \`npm run bench\` first (npm test does).`)
  return JSON.parse(readFileSync(FILE, 'utf8')) as Bench
}

const line = (id: string, b: Budget) => `${b.ok ? 'ok  ' : 'OVER'} ${id} = ${b.value ?? 'no figure'} (budget ${b.max !== undefined ? `<= ${b.max}` : `>= ${b.min}`}: ${b.what})`

// Every budget of issue 8, and issue 16's shared link (Lighthouse performance and total blocking
// time of the page opened with a scenario). npm test and `npm run bench` measure them all; only a hand-run
// `--quick` bench leaves out the keystroke series.
const ALWAYS = ['jsRatio', 'lighthousePerformance', 'lighthouseAccessibility', 'lighthouseBestPractices', 'sharedLinkPerformance', 'sharedLinkTbtMs', 'engineRetroperitonealUs', 'engineExtremityUs']

describe('budgets (issues 8 and 16)', () => {
  const bench = read()
  const figures = Object.entries(bench.budgets).map(([id, b]) => line(id, b)).join('\n')

  it('has a fresh bench run in which every step ran', () => {
    const hours = (Date.now() - statSync(FILE).mtimeMs) / 3_600_000
    expect(hours, `${FILE} is ${hours.toFixed(1)} h old: run \`npm run bench\``).toBeLessThan(MAX_AGE_HOURS)
    const failed = Object.entries(bench.steps).filter(([, step]) => step.error).map(([name, step]) => `${name}: ${step.error}`)
    expect(failed, 'bench steps that failed').toEqual([])
    const expected = bench.quick ? ALWAYS : [...ALWAYS, 'keystrokeMedianMs']
    expect(Object.keys(bench.budgets).sort(), 'budgets the bench wrote').toEqual(expected.sort())
  })

  it.each(Object.keys(bench.budgets))('keeps %s within budget', (id) => {
    const budget = bench.budgets[id]
    if (!budget) throw new Error(`no budget ${id}`)
    console.log(line(id, budget))
    expect(budget.ok, `${line(id, budget)}\n\nAll figures:\n${figures}`).toBe(true)
  })

  it('made no request to another host in the Lighthouse runs or the keystroke run', () => {
    const outbound = ['lighthouse', 'lighthouseSharedLink', 'keystroke'].flatMap((step) => ((bench.steps[step]?.outbound as string[] | undefined) ?? []).map((url) => `${step}: ${url}`))
    expect(outbound).toEqual([])
  })
})
