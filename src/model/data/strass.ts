// STRASS arm by arm: the group results of the retroperitoneal options, each arm beside the arm it
// was compared with (preoperative 50.4 Gy / 28 fractions then surgery vs surgery alone, 133
// patients per arm). `context` figures, never the patient's estimate. Read in a journal summary
// of the Lancet Oncology paper (ASCO Post, 2020-10-10 [S]); the order of the arms there matches
// the published medians (4.5 vs 5.0 years ARFS). Source: ../shared/evidence/treatment-effects.md
// §2 "STRASS arm by arm".

import type { OptionId } from '../types'
import { comparison, type ContextRecord } from './context'

const LOC = 'treatment-effects.md §2 STRASS arm by arm; ASCO Post 2020-10-10'
const STRASS = { source: 'strass', via: 'ascopost2020_strass', tags: ['S'], population: 'strass_trial' } as const

// Abdominal recurrence-free survival: the trial's primary end point, free of recurrence or
// progression in the abdomen (an event-free share, shown under "tumour back").
const [ARFS3_RT, ARFS3_SURGERY] = comparison(
  { ...STRASS, outcome: 'local_recurrence', years: 3, endpoint: 'abdominal_recurrence_free_survival' },
  { arm: 'preop_rt_arm', value: 0.587, locator: `${LOC}, 3-y abdominal recurrence-free survival RT + surgery` },
  { arm: 'surgery_alone_arm', value: 0.604, locator: `${LOC}, 3-y abdominal recurrence-free survival surgery alone` },
)
const [MFS3_RT, MFS3_SURGERY] = comparison(
  { ...STRASS, outcome: 'distant_metastasis', years: 3, endpoint: 'metastasis_free_survival' },
  { arm: 'preop_rt_arm', value: 0.682, locator: `${LOC}, 3-y metastasis-free survival RT + surgery` },
  { arm: 'surgery_alone_arm', value: 0.683, locator: `${LOC}, 3-y metastasis-free survival surgery alone` },
)
const [OS3_RT, OS3_SURGERY] = comparison(
  { ...STRASS, outcome: 'overall_survival', years: 3 },
  { arm: 'preop_rt_arm', value: 0.84, locator: `${LOC}, 3-y overall survival RT + surgery` },
  { arm: 'surgery_alone_arm', value: 0.846, locator: `${LOC}, 3-y overall survival surgery alone` },
)
const [OS5_RT, OS5_SURGERY] = comparison(
  { ...STRASS, outcome: 'overall_survival', years: 5 },
  { arm: 'preop_rt_arm', value: 0.767, locator: `${LOC}, 5-y overall survival RT + surgery` },
  { arm: 'surgery_alone_arm', value: 0.794, locator: `${LOC}, 5-y overall survival surgery alone` },
)

/**
 * Per retroperitoneal option, its STRASS arm, the tumour coming back first. Neoadjuvant
 * chemotherapy has no trial result yet (STRASS-2 is running).
 */
export const STRASS_CONTEXT: Readonly<Partial<Record<OptionId, readonly ContextRecord[]>>> = {
  surgery_alone: [ARFS3_SURGERY, MFS3_SURGERY, OS3_SURGERY, OS5_SURGERY],
  preop_rt_conventional: [ARFS3_RT, MFS3_RT, OS3_RT, OS5_RT],
}
