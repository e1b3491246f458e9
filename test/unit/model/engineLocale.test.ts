// Every code the engine can emit has a non-empty text in locales/en/engine.json and
// locales/nl/engine.json, and every {{placeholder}} of a text is filled by the engine's params.
// Codes are enumerated from the data files, the source registry and a sweep of predict().
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEPTH_IDS,
  FIELD_ERROR_CODES,
  GRADES,
  HISTOLOGY_IDS,
  OPTION_IDS,
  OUTCOME_IDS,
  SITE_IDS,
  SOURCE_LIST,
  TAGS,
  estimate,
  predict,
  validate,
  type PatientInput,
  type Prediction,
} from '@/model'
import { arbInput } from './arbitraries'

type Tree = Record<string, unknown>
const LOCALES = Object.fromEntries(
  (['en', 'nl'] as const).map((lng) => [lng, JSON.parse(readFileSync(join(process.cwd(), 'locales', lng, 'engine.json'), 'utf8')) as Tree]),
) as Record<'en' | 'nl', Tree>

const lookup = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree)
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '')

/** A grid that reaches every branch of the engine: each site x histology x grade, with the
 * optional fields, ages and sizes that trigger each warning, bound and reason. */
function sweepInputs(): PatientInput[] {
  const variants: Partial<PatientInput>[] = [
    {},
    { age: 95, sizeCm: 85, recurrent: true, resectable: false, performanceStatus: 3, expectedMargin: 'R2', multifocal: true, limb: 'upper' },
    { age: 50, sizeCm: 0.5, expectedMargin: 'R0', multifocal: false, limb: 'lower' },
    { age: 80, sizeCm: 60, expectedMargin: 'R1', multifocal: true, depth: 'superficial' },
    { age: 18, sizeCm: 3, depth: 'superficial', sex: 'female', population: 'GBR' },
    { age: 100, sizeCm: 8, sex: 'male', population: 'NLD' },
  ]
  const out: PatientInput[] = []
  for (const site of SITE_IDS) for (const histology of HISTOLOGY_IDS) for (const grade of GRADES) for (const v of variants) {
    out.push({ age: 60, sizeCm: 8, depth: DEPTH_IDS[1], histology, grade, site, ...v } as PatientInput)
  }
  out.push(...fc.sample(arbInput, { numRuns: 500, seed: 42 }))
  // Below the adult age and outside the Kattan calculator: only reachable when validate() is bypassed.
  out.push({ age: 5, sizeCm: 8, depth: 'deep', histology: 'other', grade: 3, site: 'extremity' }, { age: 5, sizeCm: 8, depth: 'deep', histology: 'other', grade: 3, site: 'retroperitoneum' })
  return out
}

type Emitted = { key: string; params: Record<string, unknown> }

function emitted(p: Prediction): Emitted[] {
  const out: Emitted[] = []
  const add = (key: string, params: Record<string, unknown> = {}) => out.push({ key, params })
  for (const w of p.warnings) {
    add(`warning.${w.code}`, w.params)
    if (typeof w.params?.model === 'string') add(`model.${w.params.model}`)
  }
  for (const o of p.options) {
    add(`option.${o.id}.name`)
    add(`option.${o.id}.description`)
    if (o.schedule) add(`schedule.${o.schedule.code}`, o.schedule.params)
    for (const outcome of OUTCOME_IDS) {
      add(`outcome.${outcome}.name`)
      for (const years of [0, 2, 5, 7, 10, 12]) {
        const e = estimate(p, o.id, outcome, years)
        if (e.kind === 'not_estimable') add(`reason.${e.reason}`)
        else {
          if (e.derived) add(`derived.${e.derived}`)
          if (e.band) add(`band.${e.band}`)
          if (e.bound) add(`bound.${e.bound}`, { value: e.value })
        }
      }
    }
    for (const h of o.harms) {
      add(`harm.${h.id}.name`)
      add(`harm.${h.id}.definition`)
      add(`window.${h.window}`)
      if (h.reason) add(`reason.${h.reason}`)
      for (const c of h.caveats ?? []) add(`caveat.${c}`)
      for (const t of h.tags ?? []) add(`tag.${t}`)
    }
    for (const c of o.context) {
      add(`population.${c.population}`)
      if (c.arm) add(`arm.${c.arm}`)
      if (c.comparator) add(`arm.${c.comparator.arm}`)
      if (c.endpoint) add(`endpoint.${c.endpoint}`)
      for (const cv of c.caveats ?? []) add(`caveat.${cv}`)
    }
  }
  for (const id of OPTION_IDS) {
    const e = estimate(p, id, 'overall_survival', 5)
    if (e.kind === 'not_estimable') add(`reason.${e.reason}`)
  }
  return out
}

