// parseModelFile() under hostile input: anything JavaScript can hold, random text, and the test
// model with one field replaced by junk. It never throws, every refusal is a known code with a
// translated message, and an accepted file only ever gives predictions without NaN.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MODEL_ERROR_CODES, parseModelFile, predict, type PatientInput } from '@/model'
import { predictionProblems } from './checks'
import { arbAnything, arbText, FUZZ_TIMEOUT_MS, verify } from './hostile'

const FIXTURE = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/models/test-lr-extremity.json'), 'utf8')) as Record<string, unknown>
const patient: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'other', grade: 3, site: 'extremity', limb: 'lower' }

const problems = (raw: unknown): string[] => {
  const r = parseModelFile(raw)
  if (r.ok) return predictionProblems(predict(patient, [r.model]))
  return r.errors.flatMap((e) => ((MODEL_ERROR_CODES as readonly string[]).includes(e.code) && typeof e.path === 'string' ? [] : [`bad error ${JSON.stringify(e)}`]))
}

/** The fixture with one value somewhere replaced by junk. */
const arbMutated = fc.tuple(fc.nat(), arbAnything).map(([n, junk]) => {
  const copy = JSON.parse(JSON.stringify(FIXTURE)) as Record<string, unknown>
  const spots: [Record<string, unknown> | unknown[], string | number][] = []
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return
    for (const k of Object.keys(v)) {
      spots.push([v as Record<string, unknown>, Array.isArray(v) ? Number(k) : k])
      walk((v as Record<string, unknown>)[k])
    }
  }
  walk(copy)
  const [holder, key] = spots[n % spots.length] as [Record<string | number, unknown>, string | number]
  holder[key] = junk
  return copy
})

describe('parseModelFile under hostile input', () => {
  it('never throws and says every refusal with a known code', { timeout: FUZZ_TIMEOUT_MS }, () => {
    const found: string[] = []
    fc.assert(
      fc.property(fc.oneof(arbAnything, arbText, arbMutated, arbText.map((t) => JSON.stringify(FIXTURE).replace('"kind"', t))), (raw) => {
        found.push(...problems(raw))
      }),
      { numRuns: 2000, seed: 17 },
    )
    verify(found)
  })

  it('refuses the fixture with a junk value in any place it changes', () => {
    const accepted = fc.sample(arbMutated, { numRuns: 300, seed: 3 }).filter((m) => parseModelFile(m).ok).length
    expect(accepted).toBeLessThan(300)
  })
})
