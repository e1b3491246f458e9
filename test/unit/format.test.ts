import { describe, expect, it } from 'vitest'
import { formatCm, formatNumber, formatPercent, outOf100 } from '@/i18n/format'
import { parseDecimal } from '@/i18n/parse'

describe('number formatting through Intl', () => {
  it('writes a decimal comma in Dutch and a point in English', () => {
    expect(formatCm(4.5, 'nl')).toBe('4,5 cm')
    expect(formatCm(4.5, 'en')).toBe('4.5 cm')
  })
  it('writes percentages in the active locale', () => {
    expect(formatPercent(0.45, 'en')).toBe('45%')
    expect(formatPercent(0.45, 'nl')).toBe('45%')
  })
  it('never turns a non-finite value into text', () => {
    expect(formatNumber(Number.NaN, 'en')).toBeNull()
    expect(formatPercent(Number.POSITIVE_INFINITY, 'nl')).toBeNull()
    expect(outOf100(Number.NaN)).toBeNull()
  })
  it('rounds fractions to whole people out of 100, within 0..100', () => {
    expect(outOf100(0.724)).toBe(72)
    expect(outOf100(0.725)).toBe(73)
    expect(outOf100(1.2)).toBe(100)
  })
})

describe('parsing typed numbers', () => {
  it.each([
    ['4.5', 4.5],
    ['4,5', 4.5],
    [' 12 ', 12],
    ['0,75', 0.75],
    [',5', 0.5],
    ['-3', -3],
  ])('reads %s as %s in either language', (text, value) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value })
  })
  it.each(['abc', '4.5.1', '1e3', '4 5', '1.000,5', 'NaN', 'Infinity', '12cm'])('rejects %s as not a number', (text) => {
    expect(parseDecimal(text)).toEqual({ ok: false, code: 'not_a_number' })
  })
  it('says an empty field is required', () => {
    expect(parseDecimal('  ')).toEqual({ ok: false, code: 'required' })
  })
})
