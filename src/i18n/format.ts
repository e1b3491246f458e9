// The only place that turns numbers into text: %, decimal commas and units come from Intl in
// the active locale (nl writes "4,5 cm"), and a non-finite value never reaches the screen.
import { intlLocale, type Lng } from './languages'

const cache = new Map<string, Intl.NumberFormat>()
const numberFormat = (lng: Lng, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const key = lng + JSON.stringify(options)
  let format = cache.get(key)
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lng), options)
    cache.set(key, format)
  }
  return format
}

/** Null when the value cannot be shown: callers render a translated "not available". */
export const formatNumber = (value: number, lng: Lng, maximumFractionDigits = 1): string | null =>
  Number.isFinite(value) ? numberFormat(lng, { maximumFractionDigits }).format(value) : null

export const formatCm = (cm: number, lng: Lng): string | null =>
  Number.isFinite(cm) ? numberFormat(lng, { style: 'unit', unit: 'centimeter', maximumFractionDigits: 1 }).format(cm) : null

export const formatYears = (years: number, lng: Lng): string | null =>
  Number.isFinite(years) ? numberFormat(lng, { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 0 }).format(years) : null

/** A fraction 0..1 as a whole percentage ("45%" in en, "45%" in nl). */
export const formatPercent = (fraction: number, lng: Lng): string | null =>
  Number.isFinite(fraction) ? numberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(fraction) : null

/** Whole people out of 100: the unit in which every figure is shown (UX.md §1). */
export const outOf100 = (fraction: number): number | null =>
  Number.isFinite(fraction) ? Math.min(100, Math.max(0, Math.round(fraction * 100))) : null

// A formatter costs far more to make than to use (locale data): one per language and time zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const dateFormat = (lng: Lng, timeZone?: 'UTC', monthOnly = false): Intl.DateTimeFormat => {
  const key = `${lng}:${timeZone ?? 'local'}:${monthOnly ? 'month' : 'day'}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lng), { ...(monthOnly ? {} : { day: 'numeric' }), month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) })
    dateFormats.set(key, format)
  }
  return format
}

export const formatDate = (date: Date, lng: Lng): string => dateFormat(lng).format(date)

export const formatIsoDate = (iso: string, lng: Lng): string | null => {
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? null : dateFormat(lng, 'UTC').format(date)
}

/** A YYYY-MM month as "May 2023" / "mei 2023": a date known only to the month is never given a day. */
export const formatIsoMonth = (iso: string, lng: Lng): string | null => {
  const date = /^\d{4}-\d{2}$/.test(iso) ? new Date(`${iso}-01T00:00:00Z`) : new Date(Number.NaN)
  return Number.isNaN(date.getTime()) ? null : dateFormat(lng, 'UTC', true).format(date)
}
