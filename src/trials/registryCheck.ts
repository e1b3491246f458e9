// The registry check for maintainers (`npm run trials:check -- <file or folder>`): study records
// exported from ClinicalTrials.gov (API v2 JSON: one study per file, or a `{ "studies": [...] }`
// page as /api/v2/studies returns it) against the app's trial data, field by field. Pure: the
// runner (test/tools/trials-check.mjs) reads the files and prints; everything decided is here.
//
// API v2 fields read (protocolSection):
//   identificationModule.nctId, .acronym, .briefTitle
//   statusModule.overallStatus (RECRUITING, ACTIVE_NOT_RECRUITING, COMPLETED ...)
//   statusModule.startDateStruct / primaryCompletionDateStruct / completionDateStruct
//     { date: "YYYY-MM-DD" | "YYYY-MM", type: "ACTUAL" | "ESTIMATED" }
//   designModule.enrollmentInfo { count, type: "ACTUAL" | "ESTIMATED" }

import { TRIALS } from './match'
import { trialName } from './names'
import type { Trial } from './types'

/** The facts compared, in the order they are printed. */
export const CHECKED_FIELDS = ['overall_status', 'start_date', 'primary_completion_date', 'completion_date', 'enrollment'] as const
export type CheckedField = (typeof CHECKED_FIELDS)[number]

export const FIELD_LABELS: Record<CheckedField, string> = {
  overall_status: 'overall status',
  start_date: 'start date',
  primary_completion_date: 'primary completion date',
  completion_date: 'completion date',
  enrollment: 'enrolment',
}

type Value = string | number

/** One field of a registry record: its value and, for dates and enrolment, ACTUAL or ESTIMATED. */
export type RegistryValue = { readonly value: Value; readonly type: string | null } | null

export type RegistryRecord = {
  readonly nctId: string
  readonly title: string | null
  readonly fields: Readonly<Record<CheckedField, RegistryValue>>
}

/**
 * - same: app and registry agree.
 * - different: both give a value and they differ, or the app records a value the registry no
 *   longer gives: both are differences to resolve in the data file.
 * - not_in_app: the registry gives a value the app never recorded (its sources did not have it).
 *   Reported, not counted as a difference: nothing in the app is wrong, it is incomplete.
 * - neither: neither gives a value.
 */
export type Outcome = 'same' | 'different' | 'not_in_app' | 'neither'

export type FieldComparison = {
  readonly field: CheckedField
  readonly app: Value | null
  readonly registry: RegistryValue
  readonly outcome: Outcome
}

export type TrialCheck =
  | { readonly kind: 'known'; readonly trial: Trial; readonly record: RegistryRecord; readonly fields: readonly FieldComparison[] }
  | { readonly kind: 'unknown'; readonly record: RegistryRecord }

export type FileInput = { readonly name: string; readonly text: string }

export type FileResult = {
  readonly name: string
  readonly checks: readonly TrialCheck[]
  /** One-line messages: the file (or one entry of its `studies`) could not be read as a study. */
  readonly problems: readonly string[]
}

// --- Reading API v2 JSON -------------------------------------------------------------------------

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), value)

const NCT_ID = /^NCT\d{8}$/
const REGISTRY_DATE = /^\d{4}-\d{2}(-\d{2})?$/

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)

function dateField(status: unknown, struct: string): RegistryValue {
  const date = text(at(status, struct, 'date'))
  return date !== null && REGISTRY_DATE.test(date) ? { value: date, type: text(at(status, struct, 'type')) } : null
}

/** A study record, or why the value is not one. */
export function readStudy(study: unknown): RegistryRecord | { readonly problem: string } {
  const identification = at(study, 'protocolSection', 'identificationModule')
  const nctId = text(at(identification, 'nctId'))
  if (nctId === null) return { problem: 'not a ClinicalTrials.gov study record (no protocolSection.identificationModule.nctId)' }
  if (!NCT_ID.test(nctId)) return { problem: `not a ClinicalTrials.gov study record (nctId "${nctId}" is not NCT followed by 8 digits)` }
  const status = at(study, 'protocolSection', 'statusModule')
  const overall = text(at(status, 'overallStatus'))
  const count = at(study, 'protocolSection', 'designModule', 'enrollmentInfo', 'count')
  const acronym = text(at(identification, 'acronym'))
  const brief = text(at(identification, 'briefTitle'))
  return {
    nctId,
    title: acronym && brief ? `${acronym}: ${brief}` : (acronym ?? brief),
    fields: {
      overall_status: overall === null ? null : { value: overall.toUpperCase(), type: null },
      start_date: dateField(status, 'startDateStruct'),
      primary_completion_date: dateField(status, 'primaryCompletionDateStruct'),
      completion_date: dateField(status, 'completionDateStruct'),
      enrollment:
        typeof count === 'number' && Number.isInteger(count) && count >= 0
          ? { value: count, type: text(at(study, 'protocolSection', 'designModule', 'enrollmentInfo', 'type')) }
          : null,
    },
  }
}

/** The study records of one file's text: a single study, or an API v2 page `{ "studies": [...] }`. */
export function readStudies(json: string): { records: RegistryRecord[]; problems: string[] } {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch (error) {
    return { records: [], problems: [`malformed JSON (${(error as Error).message.split('\n')[0]})`] }
  }
  const studies = at(parsed, 'studies')
  if (Array.isArray(studies)) {
    const records: RegistryRecord[] = []
    const problems: string[] = []
    studies.forEach((study, index) => {
      const read = readStudy(study)
      if ('problem' in read) problems.push(`studies[${index}]: ${read.problem}`)
      else records.push(read)
    })
    if (studies.length === 0) problems.push('"studies" is empty: no study record')
    return { records, problems }
  }
  const read = readStudy(parsed)
  return 'problem' in read ? { records: [], problems: [read.problem] } : { records: [read], problems: [] }
}

