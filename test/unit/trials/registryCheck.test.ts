// The registry check's logic (src/trials/registryCheck.ts) on study records built here in the
// ClinicalTrials.gov API v2 shape, against the app's own trial data.

import { describe, expect, it } from 'vitest'
import { getTrial } from '@/trials'
import { appValues, checkFiles, checkRecord, formatReport, readStudies, readStudy, type RegistryRecord } from '@/trials/registryCheck'

type StudyFields = {
  nctId?: unknown
  status?: string
  start?: string
  primaryCompletion?: string
  completion?: string
  enrollment?: number
}

/** A study as /api/v2/studies/{nctId} returns it (the modules the check reads, plus a few it ignores). */
const study = ({ nctId = 'NCT07071727', status = 'RECRUITING', start = '2025-12-11', primaryCompletion, completion = '2033-11-01', enrollment = 150 }: StudyFields = {}) => ({
  protocolSection: {
    identificationModule: { nctId, briefTitle: 'Short Course of Radiotherapy Prior to Surgery of Soft Tissue Sarcomas (SCOPES II)', acronym: 'SCOPES II' },
    statusModule: {
      statusVerifiedDate: '2025-12',
      overallStatus: status,
      startDateStruct: { date: start, type: 'ACTUAL' },
      ...(primaryCompletion ? { primaryCompletionDateStruct: { date: primaryCompletion, type: 'ESTIMATED' } } : {}),
      completionDateStruct: { date: completion, type: 'ESTIMATED' },
    },
    designModule: { studyType: 'INTERVENTIONAL', phases: ['NA'], enrollmentInfo: { count: enrollment, type: 'ESTIMATED' } },
  },
  hasResults: false,
})

const record = (fields?: StudyFields): RegistryRecord => {
  const read = readStudy(study(fields))
  if ('problem' in read) throw new Error(read.problem)
  return read
}

