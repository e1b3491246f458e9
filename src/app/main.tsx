import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { initI18n } from '@/i18n/setup'
import { loadEngine } from '@/state/engine'
import { resultsModule } from '@/views/resultsModule'
import { App } from './App'
import '@/styles/app.css'

// The engine and the results views load beside the translations, not after the first render.
void loadEngine()
void resultsModule.load()
void import('@/state/urlHash')
const i18n = await initI18n()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  )
}
