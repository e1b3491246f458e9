/** The default horizon: 5 years, the one every site's evidence supports (UX.md §1). */
export const DEFAULT_HORIZON_YEARS = 5

/** The user's horizon if the evidence supports it for this patient, else 5 years, else the first offered. */
export const chooseHorizon = (supported: readonly number[], chosen: number | null): number => {
  if (chosen !== null && supported.includes(chosen)) return chosen
  if (supported.includes(DEFAULT_HORIZON_YEARS)) return DEFAULT_HORIZON_YEARS
  return supported[0] ?? DEFAULT_HORIZON_YEARS
}
