// Each language's translations are separate lazy chunks, so the inactive language never
// weighs on the first load.
import type { Lng, Namespace } from './languages'

type Bundle = Record<string, unknown>
const loaders = import.meta.glob<Bundle>('../../locales/*/*.json', { import: 'default' })

export const loadBundle = async (lng: Lng, ns: Namespace): Promise<Bundle> => {
  const load = loaders[`../../locales/${lng}/${ns}.json`]
  return load ? load() : {}
}
