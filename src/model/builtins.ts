// The engine's own published models, held as `sts-model/1` files (src/model/models/*.json) and
// read through the same parser as a clinic's file: a built-in file that fails its schema or one
// of its reference cases stops the engine from loading rather than showing a wrong figure.

import gronchiOs from './models/gronchi2013_os.json'
import gronchiDfs from './models/gronchi2013_dfs.json'
import kattanSss from './models/kattan2002_sss.json'
import { parseModelFile, type ModelFile } from './modelFile'

function builtIn(raw: unknown): ModelFile {
  const parsed = parseModelFile(raw)
  if (!parsed.ok) throw new Error(`built-in model file refused: ${JSON.stringify(parsed.errors)}`)
  return parsed.model
}

/** Gronchi 2013 (retroperitoneum): 7-year overall and disease-free survival nomograms. */
export const GRONCHI2013_OS: ModelFile = builtIn(gronchiOs)
export const GRONCHI2013_DFS: ModelFile = builtIn(gronchiDfs)
/** Kattan 2002 (other sites): 12-year sarcoma-specific survival, Cox with grade strata. */
export const KATTAN2002_SSS: ModelFile = builtIn(kattanSss)

export const BUILTIN_MODELS: readonly ModelFile[] = [GRONCHI2013_OS, GRONCHI2013_DFS, KATTAN2002_SSS]

/** A term of a built-in model, found by its input (the model's own arithmetic, for tests and warnings). */
export function builtInTerm<T extends ModelFile['terms'][number]['type']>(m: ModelFile, input: string, type: T): Extract<ModelFile['terms'][number], { type: T }> {
  const term = m.terms.find((t) => t.input === input && t.type === type)
  if (!term) throw new Error(`${m.id}: no ${type} term on ${input}`)
  return term as Extract<ModelFile['terms'][number], { type: T }>
}
