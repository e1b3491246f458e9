/** The engine's data version, shown on screen and on paper so a model change is never silent (UX.md §10). */
export const MODEL_VERSION = '2026.11-1'
