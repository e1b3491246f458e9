// locales/{en,nl}/trials.json: the same keys and placeholders in both, and a key for every id the
// trial data and the matcher can hand to the UI.

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CATEGORY_GROUPS,
  CLOSED_REASONS,
  CRITERION_CATEGORIES,
  CRITERION_KINDS,
  CRITERION_RESULTS,
  DECISION_BASES,
  MATCH_STATUSES,
  RECRUITMENT_STATUSES,
  TRIALS,
} from '@/trials'

type Tree = { [key: string]: string | Tree }
const load = (lng: string): Tree =>
  JSON.parse(readFileSync(resolve(process.cwd(), `locales/${lng}/trials.json`), 'utf8')) as Tree

/** Every key path with the placeholders of its text, e.g. "count.met_one {{count}}". */
const shape = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key} ${(value.match(/\{\{\w+\}\}/g) ?? []).sort().join(' ')}`.trim()]
      : shape(value, `${prefix}${key}.`),
  )
const keysUnder = (tree: Tree, group: string): string[] => Object.keys((tree[group] ?? {}) as Tree)

const en = load('en')
const nl = load('nl')

describe('trials locales', () => {
  it('nl has exactly the keys and placeholders of en', () => {
    expect(shape(nl).sort()).toEqual(shape(en).sort())
  })

  it('has no empty text', () => {
    for (const tree of [en, nl]) for (const line of shape(tree)) expect(line.split(' ')[0]).not.toBe('')
    const texts = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : texts(v)))
    for (const text of [...texts(en), ...texts(nl)]) expect(text.trim()).not.toBe('')
  })

  it.each([
    ['status', MATCH_STATUSES],
    ['result', CRITERION_RESULTS],
    ['category', CRITERION_CATEGORIES],
    ['categoryGroup', Object.keys(CATEGORY_GROUPS)],
    ['decisionBasis', DECISION_BASES],
    ['kind', CRITERION_KINDS],
    ['recruitmentStatus', RECRUITMENT_STATUSES],
    ['closedReason', CLOSED_REASONS],
    ['phase', TRIALS.map((t) => t.phase)],
    ['studyType', TRIALS.map((t) => t.studyType)],
    ['country', TRIALS.flatMap((t) => t.countries)],
    ['category', TRIALS.flatMap((t) => t.criteria.map((c) => c.category))],
    ['recruitmentStatus', TRIALS.map((t) => t.recruitment.status)],
  ] as const)('has a %s key for every id in use', (group, ids) => {
    for (const id of ids) expect(keysUnder(en, group), `${group}.${id}`).toContain(id)
  })

  it('has a plural count for every criterion result', () => {
    for (const result of CRITERION_RESULTS) {
      expect(keysUnder(en, 'count')).toEqual(expect.arrayContaining([`${result}_one`, `${result}_other`]))
    }
  })
})
