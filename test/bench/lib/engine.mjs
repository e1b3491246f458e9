// predict() + matchTrials() per call in Node, with tinybench, on the engine as the app ships
// it (bundled by Vite from src/model and src/trials: see build.mjs).
import { Bench } from 'tinybench'

// Two typical patients of the consultation, one per model family (Gronchi RPS, Kattan).
export const PATIENTS = {
  retroperitoneum: { site: 'retroperitoneum', age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, multifocal: false, expectedMargin: 'R0' },
  extremity: { site: 'extremity', age: 45, sizeCm: 12.5, depth: 'deep', histology: 'synovial_sarcoma', grade: 3, limb: 'lower' },
}
const TODAY = new Date('2026-06-01T12:00:00Z')

const micro = (ms) => Math.round(ms * 1000 * 100) / 100

export const benchEngine = async ({ model, trials }) => {
  const { predict, validate } = await import(model)
  const { matchTrials } = await import(trials)
  const bench = new Bench({ time: 1000, warmupTime: 250 })
  let sink = 0
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
  return result
}
