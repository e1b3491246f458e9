// The model-file panel (load, list, remove a clinic's model) as its own code-split module: it sits
// below the results and is not needed to answer the first keystroke, so it stays out of the
// initial JavaScript (issue 8's budget). Loaded models themselves are read by the store at start-up
// (src/state/loadedModels.ts), so figures from them never wait for this panel.
import { lazyModule } from '@/state/lazyModule'
import type * as ModelFiles from '@/components/ModelFiles'

export const modelFilesModule = lazyModule<typeof ModelFiles>(() => import('@/components/ModelFiles'))
