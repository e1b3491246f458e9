// The estimates and the trials panel: one chunk, loaded with the engine after the form has
// painted (they need the engine's public face, its source registry and the trial registry).
export { Comparison } from './Comparison'
export { TrialsPanel } from './TrialsPanel'