function allEmitted(): Map<string, Map<string, Record<string, unknown>>> {
  // Distinct param sets per key (by their JSON), so the placeholder check stays small.
  const keys = new Map<string, Map<string, Record<string, unknown>>>()
  const add = (key: string, params: Record<string, unknown> = {}) => {
    const sets = keys.get(key) ?? new Map<string, Record<string, unknown>>()
    sets.set(JSON.stringify(params), params)
    keys.set(key, sets)
  }
  for (const code of FIELD_ERROR_CODES) add(`fieldError.${code}`)
  const rawCases: unknown[] = [{}, { age: 'x', sizeCm: Number.NaN, grade: 2.5, site: 'moon', limb: 1, multifocal: 'y' }, { age: Infinity, sizeCm: 0 }, { age: 500, sizeCm: 500 }]
  for (const raw of [...rawCases, ...fc.sample(fc.anything(), { numRuns: 300, seed: 7 })]) {
    const r = validate(raw)
    if (!r.ok) for (const e of r.errors) add(`fieldError.${e.code}`)
  }
  for (const input of sweepInputs()) for (const e of emitted(predict(input))) add(e.key, e.params)
  for (const s of SOURCE_LIST) {
    for (const l of s.limitations ?? []) add(`limitation.${l}`)
    if (s.cohort) add(`population.${s.cohort.population}`)
    for (const t of s.tags) add(`tag.${t}`)
  }
  for (const t of TAGS) add(`tag.${t}`)
  return keys
}

const EMITTED = allEmitted()

describe('engine locale', () => {
  it('enumerates a broad set of codes', () => {
    expect(EMITTED.size).toBeGreaterThan(200)
    for (const prefix of ['warning.', 'reason.', 'derived.', 'harm.', 'window.', 'population.', 'option.', 'outcome.', 'schedule.', 'limitation.', 'caveat.', 'endpoint.', 'arm.', 'bound.', 'tag.', 'fieldError.', 'model.']) {
      expect([...EMITTED.keys()].some((k) => k.startsWith(prefix)), prefix).toBe(true)
    }
  })

  it.each([...EMITTED.keys()].sort())('%s has a text in en and nl', (key) => {
    for (const lng of ['en', 'nl'] as const) {
      const text = lookup(LOCALES[lng], key)
      expect(typeof text === 'string' && text.trim() !== '', `${lng}: ${key}`).toBe(true)
    }
  })

  it('fills every placeholder from the params the engine sends', () => {
    const gaps: string[] = []
    for (const [key, paramSets] of EMITTED) {
      for (const lng of ['en', 'nl'] as const) {
        const text = lookup(LOCALES[lng], key)
        if (typeof text !== 'string') continue
        for (const name of placeholders(text)) for (const params of paramSets.values()) if (!(name in params)) gaps.push(`${lng}:${key} {{${name}}}`)
      }
    }
    expect([...new Set(gaps)]).toEqual([])
  })

  it('holds no text for a warning, reason or harm the engine never emits (no stale keys)', () => {
    const stale: string[] = []
    for (const ns of ['warning', 'reason', 'harm', 'derived', 'window', 'caveat', 'endpoint', 'arm', 'limitation', 'population', 'schedule']) {
      for (const [key, value] of Object.entries(LOCALES.en[ns] as Tree)) {
        const keys = typeof value === 'string' ? [`${ns}.${key}`] : Object.keys(value as Tree).map((k) => `${ns}.${key}.${k}`)
        for (const k of keys) if (!EMITTED.has(k)) stale.push(k)
      }
    }
    expect(stale).toEqual([])
  })
})
