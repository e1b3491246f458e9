// The agenda link (issue 23): `#agenda=1&case=<scenario>&case=…`, each scenario a share link's
// scenario URL-encoded as one value, with an optional `label=` of at most 24 characters.
import { describe, expect, it } from 'vitest'
import { checkLabel, decodeAgenda, encodeAgenda, encodeCase, MAX_AGENDA_LENGTH, MAX_CASES, type AgendaCase } from '@/state/agendaCodec'
import { EMPTY_FIELDS } from '@/state/fields'
import { decodeHash } from '@/state/urlHash'

const UPS = 'v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower'
const RPS = 'v=2&site=retroperitoneum&age=60&sizeCm=15&depth=deep&histology=dedifferentiated_liposarcoma&grade=2'
const link = (...cases: string[]) => `#agenda=1${cases.map((c) => `&case=${encodeURIComponent(c)}`).join('')}`
const caseOf = (scenario: string, label = ''): AgendaCase => ({ scenario: decodeHash(`#${scenario}`).scenario, label })

describe('the agenda link', () => {
  it('reads the contract an outside tool writes: each case URL-encoded as one value, with its label', () => {
    const decoded = decodeAgenda(link(`${UPS}&label=LMS thigh`, RPS))
    expect(decoded).toMatchObject({ unreadable: [], refusedLabels: [], truncated: false, unreadableLink: false })
    expect(decoded.cases.map((c) => c.label)).toEqual(['LMS thigh', ''])
    expect(decoded.cases[0]?.scenario.fields).toMatchObject({ site: 'extremity', age: '67', histology: 'undifferentiated_pleomorphic_sarcoma', limb: 'lower' })
    expect(decoded.cases[1]?.scenario.fields.site).toBe('retroperitoneum')
  })

  it('writes each case as the issue shows it (v%3D2%26site%3Dextremity…) and reads it back unchanged', () => {
    const cases = [caseOf(UPS, 'LMS thigh'), caseOf(RPS), caseOf(`${UPS}&h=10&values=live_longest`, 'Case 3')]
    const hash = encodeAgenda(cases)
    expect(hash).toMatch(/^#agenda=1&case=v%3D2%26site%3Dextremity%26age%3D67/)
    expect(decodeAgenda(hash).cases).toEqual(cases)
  })

  it('skips and names a case with an unknown field, a bad value, an out-of-range value or bad encoding; the others open', () => {
    for (const bad of [`${UPS}&colour=red`, UPS.replace('grade=3', 'grade=7'), UPS.replace('age=67', 'age=250'), UPS.replace('sizeCm=9', 'sizeCm=0'), `${UPS}&age=60`, 'v=9&site=extremity', '%E0%A4%A', `${UPS}&label=%E0%A4%A`]) {
      const decoded = decodeAgenda(link(UPS, bad, RPS))
      expect(decoded.unreadable, bad).toEqual([2])
      expect(decoded.cases.map((c) => c.scenario.fields.site), bad).toEqual(['extremity', 'retroperitoneum'])
    }
  })

  it('says when the link is not an agenda it can read', () => {
    expect(decodeAgenda('#agenda=2&case=v%3D2')).toMatchObject({ unreadableLink: true, cases: [] })
    expect(decodeAgenda('')).toMatchObject({ unreadableLink: true, cases: [] })
    expect(decodeAgenda(undefined as unknown as string)).toMatchObject({ unreadableLink: true })
    expect(decodeAgenda('#agenda=1')).toMatchObject({ unreadableLink: false, cases: [] })
  })

  it('opens the first 30 of more cases, and says so', () => {
    const decoded = decodeAgenda(link(...Array.from({ length: 45 }, () => UPS)))
    expect(decoded.cases).toHaveLength(MAX_CASES)
    expect(decoded.truncated).toBe(true)
    expect(decodeAgenda(link(...Array.from({ length: 30 }, () => UPS))).truncated).toBe(false)
  })

  it('reads only whole cases of a link longer than it accepts, and says so', () => {
    const long = link(...Array.from({ length: 30 }, (_, i) => `${UPS}&label=Case ${i + 1}`)) + `&case=${'a'.repeat(MAX_AGENDA_LENGTH)}`
    const decoded = decodeAgenda(long)
    expect(decoded.truncated).toBe(true)
    expect(decoded.unreadable).toEqual([])
    expect(decoded.cases).toHaveLength(30)
    const tooLong = decodeAgenda(`#agenda=1${`&case=${encodeURIComponent(`${UPS}&label=Case`)}`.repeat(200)}`)
    expect(tooLong.truncated).toBe(true)
    expect(tooLong.cases.length).toBeLessThanOrEqual(MAX_CASES)
    expect(tooLong.unreadable).toEqual([])
  })

  it('keeps a hostile label as plain text: control characters removed, cut to 24 characters', () => {
    const decoded = decodeAgenda(link(`${UPS}&label=${encodeURIComponent('<img src=x onerror=alert(1)>\u202E\u0000abc')}`))
    expect(decoded.cases[0]?.label).toBe('<img src=x onerror=alert')
    expect(decoded.cases[0]?.label).toHaveLength(24)
  })

  it('leaves out a label that looks like a date or a record number, and names the case', () => {
    const decoded = decodeAgenda(link(`${UPS}&label=12-03-1960`, `${RPS}&label=1234567`, `${UPS}&label=LMS thigh`))
    expect(decoded.cases.map((c) => c.label)).toEqual(['', '', 'LMS thigh'])
    expect(decoded.refusedLabels).toEqual([1, 2])
  })

  it('never writes a refused label into a link', () => {
    expect(encodeCase({ scenario: { fields: EMPTY_FIELDS, horizonYears: null, values: [] }, label: '01/02/1970' })).not.toContain('label')
  })
})

describe('the case label rule', () => {
  it.each(['LMS thigh', 'Case 3', 'UPS 9 cm', 'grade 2-3', 'size 4.5 cm', 'MFS arm, T2', 'Casus 12', 'RPS 60 jr', ''])('accepts %j', (label) => {
    expect(checkLabel(label)).toEqual({ ok: true, label })
  })

  it.each(['12-03-1960', '1960-03-12', '12.3.60', '12/03', '3 March 1960', '12 mrt', 'maart 1960', 'geb 1 jan'])('refuses the date %j', (label) => {
    expect(checkLabel(label)).toEqual({ ok: false, code: 'date' })
  })

  it.each(['123456', '1234567', '123 456 789', '1234-5678', 'MRN 0012345'])('refuses the record number %j', (label) => {
    expect(checkLabel(label)).toEqual({ ok: false, code: 'recordNumber' })
  })

  it('refuses more than 24 characters, counting characters, not UTF-16 units', () => {
    expect(checkLabel('x'.repeat(25))).toEqual({ ok: false, code: 'tooLong' })
    expect(checkLabel('😀'.repeat(24)).ok).toBe(true)
  })

  it('tidies white space and removes invisible characters', () => {
    expect(checkLabel('  LMS\u200B \t thigh\u202E ')).toEqual({ ok: true, label: 'LMS thigh' })
  })
})
