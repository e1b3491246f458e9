// Published and transcribed reference cases (test/support/golden): each row names its source,
// locator and tolerance; a failure prints the case's URL hash so it opens in the app.
import { describe, expect, it } from 'vitest'
import { estimate, predict } from '@/model'
import { dfsPoints, osAgePoints, osPoints, osSizePoints } from '@/model/gronchi'
import { GRONCHI_HISTOLOGY_MAP } from '@/model/data/gronchi2013'
import { KATTAN_HISTOLOGY_MAP, kattanSite } from '@/model/data/kattan2002'
import { kattanLinearPredictor, kattanSss12 } from '@/model/kattan'
import { GRONCHI_CASES, GRONCHI_TOLERANCE as TOL } from '../../support/golden/gronchi2013'
import { KATTAN_CASES, KATTAN_TOLERANCE } from '../../support/golden/kattan2002'
import { toHash } from '../../support/golden/hash'
import type { PatientInput } from '@/model'

const within = (actual: number, expected: number, tol: number, label: string) =>
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tol + 1e-12)

const gronchiItems = (input: PatientInput) => ({
  ageYears: input.age,
  sizeCm: input.sizeCm,
  grade: input.grade,
  histology: GRONCHI_HISTOLOGY_MAP[input.histology],
  multifocal: input.multifocal === true,
  incomplete: input.expectedMargin === 'R2',
})

describe.each(GRONCHI_CASES)('Gronchi 2013 example $id ($locator)', (c) => {
  const hash = toHash(c.input)
  const p = predict(c.input)

  it(`reproduces the points ${hash}`, () => {
    within(osAgePoints(c.input.age), c.agePoints, TOL.points, 'age points')
    within(osSizePoints(c.input.sizeCm), c.sizePoints, TOL.points, 'size points')
    within(osPoints(gronchiItems(c.input)), c.osPoints, TOL.points, 'OS points')
    within(dfsPoints(gronchiItems(c.input)), c.dfsPoints, TOL.points, 'DFS points')
  })

  it(`reproduces 7-y and 5-y OS of surgery alone ${hash}`, () => {
    for (const [years, expected] of [[7, c.os7], [5, c.os5]] as const) {
      const e = estimate(p, 'surgery_alone', 'overall_survival', years)
      if (e.kind !== 'value') throw new Error(`OS ${years} y not estimable: ${e.reason}`)
      if (expected === 'below') expect(e.bound).toBe('below')
      else {
        expect(e.bound).toBeUndefined()
        within(e.value, expected, TOL.probability, `OS ${years} y`)
      }
      expect(e.derived).toBe(years === 5 ? 'rps_os_5y_from_7y_factor' : undefined)
    }
  })

  it(`reproduces 7-y DFS or refuses it after an incomplete resection ${hash}`, () => {
    const e = estimate(p, 'surgery_alone', 'disease_free_survival', 7)
    if (c.dfs7 === null) expect(e).toEqual({ kind: 'not_estimable', reason: 'outside_model_population', sources: ['gronchi2013'] })
    else if (e.kind !== 'value') throw new Error(e.reason)
    else within(e.value, c.dfs7, TOL.probability, 'DFS 7 y')
  })
})

it('shows example 9 as "< 1%" at 7 years and "< 9%" at 5 years (rps-gronchi-2013.md §6, §9)', () => {
  const nine = GRONCHI_CASES.find((c) => c.id === 9)
  if (!nine) throw new Error('example 9 missing')
  const p = predict(nine.input)
  expect(estimate(p, 'surgery_alone', 'overall_survival', 7)).toMatchObject({ kind: 'value', value: 0.01, bound: 'below' })
  expect(estimate(p, 'surgery_alone', 'overall_survival', 5)).toMatchObject({ kind: 'value', value: 0.09, bound: 'below' })
})

describe.each(KATTAN_CASES)('Kattan 2002 $id ($locator)', (c) => {
  const hash = toHash(c.input)
  const items = {
    ageYears: c.input.age,
    sizeCm: c.input.sizeCm,
    depth: c.input.depth,
    site: kattanSite('extremity', c.input.limb),
    histology: KATTAN_HISTOLOGY_MAP[c.input.histology].level,
  }

  it(`reproduces LP and P12 for both grades ${hash}`, () => {
    within(kattanLinearPredictor(items), c.lp, KATTAN_TOLERANCE, 'LP')
    within(1 - kattanSss12(items, 3), c.p12High, KATTAN_TOLERANCE, 'P12 high')
    within(1 - kattanSss12(items, 2), c.p12High, KATTAN_TOLERANCE, 'P12 high (FNCLCC 2)')
    within(1 - kattanSss12(items, 1), c.p12Low, KATTAN_TOLERANCE, 'P12 low')
  })

  it(`gives the same values through predict() and estimate() ${hash}`, () => {
    const high = predict(c.input)
    const low = predict({ ...c.input, grade: 1 })
    const value = (p: ReturnType<typeof predict>, years: number) => {
      const e = estimate(p, 'surgery_alone', 'sarcoma_specific_survival', years)
      if (e.kind !== 'value') throw new Error(e.reason)
      return e
    }
    within(1 - value(high, 12).value, c.p12High, KATTAN_TOLERANCE, 'P12 high')
    within(1 - value(low, 12).value, c.p12Low, KATTAN_TOLERANCE, 'P12 low')
    within(value(high, 5).value, c.sss5High, KATTAN_TOLERANCE, 'SSS5 high')
    within(value(high, 10).value, c.sss10High, KATTAN_TOLERANCE, 'SSS10 high')
    expect(value(high, 12).derived).toBeUndefined()
    expect(value(high, 5).derived).toBe('kattan_time_profile_other_cohort')
  })
})
