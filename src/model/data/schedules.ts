// Treatment schedules of each option, per site: the doses the option's evidence comes from.
// The UI prints them through `schedule.<code>` with these numbers as params.
// Sources: ../shared/evidence/treatment-effects.md §2 (STRASS, STRASS-2), §3.1 (SR2, SCOPES), §4 (ISG-STS 1001).

import type { Sourced } from './evidence'

export type Schedule = {
  /** Translated under `schedule.<code>`. */
  readonly code: string
  readonly params: Readonly<Record<string, Sourced>>
}

function dose(value: number, source: string, locator: string): Sourced {
  return { value, scale: 'limit', source, locator, tags: ['P'] }
}

const STRASS_LOC = 'treatment-effects.md §2, STRASS preop RT 50.4 Gy / 28 x 1.8 Gy'
const SR2_PRE = 'treatment-effects.md §3.1 / harms.md §1: SR2 preop 50 Gy / 25 fractions'
const SR2_POST = 'treatment-effects.md §3.1 / harms.md §1: SR2 postop 66 Gy / 33 fractions'
const SCOPES_LOC = 'treatment-effects.md §3.1: SCOPES NCT04425967, 14 x 3 Gy arm'
const ISG_LOC = 'treatment-effects.md §4, reference regimen (ISG-STS 1001 standard arm)'
const STRASS2_LOC = 'treatment-effects.md §2, STRASS-2 regimens'

export const SCHEDULES = {
  surgery: { code: 'surgery', params: {} },
  rps_preop_rt: {
    code: 'rt_preop',
    params: {
      totalGy: dose(50.4, 'strass', STRASS_LOC),
      fractions: dose(28, 'strass', STRASS_LOC),
      fractionGy: dose(1.8, 'strass', STRASS_LOC),
    },
  },
  ext_preop_rt_conventional: {
    code: 'rt_preop',
    params: {
      totalGy: dose(50, 'sr2', SR2_PRE),
      fractions: dose(25, 'sr2', SR2_PRE),
      fractionGy: dose(2, 'sr2', SR2_PRE),
    },
  },
  ext_preop_rt_hypofractionated: {
    code: 'rt_preop',
    params: {
      totalGy: dose(42, 'scopes', SCOPES_LOC),
      fractions: dose(14, 'scopes', SCOPES_LOC),
      fractionGy: dose(3, 'scopes', SCOPES_LOC),
    },
  },
  ext_postop_rt: {
    code: 'rt_postop',
    params: {
      totalGy: dose(66, 'sr2', SR2_POST),
      fractions: dose(33, 'sr2', SR2_POST),
      fractionGy: dose(2, 'sr2', SR2_POST),
    },
  },
  ext_neoadjuvant_chemo: {
    code: 'chemo_epirubicin_ifosfamide',
    params: {
      cycles: dose(3, 'isg_sts_1001', ISG_LOC),
      epirubicinMgM2PerDay: dose(60, 'isg_sts_1001', `${ISG_LOC}: epirubicin 60 mg/m2/day days 1-2`),
      ifosfamideGM2PerDay: dose(3, 'isg_sts_1001', `${ISG_LOC}: ifosfamide 3 g/m2/day days 1-3`),
      intervalDays: dose(21, 'isg_sts_1001', `${ISG_LOC}: every 21 days`),
    },
  },
  rps_neoadjuvant_chemo: {
    code: 'chemo_strass2',
    params: {
      cycles: dose(3, 'strass2', `${STRASS2_LOC}: 3 cycles before surgery`),
      doxorubicinMgM2: dose(75, 'strass2', `${STRASS2_LOC}: doxorubicin 75 mg/m2`),
      epirubicinMgM2: dose(120, 'strass2', `${STRASS2_LOC}: or epirubicin 120 mg/m2 (liposarcoma arm)`),
      ifosfamideGM2: dose(9, 'strass2', `${STRASS2_LOC}: ifosfamide 9 g/m2 (liposarcoma arm)`),
      dacarbazineGM2: dose(1, 'strass2', `${STRASS2_LOC}: dacarbazine 1 g/m2 (leiomyosarcoma arm)`),
      intervalWeeks: dose(3, 'strass2', `${STRASS2_LOC}: every 3 weeks`),
    },
  },
} as const satisfies Record<string, Schedule>

export type ScheduleKey = keyof typeof SCHEDULES
