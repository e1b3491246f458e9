// The agenda's consultation-screen parts (Add to agenda, the way back to the board, the printed
// agenda) as a code-split module, like the model-file panel: not part of the first screen.
import { lazyModule } from '@/state/lazyModule'
import type * as Consult from '@/components/agenda/consult'

export const agendaModule = lazyModule<typeof Consult>(() => import('@/components/agenda/consult'))
