import { agendaModule } from './agendaModule'

/** Where the printed agenda is built while it prints (its code loads after the first screen). */
export function AgendaPrintSlot() {
  const agenda = agendaModule.use()
  return agenda ? <agenda.AgendaPrintGate /> : null
}
