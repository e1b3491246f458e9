import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppFooter } from '@/components/AppFooter'
import { AppHeader } from '@/components/AppHeader'
import { useHashSync } from '@/state/useHashSync'
import { useAppStore } from '@/state/store'
import { useBoardShortcut } from '@/components/board/useBoardShortcut'
import { Consultation } from '@/views/Consultation'
import { PrintSlot } from '@/views/PrintSlot'
import { UpdatePrompt } from '@/views/UpdatePrompt'
import { ValuesStep } from '@/views/ValuesStep'

const AboutModel = lazy(() => import('@/views/AboutModel').then((m) => ({ default: m.AboutModel })))
const Projector = lazy(() => import('@/views/Projector').then((m) => ({ default: m.Projector })))

/** Composes the views; all state lives in the store, all numbers come from the engine. */
export function App() {
  const { t } = useTranslation()
  useHashSync()
  useBoardShortcut()
  const mode = useAppStore((s) => s.mode)
  const [valuesStep, setValuesStep] = useState(false)
  if (mode === 'projector') {
    return (
      <>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <Projector />
        </Suspense>
        <PrintSlot />
      </>
    )
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <UpdatePrompt />
      <AppHeader onPrint={() => setValuesStep(true)} />
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
      <ValuesStep open={valuesStep} onClose={() => setValuesStep(false)} />
      <PrintSlot wanted={valuesStep} />
    </>
  )
}
