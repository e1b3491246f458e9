// The engine (model, trial registry, validation) is its own chunk: the form paints with React
// and i18n alone, and the engine, loading beside them, answers within milliseconds.
import type * as Derive from './derive'
import { lazyModule } from './lazyModule'

const engine = lazyModule<typeof Derive>(() => import('./derive'))

export const loadEngine = engine.load
/** The engine module once loaded, else null (and loading starts). */
export const useEngine = engine.use