// --- Comparing -----------------------------------------------------------------------------------

/**
 * What the app holds for each checked field. The app's `unknown` status means no status was ever
 * published, so it is "not recorded", never a value to compare; statuses are compared in the
 * registry's spelling (RECRUITING).
 */
export function appValues(trial: Trial): Record<CheckedField, Value | null> {
  const { status } = trial.recruitment
  return {
    overall_status: status === 'unknown' ? null : status.toUpperCase(),
    start_date: trial.registryDates.start,
    primary_completion_date: trial.registryDates.primaryCompletion,
    completion_date: trial.registryDates.completion,
    enrollment: trial.enrollment,
  }
}

function outcomeOf(app: Value | null, registry: RegistryValue): Outcome {
  if (app === null) return registry === null ? 'neither' : 'not_in_app'
  return registry !== null && registry.value === app ? 'same' : 'different'
}

export function checkRecord(record: RegistryRecord, trials: readonly Trial[] = TRIALS): TrialCheck {
  const trial = trials.find((t) => t.registryIds.nct === record.nctId)
  if (trial === undefined) return { kind: 'unknown', record }
  const app = appValues(trial)
  const fields = CHECKED_FIELDS.map((field) => ({ field, app: app[field], registry: record.fields[field], outcome: outcomeOf(app[field], record.fields[field]) }))
  return { kind: 'known', trial, record, fields }
}

export function checkFiles(files: readonly FileInput[], trials: readonly Trial[] = TRIALS): FileResult[] {
  return files.map(({ name, text: json }) => {
    const { records, problems } = readStudies(json)
    return { name, checks: records.map((record) => checkRecord(record, trials)), problems }
  })
}

export const differencesOf = (check: TrialCheck): number =>
  check.kind === 'known' ? check.fields.filter((f) => f.outcome === 'different').length : 0

// --- Reporting -----------------------------------------------------------------------------------

/** 0: every file read, no difference. 1: at least one difference. 2: no difference, but a file or entry could not be read. */
export type ExitCode = 0 | 1 | 2

const shown = (registry: RegistryValue): string =>
  registry === null ? 'not given' : registry.type ? `${registry.value} (${registry.type})` : String(registry.value)

const nameWithId = (trial: Trial): string => `${trialName(trial)} (${trial.id})`
const plural = (count: number, one: string, other = `${one}s`): string => `${count} ${count === 1 ? one : other}`

function fieldLine(comparison: FieldComparison): string | null {
  const label = FIELD_LABELS[comparison.field]
  switch (comparison.outcome) {
    case 'different':
      return `    ${label}: app ${String(comparison.app)}, registry ${shown(comparison.registry)}`
    case 'not_in_app':
      return `    ${label}: not recorded in the app; registry ${shown(comparison.registry)} (not counted as a difference)`
    default:
      return null
  }
}

function checkLines(check: TrialCheck): string[] {
  if (check.kind === 'unknown') {
    return [`  ${check.record.nctId}: not a trial the app knows${check.record.title ? ` (${check.record.title})` : ''}`]
  }
  const differences = differencesOf(check)
  const agree = check.fields.filter((f) => f.outcome === 'same').length
  const head = `  ${check.record.nctId} ${nameWithId(check.trial)}: ${differences === 0 ? 'no difference' : plural(differences, 'difference')}; ${agree} of ${CHECKED_FIELDS.length} fields agree`
  const neither = check.fields.filter((f) => f.outcome === 'neither').map((f) => FIELD_LABELS[f.field])
  return [
    head,
    ...check.fields.map(fieldLine).filter((line): line is string => line !== null),
    ...(neither.length ? [`    not given by the app nor the registry: ${neither.join(', ')}`] : []),
  ]
}

/** The printed report (one block per file, then the one-line summary) and the exit code. */
export function formatReport(results: readonly FileResult[]): { text: string; exitCode: ExitCode } {
  const lines: string[] = []
  for (const result of results) {
    lines.push(result.name)
    for (const problem of result.problems) lines.push(`  unreadable: ${result.name}: ${problem}`)
    for (const check of result.checks) lines.push(...checkLines(check))
  }
  const checks = results.flatMap((r) => r.checks)
  const known = checks.filter((c) => c.kind === 'known')
  const withDifferences = known.filter((c) => differencesOf(c) > 0)
  const differences = known.reduce((sum, c) => sum + differencesOf(c), 0)
  const unknown = checks.length - known.length
  const problems = results.reduce((sum, r) => sum + r.problems.length, 0)
  const names = withDifferences.map((c) => (c.kind === 'known' ? (c.trial.acronym ?? c.trial.id) : '')).join(', ')
  lines.push(
    `Summary: ${plural(checks.length, 'study record')} in ${plural(results.length, 'file')}; ` +
      `${plural(known.length, 'known trial')}, ${plural(differences, 'difference')}${names ? ` (${names})` : ''}; ` +
      `${plural(unknown, 'unknown trial')}; ${plural(problems, 'unreadable file or entry', 'unreadable files or entries')}.`,
  )
  const exitCode: ExitCode = differences > 0 ? 1 : problems > 0 || checks.length === 0 ? 2 : 0
  return { text: lines.join('\n'), exitCode }
}
