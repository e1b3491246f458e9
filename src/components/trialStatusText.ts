// "Registry status as of <date>" for the trial card, the tumour-board list and the printed
// summary: one wording everywhere, the date in the active language, a month-only date as a month.
import { parseStatusDate, type StatusDate, type Trial } from '@/trials'
import { formatIsoDate, formatIsoMonth } from '@/i18n/format'
import type { Lng } from '@/i18n/languages'

type T = (key: string, params: { date: string }) => string

export const formatStatusDate = (date: StatusDate, lng: Lng): string =>
  (date.precision === 'month' ? formatIsoMonth(date.iso, lng) : formatIsoDate(date.iso, lng)) ?? date.iso

/** The status date in words, or, for a trial that never had a registry status, the day its data were compiled. */
export function statusAsOfText(trial: Trial, lng: Lng, t: T): string {
  const asOf = trial.recruitment.statusAsOf === null ? null : parseStatusDate(trial.recruitment.statusAsOf)
  return asOf
    ? t('trialsPanel.statusAsOf', { date: formatStatusDate(asOf, lng) })
    : t('trialsPanel.noStatusDate', { date: formatIsoDate(trial.dataCompiled, lng) ?? trial.dataCompiled })
}

export const registryRecordUrl = (nct: string): string => `https://clinicaltrials.gov/study/${nct}`
