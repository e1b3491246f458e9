// The shareable scenario lives in the URL hash, which browsers never send to a server.
// The hash is untrusted input: a pure, versioned codec that never throws. Each field is read on
// its own (a bad value is dropped, the rest kept); an unknown version or an unreadable hash
// gives an empty form and says so.
import { z } from 'zod'
import { DEPTH_IDS, GRADES, HISTOLOGY_IDS, LIMB_IDS, MARGIN_IDS, PERFORMANCE_STATUSES, POPULATION_IDS, SEX_IDS, SITE_IDS } from '@/model/vocabulary'
import { EMPTY_FIELDS, FIELD_IDS, YES_NO, type Fields } from './fields'
import { EMPTY_SCENARIO, VALUE_IDS, type DecodedHash, type Scenario, type ValueId } from './scenario'

export { EMPTY_SCENARIO, VALUE_IDS, type DecodedHash, type Scenario, type ValueId } from './scenario'

// No code generation (see src/model/input.ts): the CSP forbids eval, and this chunk may load first.
z.config({ jitless: true })

/** Version 2 added `sex` and `population`; a version-1 link reads as before (those two unknown). */
export const HASH_VERSION = '2'
const READABLE_VERSIONS: readonly string[] = ['1', HASH_VERSION]
/** The fields a link of each version may carry. */
const V1_FIELDS: readonly (keyof Fields)[] = FIELD_IDS.filter((f) => f !== 'sex' && f !== 'population')

const MAX_HASH_LENGTH = 2000
const decimalText = z.string().max(12).regex(/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/)
const choice = (values: readonly (string | number)[]) => z.enum(values.map(String) as [string, ...string[]])

const FIELD_SCHEMAS: Record<keyof Fields, z.ZodType<string>> = {
  site: choice(SITE_IDS),
  age: decimalText,
  sizeCm: decimalText,
  depth: choice(DEPTH_IDS),
  histology: choice(HISTOLOGY_IDS),
  grade: choice(GRADES),
  limb: choice(LIMB_IDS),
  expectedMargin: choice(MARGIN_IDS),
  multifocal: choice(YES_NO),
  performanceStatus: choice(PERFORMANCE_STATUSES),
  metastatic: choice(YES_NO),
  resectable: choice(YES_NO),
  recurrent: choice(YES_NO),
  priorRadiotherapy: choice(YES_NO),
  priorChemotherapy: choice(YES_NO),
  sex: choice(SEX_IDS),
  population: choice(POPULATION_IDS),
}
const horizonSchema = z.coerce.number().int().min(1).max(30)
const valuesSchema = z.array(z.enum(VALUE_IDS)).max(VALUE_IDS.length)

const modelIdsSchema = z.array(z.string().regex(/^[a-z0-9_]{3,64}$/)).max(20)

/** `models`: ids of the model files loaded on this device, so a reader elsewhere learns what is missing. */
export const encodeHash = (scenario: Scenario, models: readonly string[] = []): string => {
  const params = new URLSearchParams({ v: HASH_VERSION })
  for (const field of FIELD_IDS) if (scenario.fields[field] !== '') params.set(field, scenario.fields[field])
  if (scenario.horizonYears !== null) params.set('h', String(scenario.horizonYears))
  if (scenario.values.length) params.set('values', scenario.values.join('.'))
  if (models.length) params.set('m', models.join('.'))
  return `#${params.toString()}`
}

const safeParams = (hash: string): URLSearchParams | null => {
  try {
    return new URLSearchParams(hash.replace(/^#/, ''))
  } catch {
    return null
  }
}

export const decodeHash = (hash: string): DecodedHash => {
  if (typeof hash !== 'string' || hash.replace(/^#/, '') === '') return { status: 'empty', scenario: EMPTY_SCENARIO }
  if (hash.length > MAX_HASH_LENGTH) return { status: 'malformed', scenario: EMPTY_SCENARIO }
  const params = safeParams(hash)
  const version = params?.get('v')
  if (!params || !version || !READABLE_VERSIONS.includes(version)) return { status: 'malformed', scenario: EMPTY_SCENARIO }
  let dropped = 0
  const fields: Fields = { ...EMPTY_FIELDS }
  for (const field of version === '1' ? V1_FIELDS : FIELD_IDS) {
    const text = params.get(field)
    if (text === null) continue
    const parsed = FIELD_SCHEMAS[field].safeParse(text)
    if (parsed.success) fields[field] = parsed.data
    else dropped += 1
  }
  let horizonYears: number | null = null
  const horizonText = params.get('h')
  if (horizonText !== null) {
    const parsed = horizonSchema.safeParse(horizonText)
    if (parsed.success) horizonYears = parsed.data
    else dropped += 1
  }
  /** A dot-separated list: its distinct items if all are valid, else none (and one drop). */
  const dotList = <T>(key: string, schema: z.ZodType<T[]>): T[] => {
    const text = params.get(key)
    if (text === null) return []
    const parsed = schema.safeParse([...new Set(text.split('.'))])
    if (parsed.success) return parsed.data
    dropped += 1
    return []
  }
  const values: ValueId[] = dotList('values', valuesSchema)
  const models = dotList('m', modelIdsSchema)
  return { status: dropped ? 'partial' : 'ok', scenario: { fields, horizonYears, values }, ...(models.length ? { models } : {}) }
}
