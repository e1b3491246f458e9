// Kattan 2002 (MSKCC) postoperative nomogram: 12-year sarcoma-specific survival, exact Cox model.
// Source: ../shared/evidence/extremity.md §3a. Coefficients and baselines [T] from the public
// Cleveland Clinic calculator source; app-to-model mappings [I] (project team).

// The model's numbers live in src/model/models/kattan2002_sss.json (the engine evaluates that
// file); this module gives each one its source, locator and tag, and holds the app-to-Kattan
// mapping flags that drive the warnings.

import type { HistologyId, LimbId, SiteId } from '../input'
import { HISTOLOGY_IDS } from '../vocabulary'
import { KATTAN2002_SSS, builtInTerm } from '../builtins'
import type { Sourced } from './evidence'

const M = KATTAN2002_SSS
const AGE = builtInTerm(M, 'age', 'spline')
const SIZE = builtInTerm(M, 'sizeCm', 'bands')
const DEPTH = builtInTerm(M, 'depth', 'levels').levels
const SITE = builtInTerm(M, 'site', 'levels').levels
const LIMB = builtInTerm(M, 'limb', 'levels').levels
const HISTOLOGY = builtInTerm(M, 'histology', 'levels').levels
const num = (x: number | undefined): number => {
  if (x === undefined) throw new Error('kattan2002_sss.json: a coefficient is missing')
  return x
}
const stratum = (grade: string): number => num(M.strata?.levels[grade]?.[0]?.value)

const SERVER_R =
  'ClevelandClinicQHS/riskcalc-website: SarcomaPredictingPostOp12YearDiseaseSpecificMortality/server.R at commit 1938c144090ae42c3a315c749aae543dd90b5776'

function coef(value: number, what: string, scale: 'coef' | 'baseline' | 'knot' = 'coef'): Sourced {
  return { value, scale, source: 'kattan2002_formula', locator: `${SERVER_R} (${what})`, tags: ['T'] }
}

export const KATTAN_CONSTANT: Sourced = coef(-(M.centre ?? 0), 'constant')

/** f(age) = b1 x + sum_k c_k max(x - knot_k, 0)^3, x = ln(age): restricted cubic spline. */
export const KATTAN_AGE_SPLINE = {
  linear: coef(AGE.linear, 'age spline, linear term in ln(age)'),
  cubic: AGE.knots.map((knot, i) => ({
    knot: coef(knot, `age spline knot ${i + 1} (${Math.exp(knot).toFixed(2)} y)`, 'knot'),
    coef: coef(num(AGE.coefs[i]), `age spline cubic term ${i + 1}`),
  })),
} as const

export const KATTAN_SIZE_CATEGORIES = ['le5', 'gt5_le10', 'gt10'] as const
export type KattanSizeCategory = (typeof KATTAN_SIZE_CATEGORIES)[number]

/** Upper inclusive limits of the size categories: 5.0 -> <= 5; 10.0 -> 5-10 ([I] boundary rule). */
export const KATTAN_SIZE_LIMITS_CM = {
  le5: { value: num(SIZE.bands[0]?.upTo), scale: 'limit', source: 'kattan2002_mapping', locator: 'extremity.md §3a, input coding (5.0 included in <= 5 cm)', tags: ['I'] },
  gt5_le10: { value: num(SIZE.bands[1]?.upTo), scale: 'limit', source: 'kattan2002_mapping', locator: 'extremity.md §3a, input coding (10.0 included in 5-10 cm)', tags: ['I'] },
} as const satisfies Record<string, Sourced>

export const KATTAN_SIZE: Readonly<Record<KattanSizeCategory, Sourced>> = {
  le5: coef(num(SIZE.bands[0]?.value), 'size <= 5 cm'),
  gt5_le10: coef(num(SIZE.bands[1]?.value), 'size 5-10 cm, reference'),
  gt10: coef(num(SIZE.bands[2]?.value), 'size > 10 cm'),
}

export const KATTAN_DEPTH = {
  superficial: coef(num(DEPTH.superficial), 'depth superficial'),
  deep: coef(num(DEPTH.deep), 'depth deep, reference'),
} as const satisfies Record<string, Sourced>

export const KATTAN_SITES = ['upper_extremity', 'lower_extremity', 'trunk', 'head_neck'] as const
export type KattanSite = (typeof KATTAN_SITES)[number]

export const KATTAN_SITE: Readonly<Record<KattanSite, Sourced>> = {
  upper_extremity: coef(num(LIMB.upper), 'site upper extremity'),
  lower_extremity: coef(num(LIMB.lower), 'site lower extremity'),
  trunk: coef(num(SITE.trunk_wall), 'site thoracic or trunk'),
  head_neck: coef(num(SITE.head_neck), 'site head and neck, reference'),
}

/**
 * App site (+ limb) -> Kattan site. An unknown limb scores as lower extremity, the higher-risk
 * of the two, and the engine warns (extremity.md §3a). Retroperitoneum never reaches Kattan.
 */
export function kattanSite(site: Exclude<SiteId, 'retroperitoneum'>, limb: LimbId | undefined): KattanSite {
  if (site === 'trunk_wall') return 'trunk'
  if (site === 'head_neck') return 'head_neck'
  return limb === 'upper' ? 'upper_extremity' : 'lower_extremity'
}

