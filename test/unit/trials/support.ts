// Shared fixtures for the trial tests: fixed dates (never the real clock) and helpers that turn
// a match into plain values, so each test states results, not shapes.

import type { PatientInput } from '@/model/input'
import { matchTrials, type CriterionResult, type MatchStatus, type TrialId, type TrialMatch } from '@/trials'

/** Local calendar days, as the matcher reads them (noon avoids any daylight-saving edge). */
export const day = (iso: string, hour = 12, minute = 0): Date => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, hour, minute)
}

/** The compilation's own "status on 2026-11-24" (README section 5) and the app's build day. */
export const COMPILED = day('2026-11-24')
export const TODAY = day('2026-11-25')

/** Everything the trials ask about, answered in the way that passes them all. */
export const FULLY_KNOWN = {
  performanceStatus: 0,
  metastatic: false,
  resectable: true,
  recurrent: false,
  priorRadiotherapy: false,
  priorChemotherapy: false,
  multifocal: false,
  expectedMargin: 'R0',
} as const satisfies Partial<PatientInput>

export const patient = (fields: PatientInput): PatientInput => fields

export const matchOf = (input: PatientInput, trialId: TrialId, today: Date = TODAY): TrialMatch => {
  const match = matchTrials(input, today).find((m) => m.trialId === trialId)
  if (match === undefined) throw new Error(`no match for ${trialId}`)
  return match
}

export const statusOf = (input: PatientInput, trialId: TrialId, today: Date = TODAY): MatchStatus =>
  matchOf(input, trialId, today).status

export const resultsOf = (
  input: PatientInput,
  trialId: TrialId,
  today: Date = TODAY,
): Record<string, CriterionResult> =>
  Object.fromEntries(matchOf(input, trialId, today).criteria.map((c) => [c.id, c.result]))

/** The criterion ids with this result, sorted: lets a test name exactly what failed. */
export const idsWith = (input: PatientInput, trialId: TrialId, result: CriterionResult): string[] =>
  matchOf(input, trialId).criteria
    .filter((c) => c.result === result)
    .map((c) => c.id)
    .sort()

/** A copy without the given optional fields: "the clinician left them empty". */
export const without = (input: PatientInput, ...fields: (keyof PatientInput)[]): PatientInput => {
  const copy: Record<string, unknown> = { ...input }
  for (const field of fields) delete copy[field]
  return copy as PatientInput
}
