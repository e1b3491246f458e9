import { describe, expect, it } from 'vitest'
import { detectLanguage, LANGUAGE_STORAGE_KEY, supportedLanguage } from '@/i18n/detect'

const storage = (value: string | null) => ({ getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? value : null) })

describe('the starting language', () => {
  it('takes the reader’s earlier choice over the browser', () => {
    expect(detectLanguage(storage('nl'), ['en-GB'])).toBe('nl')
    expect(detectLanguage(storage('en'), ['nl-NL'])).toBe('en')
  })

  it('else takes the first browser language the app speaks, regional variants included', () => {
    expect(detectLanguage(storage(null), ['de-DE', 'nl-BE', 'en'])).toBe('nl')
    expect(detectLanguage(storage(null), ['EN-us', 'nl'])).toBe('en')
  })

  it('else English, also when storage is off or holds something else', () => {
    expect(detectLanguage(storage(null), ['de', 'fr'])).toBe('en')
    expect(detectLanguage(storage('klingon'), [])).toBe('en')
    expect(detectLanguage({ getItem: () => { throw new Error('storage disabled') } }, ['nl'])).toBe('nl')
    expect(detectLanguage(null, [])).toBe('en')
  })

  it('reads tags as the shell script does', () => {
    expect([supportedLanguage('nl'), supportedLanguage('nl-NL'), supportedLanguage('en-GB'), supportedLanguage('fy-NL'), supportedLanguage(undefined)]).toEqual(['nl', 'nl', 'en', null, null])
  })
})
