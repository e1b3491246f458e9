import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppFooter } from '@/components/AppFooter'
import { AppHeader } from '@/components/AppHeader'
import { useHashSync } from '@/state/useHashSync'
import { useAppStore } from '@/state/store'
import { useBoardShortcut } from '@/components/board/useBoardShortcut'
import { Consultation } from '@/views/Consultation'
import { AgendaPrintSlot } from '@/views/AgendaPrintSlot'
import { PrintSlot } from '@/views/PrintSlot'
import { UpdatePrompt } from '@/views/UpdatePrompt'

const AboutModel = lazy(() => import('@/views/AboutModel').then((m) => ({ default: m.AboutModel })))
const AgendaView = lazy(() => import('@/views/AgendaView').then((m) => ({ default: m.AgendaView })))
const Projector = lazy(() => import('@/views/Projector').then((m) => ({ default: m.Projector })))
// The values step opens only from "Print summary": its code is fetched when idle, not counted
// in the first screen's JavaScript, and mounted the first time it is asked for.
const ValuesStep = lazy(() => import('@/views/ValuesStep').then((m) => ({ default: m.ValuesStep })))

/** Composes the views; all state lives in the store, all numbers come from the engine. */
export function App() {
  const { t } = useTranslation()
  useHashSync()
  useBoardShortcut()
  const mode = useAppStore((s) => s.mode)
  const [valuesStep, setValuesStep] = useState(false)
  const [valuesStepUsed, setValuesStepUsed] = useState(false)
  const openValuesStep = () => {
    setValuesStepUsed(true)
    setValuesStep(true)
  }
  if (mode === 'projector') {
    return (
      <>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <Projector />
        </Suspense>
        <PrintSlot />
        <AgendaPrintSlot />
      </>
    )
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <UpdatePrompt />
      <AppHeader onPrint={openValuesStep} />
      <main id="main" tabIndex={-1}>
        {mode === 'about' || mode === 'agenda' ? (
          <Suspense fallback={<p>{t('app.loading')}</p>}>{mode === 'about' ? <AboutModel /> : <AgendaView />}</Suspense>
        ) : (
          <Consultation />
        )}
      </main>
      <AppFooter />
      {valuesStepUsed ? (
        <Suspense fallback={null}>
          <ValuesStep open={valuesStep} onClose={() => setValuesStep(false)} />
        </Suspense>
      ) : null}
      <PrintSlot wanted={valuesStep} />
      <AgendaPrintSlot />
    </>
  )
}
