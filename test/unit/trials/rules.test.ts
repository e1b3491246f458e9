// The three-valued rule language of ../shared/trials/README.md, section 2, case by case.

import { describe, expect, it } from 'vitest'
import type { PatientInput } from '@/model/input'
import { evaluate, fieldsOf, type Rule } from '@/trials'

const input: PatientInput = {
  age: 40,
  sizeCm: 5,
  depth: 'deep',
  histology: 'leiomyosarcoma',
  grade: 2,
  site: 'retroperitoneum',
  metastatic: false,
}
const T: Rule = { field: 'age', op: '>=', value: 18 }
const F: Rule = { field: 'age', op: '<', value: 18 }
const U: Rule = { field: 'performanceStatus', op: '<=', value: 2 }
const C: Rule = { confirm: 'mdm2_cdk4_ihc' }

describe('leaves', () => {
  it.each([
    [{ field: 'sizeCm', op: '==', value: 5 }, true],
    [{ field: 'sizeCm', op: '!=', value: 5 }, false],
    [{ field: 'sizeCm', op: '<', value: 5 }, false],
    [{ field: 'sizeCm', op: '<=', value: 5 }, true],
    [{ field: 'sizeCm', op: '>', value: 5 }, false],
    [{ field: 'sizeCm', op: '>=', value: 5 }, true],
    [{ field: 'grade', op: 'in', value: [2, 3] }, true],
    [{ field: 'grade', op: 'not_in', value: [2, 3] }, false],
    [{ field: 'histology', op: 'in', value: ['gist'] }, false],
    [{ field: 'metastatic', op: '==', value: false }, true],
    [{ field: 'recurrent', op: '==', value: false }, 'unknown'],
    [{ field: 'recurrent', op: '!=', value: true }, 'unknown'],
    [{ field: 'expectedMargin', op: 'not_in', value: ['R2'] }, 'unknown'],
  ] satisfies [Rule, boolean | 'unknown'][])('%j gives %s', (rule, expected) => {
    expect(evaluate(rule, input)).toBe(expected)
  })
})

describe('connectives (Kleene)', () => {
  it.each([
    [{ all: [T, T] }, true],
    [{ all: [T, U] }, 'unknown'],
    [{ all: [U, F] }, false],
    [{ all: [] }, true],
    [{ any: [F, F] }, false],
    [{ any: [F, U] }, 'unknown'],
    [{ any: [U, T] }, true],
    [{ any: [] }, false],
    [{ not: T }, false],
    [{ not: F }, true],
    [{ not: U }, 'unknown'],
    [C, 'unknown'],
    [{ any: [T, C] }, true],
    [{ all: [F, C] }, false],
    [{ all: [T, C] }, 'unknown'],
  ] satisfies [Rule, boolean | 'unknown'][])('%j gives %s', (rule, expected) => {
    expect(evaluate(rule, input)).toBe(expected)
  })

  it('gives unknown for a null rule (clinician only)', () => {
    expect(evaluate(null, input)).toBe('unknown')
  })
})

describe('fieldsOf', () => {
  it('lists each field a rule reads once, ignoring confirm parts', () => {
    expect(fieldsOf({ all: [T, F, U, C, { not: { field: 'site', op: '==', value: 'head_neck' } }] })).toEqual([
      'age',
      'performanceStatus',
      'site',
    ])
    expect(fieldsOf(C)).toEqual([])
    expect(fieldsOf(null)).toEqual([])
  })
})
