import { describe, expect, it } from 'vitest'
import { NAMESPACES } from '@/i18n/languages'
import { localeFiles, readLocale } from '../support/i18nForTests'

type Tree = Record<string, unknown>
const leaves = (tree: Tree, prefix = ''): [string, unknown][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leaves(value as Tree, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  )
const placeholders = (text: unknown): string[] => (typeof text === 'string' ? [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '').sort() : [])

describe('translations', () => {
  it('has the same locale files in en and nl', () => {
    expect(localeFiles('nl')).toEqual(localeFiles('en'))
  })

  it('loads every namespace the app uses in both languages', () => {
    for (const ns of NAMESPACES) {
      expect(leaves(readLocale('en', ns)).length, `en/${ns}`).toBeGreaterThan(0)
      expect(leaves(readLocale('nl', ns)).length, `nl/${ns}`).toBeGreaterThan(0)
    }
  })

  it.each(localeFiles('en'))('nl/%s has exactly the keys and placeholders of en/%s', (file) => {
    const ns = file.replace(/\.json$/, '')
    const shape = (lng: string) => Object.fromEntries(leaves(readLocale(lng, ns)).map(([key, value]) => [key, placeholders(value)]))
    expect(shape('nl')).toEqual(shape('en'))
  })

  it.each(localeFiles('en'))('%s has no empty text in either language', (file) => {
    const ns = file.replace(/\.json$/, '')
    for (const lng of ['en', 'nl']) {
      const empty = leaves(readLocale(lng, ns)).filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      expect(empty.map(([key]) => `${lng}/${ns}:${key}`)).toEqual([])
    }
  })
})
