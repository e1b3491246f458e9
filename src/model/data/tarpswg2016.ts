// TARPSWG cohort averages for primary retroperitoneal sarcoma (1,007 patients, 8 centres,
// 2002-2011): the RPS context for OS, LR and DM, "average of 1,007 patients, not personalised".
// Source: ../shared/evidence/rps-gronchi-2013.md §10; Gronchi A, et al. Ann Surg 2016 [P].

import type { OutcomeId } from '../types'
import type { ContextRecord } from './context'

const LOC = 'rps-gronchi-2013.md §10, TARPSWG context table; Ann Surg 2016;263(5):1002-1009'

// The tumour coming back first, as in every option's trial results (an option without a trial
// result, such as neoadjuvant chemotherapy, then leads with the cohort's local recurrence).
const ROWS: readonly (readonly [OutcomeId, number, number, number, number])[] = [
  ['local_recurrence', 5, 0.259, 0.231, 0.291],
  ['local_recurrence', 8, 0.313, 0.278, 0.351],
  ['local_recurrence', 10, 0.35, 0.305, 0.401],
  ['distant_metastasis', 5, 0.21, 0.184, 0.238],
  ['distant_metastasis', 8, 0.216, 0.19, 0.246],
  ['distant_metastasis', 10, 0.216, 0.19, 0.246],
  ['overall_survival', 5, 0.67, 0.63, 0.70],
  ['overall_survival', 8, 0.56, 0.52, 0.61],
  ['overall_survival', 10, 0.46, 0.40, 0.53],
]

export const TARPSWG_CONTEXT: readonly ContextRecord[] = ROWS.map(([outcome, years, value, lower, upper]) => ({
  outcome,
  years,
  evidence: { value, lower, upper, scale: 'probability', source: 'tarpswg2016', locator: `${LOC} (${outcome}, ${years} y)`, tags: ['P'] },
  population: 'tarpswg_primary_rps',
  arm: 'whole_cohort',
  ...(outcome === 'overall_survival' ? {} : { endpoint: 'crude_cumulative_incidence' }),
}))
