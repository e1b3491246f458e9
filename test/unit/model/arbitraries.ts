// The shared generators live in test/support; re-exported for the engine tests.
export { arbAge, arbInput, arbSite, arbSize } from '../../support/arbitraries'
