// Typed numbers: "4.5" and "4,5" both mean four and a half, in either language. Intl cannot
// parse, and a locale-aware parser would read "4.5" in Dutch as 45 (a grouping separator): for
// ages and tumour sizes no thousands separator is ever needed, so a strict decimal reader is
// both simpler and safer.
export type ParsedNumber = { ok: true; value: number } | { ok: false; code: 'required' | 'not_a_number' }

const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/

export const parseDecimal = (text: string): ParsedNumber => {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, code: 'required' }
  if (!DECIMAL.test(trimmed)) return { ok: false, code: 'not_a_number' }
  const value = Number(trimmed.replace(',', '.'))
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, code: 'not_a_number' }
}
