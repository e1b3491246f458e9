// The estimates and the trials panel as one code-split module (they need the engine's public
// face, its source registry and the trial registry), started at start-up beside the engine.
import { lazyModule } from '@/state/lazyModule'
import type * as ResultsViews from './Results'

export const resultsModule = lazyModule<typeof ResultsViews>(() => import('./Results'))
