// Sweep of every data file (STYLE §3): numbers finite, sources resolve, locators set, tags valid,
// ranges ordered. A new record is covered as soon as it is exported from src/model/data.
import { describe, expect, it } from 'vitest'
import * as context from '@/model/data/context'
import * as evidence from '@/model/data/evidence'
import * as extremityTrials from '@/model/data/extremityTrials'
import * as gronchi from '@/model/data/gronchi2013'
import * as harms from '@/model/data/harms'
import * as kattan from '@/model/data/kattan2002'
import * as kattanHorizons from '@/model/data/kattanHorizons'
import * as schedules from '@/model/data/schedules'
import { SOURCE_LIST, SOURCES, isSourceId } from '@/model/data/sources'
import * as strass from '@/model/data/strass'
import * as tarpswg from '@/model/data/tarpswg2016'
import * as treatmentEffects from '@/model/data/treatmentEffects'
import * as wpp2024 from '@/model/data/wpp2024'

const MODULES = { context, evidence, extremityTrials, gronchi, harms, kattan, kattanHorizons, schedules, strass, tarpswg, treatmentEffects, wpp2024 }

type Found = { path: string; record: Record<string, unknown> }

/** Every object below the modules' exports that holds a `source` (a Sourced or Missing record). */
function records(x: unknown, path: string, out: Found[] = [], seen = new Set<unknown>()): Found[] {
  if (!x || typeof x !== 'object' || seen.has(x)) return out
  seen.add(x)
  const obj = x as Record<string, unknown>
  if ('source' in obj) out.push({ path, record: obj })
  for (const [k, v] of Object.entries(obj)) records(v, `${path}.${k}`, out, seen)
  return out
}

const ALL = Object.entries(MODULES).flatMap(([name, mod]) => records(mod, name))
const SOURCED = ALL.filter((r) => typeof r.record.value === 'number')
const MISSING = ALL.filter((r) => r.record.kind === 'missing')

describe('data records', () => {
  it('finds the records to check', () => {
    expect(SOURCED.length).toBeGreaterThan(150)
    expect(MISSING.length).toBeGreaterThan(5)
  })

  it.each(SOURCED.map((r) => [r.path, r.record] as const))('%s is finite, sourced, located, tagged and ordered', (_path, r) => {
    for (const key of ['value', 'lower', 'upper'] as const) if (key in r) expect(Number.isFinite(r[key])).toBe(true)
    expect(isSourceId(String(r.source))).toBe(true)
    if (r.via !== undefined) expect(isSourceId(String(r.via))).toBe(true)
    expect(String(r.locator).trim()).not.toBe('')
    expect((r.tags as string[]).length).toBeGreaterThan(0)
    for (const tag of r.tags as string[]) expect(evidence.TAGS).toContain(tag)
    const value = r.value as number
    if (typeof r.lower === 'number') expect(r.lower).toBeLessThanOrEqual(value)
    if (typeof r.upper === 'number') expect(r.upper).toBeGreaterThanOrEqual(value)
    if (r.scale === 'rate' || r.scale === 'probability' || r.scale === 'baseline') {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(1)
    }
  })

  it('holds a complete UN life table per population and sex: 22 finite, positive, rising-from-age-10 death rates', () => {
    for (const bySex of Object.values(wpp2024.WPP2024_MX)) {
      for (const t of Object.values(bySex)) {
        expect(t.mx).toHaveLength(wpp2024.WPP2024_AGE_GROUP_STARTS.length)
        for (const m of t.mx) expect(Number.isFinite(m) && m > 0 && m < 1).toBe(true)
        for (let g = 4; g < t.mx.length; g++) expect(t.mx[g]).toBeGreaterThan(t.mx[g - 1] ?? Infinity)
        expect(isSourceId(t.source)).toBe(true)
        expect(t.locator).toContain(wpp2024.WPP2024_PERIOD)
      }
    }
  })

  it.each(MISSING.map((r) => [r.path, r.record] as const))('%s (a gap) names its reason and source', (_path, r) => {
    expect(String(r.reason)).toMatch(/^[a-z0-9_]+$/)
    expect(isSourceId(String(r.source))).toBe(true)
    expect(String(r.locator).trim()).not.toBe('')
  })

  it('keeps Gronchi knots ascending and size segments contiguous from 0 to 80 cm', () => {
    const ages = gronchi.OS_AGE_KNOTS.map((k) => k.ageYears)
    expect(ages).toEqual([...ages].sort((a, b) => a - b))
    const sizes = gronchi.DFS_SIZE_KNOTS.map((k) => k.sizeCm)
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b))
    const segs = gronchi.OS_SIZE_SEGMENTS
    expect(segs[0]?.fromCm).toBe(0)
    expect(segs.at(-1)?.toCm).toBe(80)
    segs.forEach((s, i) => {
      expect(s.fromCm).toBeLessThan(s.toCm)
      if (i > 0) expect(s.fromCm).toBe(segs[i - 1]?.toCm)
    })
    for (const axis of [gronchi.OS_AXIS, gronchi.DFS_AXIS, gronchi.INPUT_AXES.ageYears, gronchi.INPUT_AXES.sizeCm]) expect(axis.min.value).toBeLessThan(axis.max.value)
  })

  it('keeps Kattan knots ascending and the derived-horizon ranges nested (r5 < r10 <= 1)', () => {
    const knots = kattan.KATTAN_AGE_SPLINE.cubic.map((c) => c.knot.value)
    expect(knots).toEqual([...knots].sort((a, b) => a - b))
    const [r5, r10] = [kattanHorizons.KATTAN_HORIZON_RATIOS[5], kattanHorizons.KATTAN_HORIZON_RATIOS[10]]
    expect(r5.upper).toBeLessThanOrEqual(r10.lower)
    expect(r10.upper).toBeLessThanOrEqual(1)
  })

  it('keeps every treatment ratio inside its band', () => {
    for (const table of Object.values(treatmentEffects.EFFECT_RULES)) {
      for (const rules of Object.values(table)) {
        for (const rule of Object.values(rules ?? {})) {
          if (rule.kind !== 'ratio') continue
          expect(rule.bandLower.value).toBeLessThanOrEqual(rule.ratio.value)
          expect(rule.bandUpper.value).toBeGreaterThanOrEqual(rule.ratio.value)
        }
      }
    }
  })

  it('records harm counts that fit the denominators', () => {
    for (const set of Object.values(harms.HARMS)) {
      for (const h of set) {
        if (h.denominator !== undefined) expect(Number.isInteger(h.denominator) && h.denominator > 0).toBe(true)
        if (h.numerator !== undefined) expect(h.numerator).toBeLessThanOrEqual(h.denominator ?? Number.NaN)
      }
    }
  })
})

