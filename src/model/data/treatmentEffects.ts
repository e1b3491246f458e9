// Treatment-effect rules per option, outcome and baseline model.
// Source: ../shared/evidence/treatment-effects.md (§1 rules, §2 RPS, §3.0 Kattan options).
// S_option(t) = S_ref(t) ^ HR; the band is the curve recomputed at the ratio's limits.

import type { OptionId, OutcomeId } from '../types'
import type { Missing, Sourced } from './evidence'

export type EffectRule =
  | { readonly kind: 'reference' }
  /** A ratio applied to the baseline, with its CI limits recomputed into the band. */
  | {
      readonly kind: 'ratio'
      readonly ratio: Sourced
      readonly bandLower: Sourced
      readonly bandUpper: Sourced
      /** The trial's published estimate behind the engine's ratio (About view). */
      readonly published: Sourced
    }
  /** "HR 1 by rule": randomised trials showed no effect; no band (treatment-effects.md §1). */
  | { readonly kind: 'no_effect_by_rule'; readonly ratio: Sourced; readonly evidence: readonly string[] }
  | Missing

export type BaselineModel = 'gronchi2013' | 'kattan2002'

function strass(value: number, locator: string, extra: Partial<Sourced> = {}): Sourced {
  return { value, scale: 'HR', source: 'strass', locator, tags: ['P'], ...extra }
}

const STRASS_OS = 'treatment-effects.md §2, STRASS OS HR 1.16 (0.65-2.05); Bonvalot 2020'
const STRASS_ARFS = 'treatment-effects.md §2, STRASS ARFS HR 1.01 (0.71-1.44), p = 0.95; Bonvalot 2020'

const RPS_PREOP_RT_OS: EffectRule = {
  kind: 'ratio',
  // HR 1 because STRASS showed no OS difference; its CI (centred on 1.16) is the band.
  ratio: strass(1, `${STRASS_OS}; engine ratio HR 1, label "no proven benefit"`, { tags: ['P', 'I'] }),
  bandLower: strass(0.65, STRASS_OS),
  bandUpper: strass(2.05, STRASS_OS),
  published: strass(1.16, STRASS_OS, { lower: 0.65, upper: 2.05 }),
}

const RPS_PREOP_RT_DFS: EffectRule = {
  kind: 'ratio',
  // ARFS is not the nomogram's DFS: using its ratio for DFS is an [I] step.
  ratio: strass(1, `${STRASS_ARFS}; engine ratio HR 1; ARFS used for DFS`, { tags: ['P', 'I'] }),
  bandLower: strass(0.71, STRASS_ARFS, { tags: ['P', 'I'] }),
  bandUpper: strass(1.44, STRASS_ARFS, { tags: ['P', 'I'] }),
  published: strass(1.01, STRASS_ARFS, { lower: 0.71, upper: 1.44 }),
}

const STRASS2_GAP: Missing = {
  kind: 'missing',
  reason: 'no_efficacy_data_trial_ongoing',
  source: 'strass2',
  locator: 'treatment-effects.md §2, neoadjuvant chemotherapy row (STRASS-2, NCT04031677, recruiting)',
}

const KATTAN_RT_RULE: EffectRule = {
  kind: 'no_effect_by_rule',
  ratio: {
    value: 1,
    scale: 'HR',
    source: 'beane2014',
    locator:
      'treatment-effects.md §3.0: RT options HR 1 by rule (NCI 10-y OS 82% vs 77%, p = 0.22; MSKCC 5-y SSS 84% vs 81%, p = 0.65; SR2 5-y OS 73% vs 67%, p = 0.48)',
    tags: ['P', 'S', 'I'],
  },
  evidence: ['beane2014', 'pisters1996', 'sr2_asco2004'],
}

const KATTAN_CHEMO_GAP: Missing = {
  kind: 'missing',
  reason: 'effect_not_validated_on_model_scale',
  source: 'eortc62931',
  locator: 'treatment-effects.md §3.0, neoadjuvant chemotherapy row (no validated rule on the Kattan scale)',
}

type RuleTable = Partial<Record<OptionId, Partial<Record<OutcomeId, EffectRule>>>>

/** Outcomes absent from a table row are not modelled by that baseline (the engine says why). */
export const EFFECT_RULES: Readonly<Record<BaselineModel, RuleTable>> = {
  gronchi2013: {
    surgery_alone: { overall_survival: { kind: 'reference' }, disease_free_survival: { kind: 'reference' } },
    preop_rt_conventional: { overall_survival: RPS_PREOP_RT_OS, disease_free_survival: RPS_PREOP_RT_DFS },
    neoadjuvant_chemo: { overall_survival: STRASS2_GAP, disease_free_survival: STRASS2_GAP },
  },
  kattan2002: {
    surgery_alone: { sarcoma_specific_survival: { kind: 'reference' } },
    preop_rt_conventional: { sarcoma_specific_survival: KATTAN_RT_RULE },
    preop_rt_hypofractionated: { sarcoma_specific_survival: KATTAN_RT_RULE },
    postop_rt: { sarcoma_specific_survival: KATTAN_RT_RULE },
    neoadjuvant_chemo: { sarcoma_specific_survival: KATTAN_CHEMO_GAP },
  },
}
