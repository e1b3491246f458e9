// The agenda's limits and the rule for a case label, kept free of zod: the label field on the
// consultation screen checks as the user types, before the link codec (agendaCodec.ts) loads.
export const MAX_CASES = 30
export const MAX_LABEL_LENGTH = 24

export type LabelCheck = { ok: true; label: string } | { ok: false; code: 'tooLong' | 'date' | 'recordNumber' }

// Control and format characters (bidi overrides, zero-width joiners) can disguise a label.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu
const MONTHS =
  'jan|feb|febr|mar|mrt|apr|may|mei|jun|jul|aug|sep|sept|oct|okt|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januari|februari|maart|juni|juli|augustus'
// 12-03-1960, 12.3.60, 1960-03-12, 12/03; and 12 March 1960, 12 mrt, March 1960. Not "4.5 cm"
// or "grade 2-3": two numbers count as a date only with a slash.
const DATE_PATTERNS = [
  /\b\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}\b/u,
  /\b\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\b/u,
  /\b\d{1,2}\s*\/\s*\d{1,2}\b/u,
  new RegExp(`(^|[^\\p{L}])\\d{1,2}\\s*(${MONTHS})\\.?($|[^\\p{L}])`, 'iu'),
  new RegExp(`(^|[^\\p{L}])(${MONTHS})\\.?\\s*\\d{4}`, 'iu'),
]
// Six digits or more, with or without spaces, dots or dashes between them (a record or BSN number).
const RECORD_NUMBER = /\d(?:[\s.-]?\d){5,}/u

/** A label as it is kept: invisible characters removed, white space collapsed, trimmed. */
export const tidyLabel = (text: string): string => text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim()

/** The label field's rule: short, and nothing that could identify the patient. */
export const checkLabel = (text: string): LabelCheck => {
  const label = tidyLabel(typeof text === 'string' ? text : '')
  if ([...label].length > MAX_LABEL_LENGTH) return { ok: false, code: 'tooLong' }
  if (DATE_PATTERNS.some((pattern) => pattern.test(label))) return { ok: false, code: 'date' }
  if (RECORD_NUMBER.test(label)) return { ok: false, code: 'recordNumber' }
  return { ok: true, label }
}