describe('source registry', () => {
  it('has unique ids matching its keys', () => {
    const ids = SOURCE_LIST.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const [key, s] of Object.entries(SOURCES)) expect(s.id).toBe(key)
  })

  it.each(SOURCE_LIST.map((s) => [s.id, s] as const))('%s is complete enough for the About view', (_id, s) => {
    expect(s.citation.trim()).not.toBe('')
    expect(s.tags.length).toBeGreaterThan(0)
    if (s.via !== undefined) expect(isSourceId(s.via)).toBe(true)
    if (s.tags.includes('S')) expect(s.via ?? s.limitations?.includes('secondary_source')).toBeTruthy()
    if (s.cohort?.fromYear !== undefined && s.cohort.toYear !== undefined) expect(s.cohort.fromYear).toBeLessThanOrEqual(s.cohort.toYear)
    for (const c of s.cIndex ?? []) {
      for (const v of [c.internal, c.externalLow, c.externalHigh]) if (v !== undefined) expect(v > 0.5 && v < 1).toBe(true)
      if (c.externalLow !== undefined && c.externalHigh !== undefined) expect(c.externalLow).toBeLessThanOrEqual(c.externalHigh)
    }
    if (s.link) expect(s.link).toMatch(/^https:\/\//)
  })

  it('names Palassini 2015 for About with its tag and where its harms were read (issue 20)', () => {
    expect(SOURCES.palassini2015).toMatchObject({ kind: 'publication', year: 2015, tags: ['P'] })
    expect(SOURCES.palassini2015.citation).toMatch(/J Clin Oncol 2015;33\(31\):3628-3634/)
    expect(SOURCES.palassini2015.citation).toMatch(/abstract, the arm without preoperative radiotherapy/)
    expect(SOURCES.palassini2015.limitations).toContain('read_in_abstract')
    for (const h of harms.HARMS.ext_neoadj_chemo.filter((r) => r.evidence.source === 'palassini2015')) expect(h.evidence.locator).toMatch(/Palassini 2015 .*\(abstract\)/)
  })

  it('is referenced: every source backs a record, is a secondary of one, or is named by the engine or the About view', () => {
    const used = new Set(ALL.flatMap((r) => [r.record.source, r.record.via].filter((x): x is string => typeof x === 'string')))
    for (const s of SOURCE_LIST) if (s.via) used.add(s.via)
    // Model records the engine lists in a curve's sources, and About-view references (the shape
    // behind the derived horizons, the external validation of Kattan).
    const named = ['gronchi2013', 'gronchi2013_mapping', 'kattan2002', 'kattan2002_mapping', 'kattan2002_horizon_ratios', 'gronchi2013_5y_factor', 'desanctis2022', 'kattan2002_seer_validation', 'overall_survival_derivation']
    for (const s of SOURCE_LIST) if (!used.has(s.id)) expect(named).toContain(s.id)
  })
})
