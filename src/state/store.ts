// One small store: the inputs as typed, and how they are viewed. Predictions are derived
// (usePrediction), never stored, so they cannot go stale.
import { create } from 'zustand'
import type { OptionId } from '@/model/types'
import { EMPTY_FIELDS, type Fields } from './fields'
import { EMPTY_SCENARIO, type DecodedHash, type Scenario, type ValueId } from './scenario'

export type ViewMode = 'consult' | 'about' | 'projector' | 'agenda'
export type IconStyle = 'squares' | 'people'

export type AppState = {
  fields: Fields
  horizonYears: number | null
  values: ValueId[]
  mode: ViewMode
  iconStyle: IconStyle
  /** Options chosen for the tumour-board columns; empty = the first ones that apply. */
  boardOptions: OptionId[]
  hashStatus: DecodedHash['status']
  /** Ids of the model files that were loaded where the open link was made. */
  linkModels: string[]
  setField: (field: keyof Fields, value: string) => void
  setHorizon: (years: number) => void
  toggleValue: (value: ValueId) => void
  setMode: (mode: ViewMode) => void
  setIconStyle: (style: IconStyle) => void
  setBoardOptions: (options: OptionId[]) => void
  loadScenario: (decoded: DecodedHash) => void
  dismissHashStatus: () => void
  clear: () => void
}

export const useAppStore = create<AppState>()((set) => ({
  fields: EMPTY_FIELDS,
  horizonYears: null,
  values: [],
  mode: 'consult',
  iconStyle: 'squares',
  boardOptions: [],
  hashStatus: 'empty',
  linkModels: [],
  setField: (field, value) => set((s) => ({ fields: { ...s.fields, [field]: value } })),
  setHorizon: (horizonYears) => set({ horizonYears }),
  toggleValue: (value) => set((s) => ({ values: s.values.includes(value) ? s.values.filter((v) => v !== value) : [...s.values, value] })),
  setMode: (mode) => set({ mode }),
  setIconStyle: (iconStyle) => set({ iconStyle }),
  setBoardOptions: (boardOptions) => set({ boardOptions }),
  loadScenario: ({ status, scenario, models }) => set({ ...scenario, hashStatus: status, linkModels: models ?? [] }),
  dismissHashStatus: () => set({ hashStatus: 'empty', linkModels: [] }),
  clear: () => set({ ...EMPTY_SCENARIO, hashStatus: 'empty' }),
}))

export const selectFields = (s: AppState): Fields => s.fields
export const selectScenario = (s: AppState): Scenario => ({ fields: s.fields, horizonYears: s.horizonYears, values: s.values })
