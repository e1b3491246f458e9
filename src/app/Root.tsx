import { StrictMode, useEffect } from 'react'
import type { i18n as I18n } from 'i18next'
import { I18nextProvider } from 'react-i18next'
import { SharedTranslationProvider } from '@/i18n/sharedTranslation'
import { App } from './App'

type Props = { i18n: I18n; onMounted?: () => void }

/** The whole tree, the same in the browser and in the build's prerender of the first screen. */
export function Root({ i18n, onMounted }: Props) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SharedTranslationProvider>
          <App />
          <Mounted onMounted={onMounted} />
        </SharedTranslationProvider>
      </I18nextProvider>
    </StrictMode>
  )
}

/** Reports once React has committed the tree (after hydration, the screen is live). */
function Mounted({ onMounted }: { onMounted?: (() => void) | undefined }) {
  useEffect(() => onMounted?.(), [onMounted])
  return null
}
