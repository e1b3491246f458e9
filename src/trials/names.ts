// How a trial is named and found wherever the app lists it (cards, the grid, the board, paper,
// the registry check), and which matches a patient could join: one rule each, so the lists agree.
import type { Trial, TrialMatch } from './types'

/** The short name a reader knows the trial by: its acronym, else its short name, else its id. */
export const trialName = (trial: Trial): string => trial.acronym ?? trial.shortName ?? trial.id

/** The registry number that finds the record: ClinicalTrials.gov, else the Dutch register, else EudraCT. */
export const registryIdOf = (trial: Trial): string | null => trial.registryIds.nct ?? trial.registryIds.nl ?? trial.registryIds.eudract ?? null

/** A match the patient could join: eligible, or to confirm with the trial team. */
export const couldJoin = (match: TrialMatch): boolean => match.status === 'eligible' || match.status === 'to_confirm'
