// PatientInput and its vocabularies: the contract of ../shared/design/ARCHITECTURE.md.
// Kept apart from validate() (input.ts) so that the form, the URL codec and the trial data can
// use the vocabulary without loading the validation library on the first screen.

export const SITE_IDS = ['extremity', 'trunk_wall', 'head_neck', 'retroperitoneum'] as const
export type SiteId = (typeof SITE_IDS)[number]

export const DEPTH_IDS = ['superficial', 'deep'] as const
export type DepthId = (typeof DEPTH_IDS)[number]

/**
 * Sites whose depth is fixed by the site: the retroperitoneum is deep by definition (and Gronchi
 * 2013 has no depth term), so the form does not ask and validate() fills it in.
 */
export const IMPLIED_DEPTH: Readonly<Partial<Record<SiteId, DepthId>>> = { retroperitoneum: 'deep' }

/** Whether the form asks for depth at this site ('' = no site yet: it asks). */
export const asksDepth = (site: string): boolean => !Object.hasOwn(IMPLIED_DEPTH, site)

export const LIMB_IDS = ['upper', 'lower'] as const
export type LimbId = (typeof LIMB_IDS)[number]

export const MARGIN_IDS = ['R0', 'R1', 'R2'] as const
export type MarginId = (typeof MARGIN_IDS)[number]

/** Sex, used only for the population's other-cause mortality (expected-survival.md §3). */
export const SEX_IDS = ['female', 'male'] as const
export type SexId = (typeof SEX_IDS)[number]

/** Whose life table gives the expected survival; absent = 'NLD' (expected-survival.md §3). */
export const POPULATION_IDS = ['NLD', 'GBR'] as const
export type PopulationId = (typeof POPULATION_IDS)[number]

export const GRADES = [1, 2, 3] as const
export type Grade = (typeof GRADES)[number]

export const PERFORMANCE_STATUSES = [0, 1, 2, 3, 4] as const
export type PerformanceStatus = (typeof PERFORMANCE_STATUSES)[number]

/** The ids of ../shared/trials/histology.json (version 1), in its order. */
export const HISTOLOGY_IDS = [
  'well_differentiated_liposarcoma',
  'dedifferentiated_liposarcoma',
  'myxoid_liposarcoma',
  'pleomorphic_liposarcoma',
  'leiomyosarcoma',
  'undifferentiated_pleomorphic_sarcoma',
  'myxofibrosarcoma',
  'synovial_sarcoma',
  'mpnst',
  'solitary_fibrous_tumour',
  'angiosarcoma',
  'epithelioid_sarcoma',
  'clear_cell_sarcoma',
  'alveolar_soft_part_sarcoma',
  'fibrosarcoma',
  'pleomorphic_rhabdomyosarcoma',
  'gist',
  'other',
] as const
export type HistologyId = (typeof HISTOLOGY_IDS)[number]

export type PatientInput = {
  age: number
  sizeCm: number
  depth: DepthId
  histology: HistologyId
  grade: Grade
  site: SiteId
  limb?: LimbId
  expectedMargin?: MarginId
  multifocal?: boolean
  performanceStatus?: PerformanceStatus
  metastatic?: boolean
  resectable?: boolean
  recurrent?: boolean
  priorRadiotherapy?: boolean
  priorChemotherapy?: boolean
  sex?: SexId
  population?: PopulationId
}

/** The optional fields that only trial eligibility uses; absent means "unknown". */
export const TRIAL_FIELD_IDS = [
  'performanceStatus',
  'metastatic',
  'resectable',
  'recurrent',
  'priorRadiotherapy',
  'priorChemotherapy',
] as const satisfies readonly (keyof PatientInput)[]

/** Input limits of the app (not of any model: models warn outside their own ranges). */
export const INPUT_LIMITS = {
  ageYears: { min: 18, max: 100 },
  sizeCm: { minExclusive: 0, max: 100 },
} as const

export type FieldError = { field: keyof PatientInput; code: string }

