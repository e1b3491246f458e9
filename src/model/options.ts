// Which treatment options apply to a site, in display order, and the schedule and harm set
// each one uses there. RPS: surgery, STRASS preop RT, STRASS-2 chemotherapy
// (treatment-effects.md §2); other sites: the five options of treatment-effects.md §3.

import type { SiteId } from './input'
import type { OptionId } from './types'
import type { HarmSetKey } from './data/harms'
import type { ScheduleKey } from './data/schedules'

export type OptionSpec = { readonly id: OptionId; readonly schedule: ScheduleKey; readonly harms: HarmSetKey }

const RPS_OPTIONS: readonly OptionSpec[] = [
  { id: 'surgery_alone', schedule: 'surgery', harms: 'rps_surgery' },
  { id: 'preop_rt_conventional', schedule: 'rps_preop_rt', harms: 'rps_preop_rt_28x1_8' },
  { id: 'neoadjuvant_chemo', schedule: 'rps_neoadjuvant_chemo', harms: 'rps_neoadj_chemo' },
]

const SOFT_TISSUE_OPTIONS: readonly OptionSpec[] = [
  { id: 'surgery_alone', schedule: 'surgery', harms: 'ext_surgery' },
  { id: 'preop_rt_conventional', schedule: 'ext_preop_rt_conventional', harms: 'ext_preop_rt_25x2' },
  { id: 'preop_rt_hypofractionated', schedule: 'ext_preop_rt_hypofractionated', harms: 'ext_preop_rt_14x3' },
  { id: 'postop_rt', schedule: 'ext_postop_rt', harms: 'ext_postop_rt_33x2' },
  { id: 'neoadjuvant_chemo', schedule: 'ext_neoadjuvant_chemo', harms: 'ext_neoadj_chemo' },
]

export function optionSpecs(site: SiteId): readonly OptionSpec[] {
  return site === 'retroperitoneum' ? RPS_OPTIONS : SOFT_TISSUE_OPTIONS
}

/** The option ids that apply to a site, in display order. */
export function optionsFor(site: SiteId): OptionId[] {
  return optionSpecs(site).map((o) => o.id)
}
