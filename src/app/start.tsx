// The app proper, loaded by main.tsx once the prerendered first screen is on screen.
import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { toLng } from '@/i18n/languages'
import { initI18n } from '@/i18n/setup'
import { loadEngine } from '@/state/engine'
import { resultsModule } from '@/views/resultsModule'
import { Root } from './Root'

// The engine and the results views load beside the translations, not after the first render.
void loadEngine()
void resultsModule.load()
void import('@/state/urlHash')
const i18n = await initI18n()
const container = document.getElementById('root')
if (container) {
  const lng = toLng(i18n.language)
  // The build put the first screen in #root (src/app/prerender.tsx), in the language of
  // data-shell, inert until React owns it so nothing typed into it is lost.
  const app = <Root i18n={i18n} onMounted={() => container.removeAttribute('inert')} />
  const prerendered = container.dataset.shell === lng
  document.documentElement.removeAttribute('data-shell-swap')
  if (prerendered) {
    // Hydration adopts the painted screen; as a transition it yields to the browser every few
    // milliseconds instead of holding the main thread for the whole tree.
    startTransition(() => {
      hydrateRoot(container, app)
    })
  } else {
    // Another language than the prerender (or a development build without one): render
    // afresh; React clears the container when it commits.
    createRoot(container).render(app)
  }
}
