// Kattan 2002 (MSKCC) postoperative nomogram: 12-year sarcoma-specific survival, exact Cox model.
// Source: ../shared/evidence/extremity.md §3a. Coefficients and baselines [T] from the public
// Cleveland Clinic calculator source; app-to-model mappings [I] (project team).

import type { HistologyId, LimbId, SiteId } from '../input'
import type { Sourced } from './evidence'

const SERVER_R =
  'ClevelandClinicQHS/riskcalc-website: SarcomaPredictingPostOp12YearDiseaseSpecificMortality/server.R at commit 1938c144090ae42c3a315c749aae543dd90b5776'

function coef(value: number, what: string, scale: 'coef' | 'baseline' | 'knot' = 'coef'): Sourced {
  return { value, scale, source: 'kattan2002_formula', locator: `${SERVER_R} (${what})`, tags: ['T'] }
}

export const KATTAN_CONSTANT: Sourced = coef(-0.12440647, 'constant')

/** f(age) = b1 x + sum_k c_k max(x - knot_k, 0)^3, x = ln(age): restricted cubic spline. */
export const KATTAN_AGE_SPLINE = {
  linear: coef(0.29697501, 'age spline, linear term in ln(age)'),
  cubic: [
    { knot: coef(3.2833593, 'age spline knot 1 (26.67 y)', 'knot'), coef: coef(0.4606532, 'age spline cubic term 1') },
    { knot: coef(3.925628, 'age spline knot 2 (50.68 y)', 'knot'), coef: coef(-1.2313568, 'age spline cubic term 2') },
    { knot: coef(4.3095151, 'age spline knot 3 (74.40 y)', 'knot'), coef: coef(0.77070362, 'age spline cubic term 3') },
  ],
} as const

export const KATTAN_SIZE_CATEGORIES = ['le5', 'gt5_le10', 'gt10'] as const
export type KattanSizeCategory = (typeof KATTAN_SIZE_CATEGORIES)[number]

/** Upper inclusive limits of the size categories: 5.0 -> <= 5; 10.0 -> 5-10 ([I] boundary rule). */
export const KATTAN_SIZE_LIMITS_CM = {
  le5: { value: 5, scale: 'limit', source: 'kattan2002_mapping', locator: 'extremity.md §3a, input coding (5.0 included in <= 5 cm)', tags: ['I'] },
  gt5_le10: { value: 10, scale: 'limit', source: 'kattan2002_mapping', locator: 'extremity.md §3a, input coding (10.0 included in 5-10 cm)', tags: ['I'] },
} as const satisfies Record<string, Sourced>

export const KATTAN_SIZE: Readonly<Record<KattanSizeCategory, Sourced>> = {
  le5: coef(-0.73661411, 'size <= 5 cm'),
  gt5_le10: coef(0, 'size 5-10 cm, reference'),
  gt10: coef(0.43366449, 'size > 10 cm'),
}

export const KATTAN_DEPTH = {
  superficial: coef(-0.48941318, 'depth superficial'),
  deep: coef(0, 'depth deep, reference'),
} as const satisfies Record<string, Sourced>

export const KATTAN_SITES = ['upper_extremity', 'lower_extremity', 'trunk', 'head_neck'] as const
export type KattanSite = (typeof KATTAN_SITES)[number]

export const KATTAN_SITE: Readonly<Record<KattanSite, Sourced>> = {
  upper_extremity: coef(-1.0290006, 'site upper extremity'),
  lower_extremity: coef(-0.92503872, 'site lower extremity'),
  trunk: coef(-0.50206697, 'site thoracic or trunk'),
  head_neck: coef(0, 'site head and neck, reference'),
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

export const KATTAN_HISTOLOGY: Readonly<Record<KattanHistology, Sourced>> = {
  liposarcoma: coef(-0.44073869, 'histology liposarcoma'),
  leiomyosarcoma: coef(-0.095052484, 'histology leiomyosarcoma'),
  mfh: coef(-0.24425099, 'histology MFH'),
  synovial: coef(0.081272466, 'histology synovial'),
  mpnt: coef(0.56271564, 'histology MPNT'),
  fibrosarcoma: coef(-1.1026615, 'histology fibrosarcoma'),
  other: coef(0, 'histology other, reference'),
}

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

/** Grade is a stratum with its own 12-year baseline; FNCLCC 1 -> low, 2-3 -> high is [I]. */
export const KATTAN_BASELINE_S12 = {
  low: coef(0.8373887, 'S0 at 12 years, low-grade stratum', 'baseline'),
  high: coef(0.5875453, 'S0 at 12 years, high-grade stratum', 'baseline'),
} as const

export const KATTAN_HORIZON_YEARS = 12

/** Ages of the published nomogram's axis (warn outside) and of the calculator (refuse outside). */
export const KATTAN_AGE_RANGES = {
  nomogramAxis: {
    min: { value: 16, scale: 'limit', source: 'kattan2002_formula', locator: 'warnings.md §1, Kattan 2002 age axis 16-90', tags: ['T'] },
    max: { value: 90, scale: 'limit', source: 'kattan2002_formula', locator: 'warnings.md §1, Kattan 2002 age axis 16-90', tags: ['T'] },
  },
  calculator: {
    min: { value: 10, scale: 'limit', source: 'kattan2002_formula', locator: 'riskcalc-website ui.R input range 10-100 (warnings.md §1)', tags: ['T'] },
    max: { value: 100, scale: 'limit', source: 'kattan2002_formula', locator: 'riskcalc-website ui.R input range 10-100 (warnings.md §1)', tags: ['T'] },
  },
} as const satisfies Record<string, { min: Sourced; max: Sourced }>

