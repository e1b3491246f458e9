// predict() + matchTrials() per call in Node, with tinybench, on the engine as the app ships
// it (bundled by Vite from src/model and src/trials: see build.mjs).
//
// Microseconds per call are the host's as much as the engine's (one build measured 24 µs on an
// idle machine and 54 under load), so the budget is a ratio (issue 21): the engine's median per
// call over that of a fixed reference computation of the same kind, measured in the same process
// just before and just after it: a proportional-hazards model's linear predictor, its survival
// at ten horizons and a label per option, for six options, as objects, sorted. Both are plain
// JavaScript on the same JIT and the same core, so the host's speed and its load at that moment
// divide out; the microseconds are still reported.
import { Bench } from 'tinybench'

// Two typical patients of the consultation, one per model family (Gronchi RPS, Kattan).
export const PATIENTS = {
  retroperitoneum: { site: 'retroperitoneum', age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, multifocal: false, expectedMargin: 'R0' },
  extremity: { site: 'extremity', age: 45, sizeCm: 12.5, depth: 'deep', histology: 'synovial_sarcoma', grade: 3, limb: 'lower' },
}
const TODAY = new Date('2026-06-01T12:00:00Z')

const micro = (ms) => Math.round(ms * 1000 * 100) / 100

const TERMS = Array.from({ length: 12 }, (_, i) => ({ name: `term${i}`, coef: (((i * 7) % 5) - 2) / 10, value: (i * 13) % 9 }))

/** The reference computation: fixed, deterministic, about as much work as one engine call. */
export const referenceComputation = (seed) => {
  const options = []
  for (let o = 0; o < 6; o++) {
    let lp = 0
    for (const term of TERMS) lp += term.coef * (term.value + o + (seed % 3))
    const points = []
    for (let years = 1; years <= 10; years++) points.push({ years, value: Math.pow(0.97 ** years, Math.exp(lp / 10)) })
    options.push({ id: `option${o}`, points, label: `about ${Math.round((points[4]?.value ?? 0) * 100)} out of 100` })
  }
  return options.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)).length
}

export const benchEngine = async ({ model, trials }) => {
  const { predict, validate } = await import(model)
  const { matchTrials } = await import(trials)
  const bench = new Bench({ time: 1000, warmupTime: 250 })
  let sink = 0
  let seed = 0
  const reference = () => {
    sink += referenceComputation(seed++)
  }
  bench.add('reference: before', reference)
  for (const [name, input] of Object.entries(PATIENTS)) {
    if (!validate(input).ok) throw new Error(`the ${name} bench patient is not valid`)
    bench.add(`${name}: predict + matchTrials`, () => {
      sink += predict(input).options.length + matchTrials(input, TODAY).length
    })
    bench.add(`${name}: predict`, () => {
      sink += predict(input).options.length
    })
    bench.add(`${name}: matchTrials`, () => {
      sink += matchTrials(input, TODAY).length
    })
  }
  bench.add('reference: after', reference)
  await bench.run()
  if (sink === 0) throw new Error('the engine returned nothing')
  const result = {}
  for (const task of bench.tasks) {
    const r = task.result
    if (r.state !== 'completed') throw new Error(`bench task "${task.name}" ${r.state}: ${r.error?.message ?? ''}`)
    const [patient, what] = task.name.split(': ')
    result[patient] ??= {}
    result[patient][what] = { meanUs: micro(r.latency.mean), medianUs: micro(r.latency.p50), p99Us: micro(r.latency.p99), samples: r.latency.samplesCount }
  }
  // The reference's median per call: the mean of its medians before and after the engine's tasks.
  const referenceUs = (result.reference.before.medianUs + result.reference.after.medianUs) / 2
  for (const patient of Object.keys(PATIENTS)) result[patient].ratio = Math.round((result[patient]['predict + matchTrials'].medianUs / referenceUs) * 100) / 100
  return result
}
