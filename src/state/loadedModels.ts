// Model files a clinic loaded in this browser: kept in localStorage until removed, never sent
// anywhere. The store holds the file text and the day it was checked; the engine chunk parses
// (and re-checks) the text before any figure uses it (derive.ts, loadedModelsFrom).
import { create } from 'zustand'
import { readStoredList, writeStoredList } from './storedList'

export type StoredModel = {
  /** The model's id, as the file states it (checked by parseModelFile when it was loaded). */
  id: string
  /** The file's JSON text. */
  text: string
  /** The day its reference cases were checked, YYYY-MM-DD. */
  checkedOn: string
}

const STORAGE_KEY = 'sts-decision-aid.models.v1'
/** Stored files in total, in characters: well below any browser's localStorage quota. */
const MAX_STORED_CHARS = 3_000_000

const isStored = (x: unknown): x is StoredModel => {
  if (!x || typeof x !== 'object') return false
  const r = x as Record<string, unknown>
  return typeof r.id === 'string' && /^[a-z0-9_]{3,64}$/.test(r.id) && typeof r.text === 'string' && typeof r.checkedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.checkedOn)
}

/** What this browser holds; unreadable storage reads as none. */
export const readStoredModels = (): StoredModel[] => readStoredList(STORAGE_KEY, isStored)

/** Saves the list; false when the browser refuses (quota, private mode). */
const writeStoredModels = (models: StoredModel[]): boolean => writeStoredList(STORAGE_KEY, models, MAX_STORED_CHARS)

export type ModelStoreState = {
  models: StoredModel[]
  /** Adds (or replaces, by id) a checked model; false when it could not be kept in this browser. */
  add: (model: StoredModel) => boolean
  remove: (id: string) => void
}

export const useModelStore = create<ModelStoreState>()((set, get) => ({
  models: readStoredModels(),
  add: (model) => {
    const models = [...get().models.filter((m) => m.id !== model.id), model]
    const kept = writeStoredModels(models)
    set({ models })
    return kept
  },
  remove: (id) => {
    const models = get().models.filter((m) => m.id !== id)
    writeStoredModels(models)
    set({ models })
  },
}))

// Another tab loading or removing a model: this tab follows.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY) useModelStore.setState({ models: readStoredModels() })
  })
}

export const selectStoredModels = (s: ModelStoreState): StoredModel[] => s.models
