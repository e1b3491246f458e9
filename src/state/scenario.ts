// The scenario a link carries: the form, the horizon and what matters to the patient. Kept apart
// from the codec (urlHash.ts, which needs zod) so the first screen can start without it.
import { EMPTY_FIELDS, type Fields } from './fields'

export const VALUE_IDS = ['live_longest', 'keep_limb_function', 'avoid_wound_problems', 'fewer_hospital_visits', 'join_trial', 'avoid_chemotherapy_side_effects'] as const
export type ValueId = (typeof VALUE_IDS)[number]

export type Scenario = { fields: Fields; horizonYears: number | null; values: ValueId[] }
/** `models`: ids of the model files loaded where the link was made (the link never carries a model). */
export type DecodedHash = { status: 'empty' | 'ok' | 'partial' | 'malformed'; scenario: Scenario; models?: string[] }

export const EMPTY_SCENARIO: Scenario = { fields: EMPTY_FIELDS, horizonYears: null, values: [] }
