// The build renders the first screen (empty form, before any engine answer) to HTML in both
// languages (vite.config.ts, plugin "prerender-first-screen"). The page paints from that HTML
// before any script has run; React then hydrates it (src/app/main.ts). Runs in Node at build
// time only: nothing here ships to the browser.
import { renderToString } from 'react-dom/server'
import { createI18n } from '@/i18n/setup'
import type { Lng } from '@/i18n/languages'
import { Root } from './Root'

/** The first screen in one language, as the browser's first render produces it. */
export async function renderFirstScreen(lng: Lng): Promise<string> {
  const i18n = await createI18n(lng)
  return renderToString(<Root i18n={i18n} />)
}
