// The three-valued rule language of ../shared/trials/README.md, section 2.
// One evaluator serves every trial, so a criterion's meaning lives in its data file and can be
// read, tested and audited there instead of in hand-written matcher code.

import type { PatientInput } from '../model/input'

/** A criterion's rule only ever names PatientInput fields; the type enforces it. */
export type RuleField = keyof PatientInput

type ValueOf<F extends RuleField> = NonNullable<PatientInput[F]>

/** Fields that can be ordered (<, <=, >, >=): the numeric ones only, so `site < 3` cannot be written. */
export type NumericField = {
  [F in RuleField]-?: ValueOf<F> extends number ? F : never
}[RuleField]

export type EqualityOp = '==' | '!='
export type OrderOp = '<' | '<=' | '>' | '>='
export type SetOp = 'in' | 'not_in'
export type Op = EqualityOp | OrderOp | SetOp

// Distributed over the fields so that each leaf's value must fit its own field:
// { field: 'site', op: '==', value: 'extremity' } compiles, value: 'arm' does not.
type EqualityLeaf = {
  [F in RuleField]-?: { readonly field: F; readonly op: EqualityOp; readonly value: ValueOf<F> }
}[RuleField]
type SetLeaf = {
  [F in RuleField]-?: {
    readonly field: F
    readonly op: SetOp
    readonly value: readonly ValueOf<F>[]
  }
}[RuleField]
type OrderLeaf = {
  [F in NumericField]-?: { readonly field: F; readonly op: OrderOp; readonly value: number }
}[NumericField]

export type Leaf = EqualityLeaf | SetLeaf | OrderLeaf

/**
 * What only the clinician can judge. A closed list, so a typo in a data file fails to compile and
 * the data test can check every key is used on purpose (README section 2 lists the same keys).
 */
export const CONFIRM_KEYS = [
  'persarc_app_subtype',
  'strass2_lms_grade1_current_protocol',
  'strass2_ddlps_grade2_features',
  'mdm2_cdk4_ihc',
  'prior_systemic_therapy_not_for_this_tumour',
  'cumulative_anthracycline_dose',
  'scopes_recurrence_without_prior_rt',
  'scopes_low_metastatic_burden',
  'scopes2_fit_for_rt_and_surgery',
  'natars_sft_risk_score_6_or_more',
  'natars_prior_anthracycline_ifosfamide_targeted',
  'grade2_counts_as_high_grade',
  'not_nonpleomorphic_rms_or_ewing',
  'life_expectancy_over_2_years',
  'no_systemic_therapy_within_14_days',
] as const
export type ConfirmKey = (typeof CONFIRM_KEYS)[number]

export type Rule =
  | Leaf
  | { readonly all: readonly Rule[] }
  | { readonly any: readonly Rule[] }
  | { readonly not: Rule }
  | { readonly confirm: ConfirmKey }

/** Kleene's three values: `'unknown'` is a missing field, a `confirm` or a null rule. */
export type Truth = boolean | 'unknown'

function evaluateLeaf(leaf: Leaf, input: PatientInput): Truth {
  const actual: unknown = input[leaf.field]
  // An absent optional field means "not filled in", never "no": guessing here would
  // silently exclude (or include) a patient on a question nobody answered.
  if (actual === undefined) return 'unknown'
  switch (leaf.op) {
    case '==':
      return actual === leaf.value
    case '!=':
      return actual !== leaf.value
    case 'in':
      return (leaf.value as readonly unknown[]).includes(actual)
    case 'not_in':
      return !(leaf.value as readonly unknown[]).includes(actual)
    case '<':
      return (actual as number) < leaf.value
    case '<=':
      return (actual as number) <= leaf.value
    case '>':
      return (actual as number) > leaf.value
    case '>=':
      return (actual as number) >= leaf.value
  }
}

/**
 * Evaluates a rule for a patient. `all` is false if any child is false, else unknown if any is
 * unknown; `any` is the mirror image; `not` keeps unknown unknown. Because these are monotone,
 * filling in a missing field can turn unknown into true or false but never flip a decided value,
 * which is what makes "not met" safe to show before the form is complete.
 */
export function evaluate(rule: Rule | null, input: PatientInput): Truth {
  if (rule === null) return 'unknown'
  if ('confirm' in rule) return 'unknown'
  if ('not' in rule) {
    const inner = evaluate(rule.not, input)
    return inner === 'unknown' ? 'unknown' : !inner
  }
  if ('all' in rule) {
    const values = rule.all.map((r) => evaluate(r, input))
    if (values.includes(false)) return false
    return values.includes('unknown') ? 'unknown' : true
  }
  if ('any' in rule) {
    const values = rule.any.map((r) => evaluate(r, input))
    if (values.includes(true)) return true
    return values.includes('unknown') ? 'unknown' : false
  }
  return evaluateLeaf(rule, input)
}

/** Every node of a rule, the rule itself first, depth first. */
export function nodesOf(rule: Rule | null): Rule[] {
  if (rule === null) return []
  if ('not' in rule) return [rule, ...nodesOf(rule.not)]
  if ('all' in rule) return [rule, ...rule.all.flatMap(nodesOf)]
  if ('any' in rule) return [rule, ...rule.any.flatMap(nodesOf)]
  return [rule]
}

const isLeaf = (rule: Rule): rule is Leaf => 'field' in rule

/** Every leaf (field comparison) of a rule: what a criterion reads from the inputs. */
export function leavesOf(rule: Rule | null): Leaf[] {
  return nodesOf(rule).filter(isLeaf)
}

/** Every confirm key of a rule: what a criterion leaves to the clinician. */
export function confirmKeysOf(rule: Rule | null): ConfirmKey[] {
  return nodesOf(rule).flatMap((node) => ('confirm' in node ? [node.confirm] : []))
}

/** The distinct PatientInput fields a rule reads. */
export function fieldsOf(rule: Rule | null): RuleField[] {
  return [...new Set(leavesOf(rule).map((leaf) => leaf.field))]
}
