// How old each trial's registry status is. The card, the tumour-board list and the printed
// summary say "registry status as of <date>"; when that date lies more than 12 months before
// today the card adds that the status may be out of date. Pure: `today` is always passed in.

import type { IsoDate, RecruitmentStatus, Trial } from './types'

/** A status date as the data give it: a whole day, or only a month (e.g. "2023-05"). */
export type StatusDate = { readonly iso: string; readonly precision: 'day' | 'month' }

/** Statuses that no later registry update can reopen; their age never makes them doubtful. */
export const FINAL_STATUSES = ['completed', 'terminated', 'withdrawn'] as const satisfies readonly RecruitmentStatus[]

/** The months after which a status counts as possibly out of date. */
export const STALE_AFTER_MONTHS = 12

export type StatusFreshness =
  /** No registry status was ever published (e.g. a registration study without a record). */
  | { readonly dated: false }
  | { readonly dated: true; readonly asOf: StatusDate; readonly stale: boolean }

/** Parses YYYY-MM-DD or YYYY-MM; null for anything else (the data test keeps the data valid). */
export function parseStatusDate(value: string): StatusDate | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value)
  if (!match) return null
  const [, y, m, d] = match
  const year = Number(y)
  const month = Number(m)
  if (month < 1 || month > 12) return null
  if (d === undefined) return { iso: `${y}-${m}`, precision: 'month' }
  const day = Number(d)
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { iso: `${y}-${m}-${d}`, precision: 'day' }
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The day `months` calendar months before `today` (local calendar, as the matcher reads its
 * window), clamped to the month's last day: 12 months before 29 Feb 2028 is 28 Feb 2027.
 */
export function monthsBefore(today: Date, months: number): string {
  if (Number.isNaN(today.getTime())) throw new RangeError('monthsBefore: today is an invalid Date')
  const total = today.getFullYear() * 12 + today.getMonth() - months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const day = Math.min(today.getDate(), daysInMonth(year, month))
  return `${year}-${pad(month)}-${pad(day)}`
}

/**
 * True when the status date lies more than STALE_AFTER_MONTHS months before `today`: exactly 12
 * months old is still current. A month-only date counts from the month's first day, so the
 * warning never comes later than the status could have aged.
 */
export function isStatusStale(asOf: StatusDate, today: Date): boolean {
  const first = asOf.precision === 'month' ? `${asOf.iso}-01` : asOf.iso
  return first < monthsBefore(today, STALE_AFTER_MONTHS)
}

/** The status date of a trial and whether to warn that it may be out of date. */
export function statusFreshness(trial: Trial, today: Date): StatusFreshness {
  const { statusAsOf, status } = trial.recruitment
  const asOf = statusAsOf === null ? null : parseStatusDate(statusAsOf)
  if (asOf === null) return { dated: false }
  const final = (FINAL_STATUSES as readonly RecruitmentStatus[]).includes(status)
  return { dated: true, asOf, stale: !final && isStatusStale(asOf, today) }
}

/** When the trial data were compiled: the first and the latest `dataCompiled` of the trials (About view). */
export function compiledDates(trials: readonly Trial[]): { count: number; first: IsoDate; last: IsoDate } | null {
  const dates = trials.map((t) => t.dataCompiled).sort()
  const first = dates[0]
  const last = dates.at(-1)
  return first === undefined || last === undefined ? null : { count: trials.length, first, last }
}
