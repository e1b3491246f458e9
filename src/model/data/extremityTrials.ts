// Group-level trial results per option for extremity, trunk wall and head and neck: `context`
// figures, never the patient's estimate (treatment-effects.md §3.0-3.1, extremity.md §3b).
// Each figure is the result of the trial arm that received the option.

import type { OptionId } from '../types'
import { comparison, record, type ContextRecord } from './context'

const E3B = 'extremity.md §3b'
// In the NCI trial, high-grade patients of both arms also had adjuvant chemotherapy (harms.md §1).
const NCI = { source: 'beane2014', tags: ['P'], population: 'nci_rct_limb_sparing', caveats: ['high_grade_arms_had_chemotherapy'] } as const
const YANG = { source: 'yang1998', via: 'nci_pdq', tags: ['S'], population: 'nci_rct_limb_sparing', endpoint: 'local_recurrence_events_up_to' } as const
const PISTERS = { source: 'pisters1996', via: 'nci_pdq', tags: ['S'], population: 'mskcc_brachytherapy_rct' } as const
const SR2 = { source: 'sr2', via: 'sr2_asco2004', tags: ['S'], population: 'ncic_sr2_rct' } as const
const E62874 = { source: 'eortc62874', via: 'nci_pdq', tags: ['S'], population: 'eortc62874_rct' } as const
const E62931 = { source: 'eortc62931', via: 'nci_pdq', tags: ['S'], population: 'eortc62931_rct' } as const

// Yang 1998 reports counts up to 12 years; the proportion is the count over the arm ([I] arithmetic).
const YANG_SURGERY = { numerator: 17, denominator: 71 }
const YANG_RT = { numerator: 1, denominator: 70 }

const [NCI_LR_SURGERY, NCI_LR_RT] = comparison(
  { ...YANG, outcome: 'local_recurrence', years: 12 },
  { ...YANG_SURGERY, arm: 'surgery_alone_arm', value: YANG_SURGERY.numerator / YANG_SURGERY.denominator, locator: `${E3B}, NCI Yang 1998 via PDQ, LR up to 12 y 17/71`, tags: ['S', 'I'] },
  { ...YANG_RT, arm: 'postop_rt_arm', value: YANG_RT.numerator / YANG_RT.denominator, locator: `${E3B}, NCI Yang 1998 via PDQ, LR up to 12 y 1/70`, tags: ['S', 'I'] },
)
const [NCI_OS10_SURGERY, NCI_OS10_RT] = comparison(
  { ...NCI, outcome: 'overall_survival', years: 10 },
  { arm: 'surgery_alone_arm', value: 0.77, lower: 0.66, upper: 0.85, locator: `${E3B}, NCI Beane 2014, 10-y OS surgery alone` },
  { arm: 'postop_rt_arm', value: 0.82, lower: 0.72, upper: 0.9, locator: `${E3B}, NCI Beane 2014, 10-y OS postop EBRT` },
)
const [NCI_OS20_SURGERY, NCI_OS20_RT] = comparison(
  { ...NCI, outcome: 'overall_survival', years: 20 },
  { arm: 'surgery_alone_arm', value: 0.64, lower: 0.52, upper: 0.75, locator: `${E3B}, NCI Beane 2014, 20-y OS surgery alone` },
  { arm: 'postop_rt_arm', value: 0.71, lower: 0.59, upper: 0.81, locator: `${E3B}, NCI Beane 2014, 20-y OS postop EBRT` },
)
// The brachytherapy arms are no option of the app: only the surgery-alone arm is shown, beside them.
const [PISTERS_LR_SURGERY] = comparison(
  { ...PISTERS, outcome: 'local_recurrence', years: 5 },
  { arm: 'surgery_alone_arm', value: 0.31, locator: `${E3B}, MSKCC Pisters 1996 via PDQ, 5-y LR no brachytherapy` },
  { arm: 'brachytherapy_arm', value: 0.18, locator: `${E3B}, MSKCC Pisters 1996 via PDQ, 5-y LR brachytherapy` },
)
const [PISTERS_SSS_SURGERY] = comparison(
  { ...PISTERS, outcome: 'sarcoma_specific_survival', years: 5 },
  { arm: 'surgery_alone_arm', value: 0.81, locator: `${E3B}, MSKCC Pisters 1996 via PDQ, 5-y SSS no brachytherapy` },
  { arm: 'brachytherapy_arm', value: 0.84, locator: `${E3B}, MSKCC Pisters 1996 via PDQ, 5-y SSS brachytherapy` },
)
const [SR2_LC_PREOP, SR2_LC_POSTOP] = comparison(
  { ...SR2, outcome: 'local_recurrence', years: 5, endpoint: 'local_control' },
  { arm: 'preop_rt_arm', value: 0.93, locator: `${E3B}, NCIC SR2 (ASCO 2004 update), 5-y local control preop 50 Gy/25` },
  { arm: 'postop_rt_arm', value: 0.92, locator: `${E3B}, NCIC SR2 (ASCO 2004 update), 5-y local control postop 66 Gy/33` },
)
const [SR2_OS_PREOP, SR2_OS_POSTOP] = comparison(
  { ...SR2, outcome: 'overall_survival', years: 5 },
  { arm: 'preop_rt_arm', value: 0.73, locator: `${E3B}, NCIC SR2 (ASCO 2004 update), 5-y OS preop` },
  { arm: 'postop_rt_arm', value: 0.67, locator: `${E3B}, NCIC SR2 (ASCO 2004 update), 5-y OS postop` },
)
const [E62874_DFS_CHEMO, E62874_DFS_SURGERY] = comparison(
  { ...E62874, outcome: 'disease_free_survival', years: 5 },
  { arm: 'chemotherapy_arm', value: 0.56, locator: `${E3B}, EORTC 62874 via PDQ, 5-y DFS neoadjuvant AI x 3` },
  { arm: 'surgery_alone_arm', value: 0.52, locator: `${E3B}, EORTC 62874 via PDQ, 5-y DFS surgery alone` },
)
const [E62874_OS_CHEMO, E62874_OS_SURGERY] = comparison(
  { ...E62874, outcome: 'overall_survival', years: 5 },
  { arm: 'chemotherapy_arm', value: 0.65, locator: `${E3B}, EORTC 62874 via PDQ, 5-y OS neoadjuvant AI x 3` },
  { arm: 'surgery_alone_arm', value: 0.64, locator: `${E3B}, EORTC 62874 via PDQ, 5-y OS surgery alone` },
)
const [E62931_OS_CHEMO, E62931_OS_OBSERVATION] = comparison(
  { ...E62931, outcome: 'overall_survival', years: 5, caveats: ['adjuvant_not_neoadjuvant'] },
  { arm: 'chemotherapy_arm', value: 0.665, lower: 0.588, upper: 0.73, locator: `${E3B}, EORTC 62931 via PDQ, 5-y OS adjuvant AI` },
  { arm: 'observation_arm', value: 0.678, lower: 0.603, upper: 0.742, locator: `${E3B}, EORTC 62931 via PDQ, 5-y OS observation` },
)

