// What the consultation screen and the app shell show of the agenda, as one code-split module
// (src/views/agendaModule.ts): the agenda's store and its controls stay out of the initial
// JavaScript (issue 8's budget); they load once the first screen is live.
export { AgendaAdd } from './AgendaAdd'
export { AgendaPrintGate } from './AgendaPrintGate'
export { AgendaReturn } from './AgendaReturn'
