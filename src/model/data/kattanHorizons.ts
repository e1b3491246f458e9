// Derived horizons for the Kattan 2002 model: SSS_t = SSS12 ^ r_t, r_t = H0(t) / H0(12).
// The MSKCC baseline shape is not available; r is borrowed from an extremity cohort's curve
// (De Sanctis 2022) plus an assumed 0-0.04/year extra hazard at 10-12 years. Its range is the
// band. Source: ../shared/evidence/extremity.md §3a "Horizons" and §6 [I].

import type { Sourced } from './evidence'

export type HorizonRatio = Sourced & { readonly lower: number; readonly upper: number }

/** The assumption code every derived Kattan point carries (translated under `derived.<code>`). */
export const KATTAN_DERIVED_CODE = 'kattan_time_profile_other_cohort'

export const KATTAN_HORIZON_RATIOS: Readonly<Record<5 | 10, HorizonRatio>> = {
  5: {
    value: 0.61,
    lower: 0.576,
    upper: 0.655,
    scale: 'ratio',
    source: 'kattan2002_horizon_ratios',
    locator: 'extremity.md §3a, Horizons table (r5 = 0.61, range 0.576-0.655)',
    tags: ['I'],
    note: 'Shape from De Sanctis 2022 (H5/H10 = 0.6545); one shape for both grades.',
  },
  10: {
    value: 0.94,
    lower: 0.88,
    upper: 1.0,
    scale: 'ratio',
    source: 'kattan2002_horizon_ratios',
    locator: 'extremity.md §3a, Horizons table (r10 = 0.94, range 0.88-1.00)',
    tags: ['I'],
  },
}
