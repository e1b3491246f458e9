// The date behind every status: parsed as the data give it, and "may be out of date" only when
// more than 12 months before a fixed today (never the real clock).

import { describe, expect, it } from 'vitest'
import { compiledDates, getTrial, isStatusStale, monthsBefore, parseStatusDate, statusFreshness, TRIALS, type Trial } from '@/trials'
import { day } from './support'

const withStatus = (trial: Trial, status: Trial['recruitment']['status'], statusAsOf: string | null): Trial => ({
  ...trial,
  recruitment: { ...trial.recruitment, status, statusAsOf },
})

describe('parseStatusDate', () => {
  it.each([
    ['2025-12-23', { iso: '2025-12-23', precision: 'day' }],
    ['2023-05', { iso: '2023-05', precision: 'month' }],
    ['2024-02-29', { iso: '2024-02-29', precision: 'day' }],
    ['2025-02-29', null],
    ['2025-13', null],
    ['2025-00-10', null],
    ['23 December 2025', null],
    ['', null],
  ] as const)('%s', (value, expected) => {
    expect(parseStatusDate(value)).toEqual(expected)
  })
})

describe('monthsBefore', () => {
  it.each([
    ['2026-12-07', '2025-12-07'],
    ['2026-01-15', '2025-01-15'],
    ['2028-02-29', '2027-02-28'],
    ['2026-03-31', '2025-03-31'],
  ])('12 months before %s is %s', (today, expected) => {
    expect(monthsBefore(day(today), 12)).toBe(expected)
  })

  it('counts back across the year and clamps to the shorter month', () => {
    expect(monthsBefore(day('2026-03-31'), 1)).toBe('2026-02-28')
    expect(monthsBefore(day('2026-01-31'), 2)).toBe('2025-11-30')
  })

  it('refuses an invalid today', () => {
    expect(() => monthsBefore(new Date(Number.NaN), 12)).toThrow(RangeError)
  })
})

describe('isStatusStale, with today fixed at 2026-12-07', () => {
  const today = day('2026-12-07')
  it.each([
    ['2025-12-08', false],
    ['2025-12-07', false], // exactly 12 months: still current
    ['2025-12-06', true], // one day more
    ['2025-12-23', false], // SCOPES II
    ['2025-06-26', true], // STRASS-2
    ['2026-12-07', false],
  ] as const)('a status of %s is stale: %s', (iso, expected) => {
    expect(isStatusStale(parseStatusDate(iso)!, today)).toBe(expected)
  })

  it('reads a month-only date from its first day, so the warning never comes late', () => {
    expect(isStatusStale(parseStatusDate('2025-12')!, today)).toBe(true)
    expect(isStatusStale(parseStatusDate('2025-12')!, day('2026-12-01'))).toBe(false)
    expect(isStatusStale(parseStatusDate('2026-01')!, today)).toBe(false)
  })

  it('moves with today: the same status turns stale the day after it is 12 months old', () => {
    const asOf = parseStatusDate('2025-12-23')!
    expect(isStatusStale(asOf, day('2026-12-23'))).toBe(false)
    expect(isStatusStale(asOf, day('2026-12-24'))).toBe(true)
  })
})

describe('statusFreshness of the trials, with today fixed at 2026-12-07', () => {
  const today = day('2026-12-07')
  const stale = (id: string) => {
    const freshness = statusFreshness(TRIALS.find((t) => t.id === id)!, today)
    return freshness.dated ? freshness.stale : 'undated'
  }

  it('flags each trial as its status date and status say', () => {
    expect(Object.fromEntries(TRIALS.map((t) => [t.id, stale(t.id)]))).toEqual({
      value_persarc: false, // completed: a final status does not age
      strass2: true, // 2025-06-26
      scopes: false, // 2026-01-20
      scopes2: false, // 2025-12-23
      sarcoma_registry_radboudumc: 'undated', // no registry status was ever published
      natars: true, // 2023-05
      tnt_extremity: true, // 2025-10-15
      sbrt_extremity: true, // 2025-10-15
      prosarc2: false, // 2026-01-28
    })
  })

  it('warns for an old status that could still change, never for a final one', () => {
    const scopes2 = getTrial('scopes2')
    expect(statusFreshness(withStatus(scopes2, 'recruiting', '2024-01-01'), today)).toEqual({ dated: true, asOf: { iso: '2024-01-01', precision: 'day' }, stale: true })
    expect(statusFreshness(withStatus(scopes2, 'active_not_recruiting', '2024-01-01'), today)).toMatchObject({ stale: true })
    for (const status of ['completed', 'terminated', 'withdrawn'] as const) {
      expect(statusFreshness(withStatus(scopes2, status, '2020-01-01'), today)).toMatchObject({ dated: true, stale: false })
    }
  })

  it('has no date (and so no warning) when no status date is recorded', () => {
    expect(statusFreshness(withStatus(getTrial('scopes2'), 'unknown', null), today)).toEqual({ dated: false })
  })
})

describe('compiledDates (About view)', () => {
  it('gives the first compilation and the latest update of the trial data', () => {
    expect(compiledDates(TRIALS)).toEqual({ count: 9, first: '2026-11-24', last: '2026-12-07' })
    expect(compiledDates([getTrial('scopes')])).toEqual({ count: 1, first: '2026-11-24', last: '2026-11-24' })
    expect(compiledDates([])).toBeNull()
  })
})
