// The URL-hash codec (zod) as its own chunk, loaded by useHashSync after the first screen, and
// at once beside React when the page opens with a shared scenario (src/app/main.ts). A module
// of its own so that the entry imports this loader, not the codec: the first screen neither
// counts nor prefetches zod.
export const loadScenarioCodec = () => import('./urlHash')