describe('reading API v2 study records', () => {
  it('takes the NCT number, status, three dates with their type, and enrolment', () => {
    expect(record({ primaryCompletion: '2031-11' })).toEqual({
      nctId: 'NCT07071727',
      title: 'SCOPES II: Short Course of Radiotherapy Prior to Surgery of Soft Tissue Sarcomas (SCOPES II)',
      fields: {
        overall_status: { value: 'RECRUITING', type: null },
        start_date: { value: '2025-12-11', type: 'ACTUAL' },
        primary_completion_date: { value: '2031-11', type: 'ESTIMATED' },
        completion_date: { value: '2033-11-01', type: 'ESTIMATED' },
        enrollment: { value: 150, type: 'ESTIMATED' },
      },
    })
  })

  it('reads a page of studies and says which entries are not study records', () => {
    const page = JSON.stringify({ studies: [study(), { protocolSection: {} }, study({ nctId: 'NCT04425967' })], nextPageToken: 'abc' })
    const { records, problems } = readStudies(page)
    expect(records.map((r) => r.nctId)).toEqual(['NCT07071727', 'NCT04425967'])
    expect(problems).toEqual(['studies[1]: not a ClinicalTrials.gov study record (no protocolSection.identificationModule.nctId)'])
  })

  it.each([
    ['{"protocolSection": ', /^malformed JSON \(/],
    ['[1, 2]', /^not a ClinicalTrials\.gov study record/],
    ['"NCT07071727"', /^not a ClinicalTrials\.gov study record/],
    ['{"name": "SCOPES II"}', /^not a ClinicalTrials\.gov study record/],
    [JSON.stringify(study({ nctId: 'NCT123' })), /nctId "NCT123" is not NCT followed by 8 digits/],
    [JSON.stringify(study({ nctId: 7071727 })), /^not a ClinicalTrials\.gov study record/],
    ['{"studies": []}', /^"studies" is empty/],
  ])('one line for what is not a study: %s', (json, message) => {
    const { records, problems } = readStudies(json)
    expect(records).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })

  it('leaves out a date that is not YYYY-MM(-DD) or an enrolment that is not a whole count, as not given', () => {
    const read = readStudy(study({ completion: 'soon', enrollment: 1.5 }))
    expect('problem' in read ? null : read.fields).toMatchObject({ completion_date: null, enrollment: null })
  })
})

describe('comparing with the app', () => {
  it("holds the app's values in the registry's spelling, an unknown status as not recorded", () => {
    expect(appValues(getTrial('scopes2'))).toEqual({
      overall_status: 'RECRUITING',
      start_date: '2025-12-11',
      primary_completion_date: null,
      completion_date: '2033-11-01',
      enrollment: 150,
    })
    expect(appValues(getTrial('sarcoma_registry_radboudumc')).overall_status).toBeNull()
  })

  it('finds no difference when the registry says what the app says', () => {
    const check = checkRecord(record())
    expect(check.kind).toBe('known')
    if (check.kind !== 'known') return
    expect(check.trial.id).toBe('scopes2')
    expect(check.fields.map((f) => [f.field, f.outcome])).toEqual([
      ['overall_status', 'same'],
      ['start_date', 'same'],
      ['primary_completion_date', 'neither'],
      ['completion_date', 'same'],
      ['enrollment', 'same'],
    ])
  })

  it('reports each changed field, and a value the app never recorded as such, not as a difference', () => {
    const check = checkRecord(record({ status: 'ACTIVE_NOT_RECRUITING', start: '2025-12', primaryCompletion: '2031-11-01', completion: '2034-05-01', enrollment: 148 }))
    if (check.kind !== 'known') throw new Error('expected a known trial')
    expect(Object.fromEntries(check.fields.map((f) => [f.field, f.outcome]))).toEqual({
      overall_status: 'different',
      start_date: 'different', // a coarser date is still a difference to look at
      primary_completion_date: 'not_in_app',
      completion_date: 'different',
      enrollment: 'different',
    })
  })

  it('counts a value the app records but the registry no longer gives as a difference', () => {
    const read = study()
    delete (read.protocolSection.statusModule as Partial<typeof read.protocolSection.statusModule>).completionDateStruct
    const parsed = readStudy(read)
    if ('problem' in parsed) throw new Error(parsed.problem)
    const check = checkRecord(parsed)
    expect(check.kind === 'known' && check.fields.find((f) => f.field === 'completion_date')?.outcome).toBe('different')
  })

  it('matches by NCT number only, and lists a trial the app does not know', () => {
    expect(checkRecord(record({ nctId: 'NCT00000000' }))).toMatchObject({ kind: 'unknown', record: { nctId: 'NCT00000000' } })
    expect(checkRecord(record({ nctId: 'NCT05741944' }))).toMatchObject({ kind: 'known', trial: { id: 'value_persarc' } })
  })
})

describe('the report', () => {
  const file = (name: string, ...studies: unknown[]) => ({ name, text: JSON.stringify(studies.length === 1 ? studies[0] : { studies }) })

  it('exits 0 and says "no difference" when all agree', () => {
    const { text, exitCode } = formatReport(checkFiles([file('a.json', study())]))
    expect(exitCode).toBe(0)
    expect(text).toBe(
      [
        'a.json',
        '  NCT07071727 SCOPES II (scopes2): no difference; 4 of 5 fields agree',
        '    not given by the app nor the registry: primary completion date',
        'Summary: 1 study record in 1 file; 1 known trial, 0 differences; 0 unknown trials; 0 unreadable files or entries.',
      ].join('\n'),
    )
  })

  it('exits 1 and prints every difference with both values', () => {
    const { text, exitCode } = formatReport(checkFiles([file('b.json', study({ status: 'COMPLETED', enrollment: 148 }))]))
    expect(exitCode).toBe(1)
    expect(text).toContain('  NCT07071727 SCOPES II (scopes2): 2 differences; 2 of 5 fields agree')
    expect(text).toContain('    overall status: app RECRUITING, registry COMPLETED')
    expect(text).toContain('    enrolment: app 150, registry 148 (ESTIMATED)')
    expect(text.split('\n').at(-1)).toBe('Summary: 1 study record in 1 file; 1 known trial, 2 differences (SCOPES II); 0 unknown trials; 0 unreadable files or entries.')
  })

  it('still checks the other files when one is unreadable, and exits 2 when that is all that is wrong', () => {
    const { text, exitCode } = formatReport(checkFiles([{ name: 'broken.json', text: '{' }, file('ok.json', study())]))
    expect(exitCode).toBe(2)
    expect(text).toMatch(/^ {2}unreadable: broken\.json: malformed JSON \(.+\)$/m)
    expect(text).toContain('NCT07071727 SCOPES II (scopes2): no difference')
    expect(text).toMatch(/1 unreadable file or entry\.$/)
  })

  it('exits 1 when a difference and an unreadable file come together, and 2 when nothing was read at all', () => {
    expect(formatReport(checkFiles([{ name: 'x.json', text: '' }, file('d.json', study({ completion: '2034-05-01' }))])).exitCode).toBe(1)
    expect(formatReport([]).exitCode).toBe(2)
  })

  it('lists an unknown trial without counting it as a difference', () => {
    const { text, exitCode } = formatReport(checkFiles([file('u.json', study({ nctId: 'NCT00000000' }))]))
    expect(exitCode).toBe(0)
    expect(text).toContain('  NCT00000000: not a trial the app knows (SCOPES II: Short Course')
    expect(text).toContain('1 unknown trial;')
  })
})