/** Lower vs upper limb hazard ratio, named in the limb-assumed warning ([I], exp of the difference). */
export const LOWER_VS_UPPER_LIMB_HR: Sourced = {
  value: 1.11,
  scale: 'HR',
  source: 'kattan2002_mapping',
  locator: 'extremity.md §3a, input coding (lower vs upper HR 1.110)',
  tags: ['I'],
}

export const KATTAN_HISTOLOGIES = ['liposarcoma', 'leiomyosarcoma', 'mfh', 'synovial', 'mpnt', 'fibrosarcoma', 'other'] as const
export type KattanHistology = (typeof KATTAN_HISTOLOGIES)[number]


/** How sure the app-to-Kattan mapping is; drives the histology warnings (warnings.md §1, §3). */
export type KattanMappingFlag = 'exact' | 'single_liposarcoma_class' | 'uncertain' | 'pooled_other'

export const KATTAN_HISTOLOGY_MAP: Readonly<Record<HistologyId, { readonly level: KattanHistology; readonly flag: KattanMappingFlag }>> = {
  well_differentiated_liposarcoma: { level: 'liposarcoma', flag: 'single_liposarcoma_class' },
  dedifferentiated_liposarcoma: { level: 'liposarcoma', flag: 'single_liposarcoma_class' },
  myxoid_liposarcoma: { level: 'liposarcoma', flag: 'single_liposarcoma_class' },
  pleomorphic_liposarcoma: { level: 'liposarcoma', flag: 'single_liposarcoma_class' },
  leiomyosarcoma: { level: 'leiomyosarcoma', flag: 'exact' },
  undifferentiated_pleomorphic_sarcoma: { level: 'mfh', flag: 'exact' },
  myxofibrosarcoma: { level: 'mfh', flag: 'uncertain' },
  synovial_sarcoma: { level: 'synovial', flag: 'exact' },
  mpnst: { level: 'mpnt', flag: 'exact' },
  fibrosarcoma: { level: 'fibrosarcoma', flag: 'exact' },
  solitary_fibrous_tumour: { level: 'other', flag: 'pooled_other' },
  angiosarcoma: { level: 'other', flag: 'pooled_other' },
  epithelioid_sarcoma: { level: 'other', flag: 'pooled_other' },
  clear_cell_sarcoma: { level: 'other', flag: 'pooled_other' },
  alveolar_soft_part_sarcoma: { level: 'other', flag: 'pooled_other' },
  pleomorphic_rhabdomyosarcoma: { level: 'other', flag: 'pooled_other' },
  gist: { level: 'other', flag: 'pooled_other' },
  other: { level: 'other', flag: 'pooled_other' },
}

const HISTOLOGY_LABEL: Readonly<Record<KattanHistology, string>> = {
  liposarcoma: 'histology liposarcoma',
  leiomyosarcoma: 'histology leiomyosarcoma',
  mfh: 'histology MFH',
  synovial: 'histology synovial',
  mpnt: 'histology MPNT',
  fibrosarcoma: 'histology fibrosarcoma',
  other: 'histology other, reference',
}

/** A Kattan level's coefficient: the file's value for an app histology mapped to it (all agree). */
export const KATTAN_HISTOLOGY: Readonly<Record<KattanHistology, Sourced>> = Object.fromEntries(
  KATTAN_HISTOLOGIES.map((level) => {
    const id = HISTOLOGY_IDS.find((h) => KATTAN_HISTOLOGY_MAP[h].level === level) as HistologyId
    return [level, coef(num(HISTOLOGY[id]), HISTOLOGY_LABEL[level])]
  }),
) as Record<KattanHistology, Sourced>

/** Grade is a stratum with its own 12-year baseline; FNCLCC 1 -> low, 2-3 -> high is [I]. */
export const KATTAN_BASELINE_S12 = {
  low: coef(stratum('1'), 'S0 at 12 years, low-grade stratum', 'baseline'),
  high: coef(stratum('3'), 'S0 at 12 years, high-grade stratum', 'baseline'),
} as const

export const KATTAN_HORIZON_YEARS = M.strata?.levels['3']?.[0]?.years ?? 12

/** Ages of the published nomogram's axis (warn outside) and of the calculator (refuse outside). */
export const KATTAN_AGE_RANGES = {
  nomogramAxis: {
    min: { value: 16, scale: 'limit', source: 'kattan2002_formula', locator: 'warnings.md §1, Kattan 2002 age axis 16-90', tags: ['T'] },
    max: { value: 90, scale: 'limit', source: 'kattan2002_formula', locator: 'warnings.md §1, Kattan 2002 age axis 16-90', tags: ['T'] },
  },
  calculator: {
    min: { value: num(M.population.age?.min), scale: 'limit', source: 'kattan2002_formula', locator: 'riskcalc-website ui.R input range 10-100 (warnings.md §1)', tags: ['T'] },
    max: { value: num(M.population.age?.max), scale: 'limit', source: 'kattan2002_formula', locator: 'riskcalc-website ui.R input range 10-100 (warnings.md §1)', tags: ['T'] },
  },
} as const satisfies Record<string, { min: Sourced; max: Sourced }>

