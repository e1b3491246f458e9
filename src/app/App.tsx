import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { AppFooter } from '@/components/AppFooter'
import { AppHeader } from '@/components/AppHeader'
import { useHashSync } from '@/state/useHashSync'
import { useAppStore } from '@/state/store'
import { Consultation } from '@/views/Consultation'

const AboutModel = lazy(() => import('@/views/AboutModel').then((m) => ({ default: m.AboutModel })))

/** Composes the views; all state lives in the store, all numbers come from the engine. */
export function App() {
  const { t } = useTranslation()
  useHashSync()
  const mode = useAppStore((s) => s.mode)
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <AppHeader onPrint={() => window.print()} />
      <main id="main" tabIndex={-1}>
        {mode === 'about' ? (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <AboutModel />
          </Suspense>
        ) : (
          <Consultation />
        )}
      </main>
      <AppFooter />
    </>
  )
}