/**
 * Per option, its trial arms: the first record is the headline result (what the option is for,
 * or for surgery alone the best-known comparison it was part of); single-arm studies carry no
 * comparator.
 */
export const EXTREMITY_CONTEXT: Readonly<Record<OptionId, readonly ContextRecord[]>> = {
  surgery_alone: [NCI_LR_SURGERY, NCI_OS10_SURGERY, NCI_OS20_SURGERY, PISTERS_LR_SURGERY, PISTERS_SSS_SURGERY, E62874_DFS_SURGERY, E62874_OS_SURGERY, E62931_OS_OBSERVATION],
  preop_rt_conventional: [SR2_LC_PREOP, SR2_OS_PREOP],
  preop_rt_hypofractionated: [
    record({ source: 'hyport_sts', tags: ['P'], population: 'hyport_sts_single_arm', outcome: 'local_recurrence', years: 4, value: 0.93, endpoint: 'local_recurrence_free_survival', locator: `${E3B}, HYPORT-STS 42.75 Gy/15, 4-y LRFS`, arm: 'single_arm', caveats: ['nearest_published_schedule', 'single_arm'] }),
    record({ source: 'kosela_paterczyk2014', tags: ['P'], population: 'warsaw_5x5_single_arm', outcome: 'overall_survival', years: 3, value: 0.72, locator: `${E3B}, Kosela-Paterczyk 2014 5 x 5 Gy, 3-y OS`, arm: 'single_arm', caveats: ['different_schedule_5x5', 'single_arm'] }),
  ],
  postop_rt: [NCI_LR_RT, NCI_OS10_RT, NCI_OS20_RT, SR2_LC_POSTOP, SR2_OS_POSTOP],
  neoadjuvant_chemo: [E62874_DFS_CHEMO, E62874_OS_CHEMO, E62931_OS_CHEMO],
}
