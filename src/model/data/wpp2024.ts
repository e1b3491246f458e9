// Expected survival of the general population: UN World Population Prospects 2024, central death
// rates mx by 5-year age group, period 2025-2030 (medium-variant projection), for the Netherlands
// and the United Kingdom, men, women and both sexes. Values exactly as printed in the R package
// wpp2024 (PPgp/wpp2024), files data-raw/mxM5.txt, mxF5.txt, mxB5.txt, commit
// bac89293562767ff8510144974fd888e25bc7ee7 (2024-11-26), as extracted in
// ../shared/evidence/data/wpp2024-mx5-nld-gbr.json; use: ../shared/evidence/expected-survival.md §2 [P].
// Source: United Nations, DESA, Population Division. World Population Prospects 2024.
// Licence: Creative Commons Attribution 3.0 IGO (CC BY 3.0 IGO). The package README calls these
// 5-year tables "not official UN datasets" (legacy 5-year periods provided by the Population Division).

import type { Tag } from './evidence'

import type { PopulationId } from '../vocabulary'

export type LifeTablePopulation = PopulationId
export type LifeTableSex = 'female' | 'male' | 'both'

/** The attribution line the licence asks for (shown in the About view). */
export const WPP2024_ATTRIBUTION = 'Source: United Nations, DESA, Population Division. World Population Prospects 2024.'
export const WPP2024_LICENCE = 'CC BY 3.0 IGO'

/** The period used for every horizon: a period life table, so a result never depends on the date. */
export const WPP2024_PERIOD = '2025-2030'

/**
 * Start of each age group in years: [0,1), [1,5), [5,10), ..., [95,100), [100, infinity).
 * The last group is open.
 */
export const WPP2024_AGE_GROUP_STARTS: readonly number[] = [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100]

export type MxTable = {
  readonly population: LifeTablePopulation
  readonly sex: LifeTableSex
  /** mx per age group (deaths per person-year), same order as WPP2024_AGE_GROUP_STARTS. */
  readonly mx: readonly number[]
  readonly source: 'wpp2024'
  readonly locator: string
  readonly tags: readonly Tag[]
}

const FILES: Record<LifeTableSex, string> = { male: 'mxM5.txt', female: 'mxF5.txt', both: 'mxB5.txt' }
const UN_CODE: Record<LifeTablePopulation, number> = { NLD: 528, GBR: 826 }

const table = (population: LifeTablePopulation, sex: LifeTableSex, mx: readonly number[]): MxTable => ({
  population,
  sex,
  mx,
  source: 'wpp2024',
  locator: `wpp2024 data-raw/${FILES[sex]}, country code ${UN_CODE[population]} (${population}), period ${WPP2024_PERIOD}, ages 0 to 100+`,
  tags: ['P'],
})

export const WPP2024_MX: Readonly<Record<LifeTablePopulation, Readonly<Record<LifeTableSex, MxTable>>>> = {
  NLD: {
    female: table('NLD', 'female', [0.00258274, 9.94e-05, 4.9e-05, 4.683e-05, 0.00011887, 0.00014692, 0.00019704, 0.0002934, 0.00041769, 0.0006966, 0.00117663, 0.00209192, 0.00351493, 0.00559448, 0.00831899, 0.01319558, 0.02287569, 0.04524019, 0.09528949, 0.18883846, 0.3321621, 0.52346662]),
    male: table('NLD', 'male', [0.00301832, 0.00011726, 4.457e-05, 6.88e-05, 0.00020123, 0.00032101, 0.00037697, 0.00046565, 0.00062367, 0.00096136, 0.00153475, 0.00260107, 0.00448296, 0.00754813, 0.01197788, 0.01972454, 0.03403516, 0.06532123, 0.12675443, 0.22808308, 0.3705009, 0.54696371]),
    both: table('NLD', 'both', [0.00280619, 0.00010854, 4.673e-05, 5.808e-05, 0.00016096, 0.00023547, 0.00028816, 0.00038051, 0.00052195, 0.00082998, 0.00135568, 0.00234495, 0.00399779, 0.00656751, 0.01012478, 0.01637273, 0.02817668, 0.0542735, 0.10801693, 0.20217583, 0.3424289, 0.52841056]),
  },
  GBR: {
    female: table('GBR', 'female', [0.00298049, 0.00012804, 5.634e-05, 6.605e-05, 0.00015079, 0.00019823, 0.00027124, 0.00042636, 0.00067504, 0.00101738, 0.00156826, 0.00234416, 0.00358043, 0.00564281, 0.0086688, 0.01432615, 0.02551912, 0.04766156, 0.09238464, 0.17259614, 0.2956082, 0.46686529]),
    male: table('GBR', 'male', [0.00363464, 0.00014483, 6.41e-05, 8.803e-05, 0.00027976, 0.00047609, 0.00059863, 0.00081778, 0.00115128, 0.00171041, 0.00248847, 0.003547, 0.00539089, 0.00854919, 0.01322327, 0.02125093, 0.03667257, 0.06493414, 0.11797059, 0.21241453, 0.34724871, 0.51937809]),
    both: table('GBR', 'both', [0.00331621, 0.00013665, 6.032e-05, 7.732e-05, 0.00021682, 0.00034042, 0.00043931, 0.00062641, 0.00091417, 0.00136037, 0.0020232, 0.00294115, 0.00445452, 0.00702904, 0.0108417, 0.01757099, 0.0306882, 0.05530639, 0.10298977, 0.18737495, 0.31119903, 0.47850785]),
  },
}
