import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { SharedTranslationProvider } from '@/i18n/sharedTranslation'
import { EMPTY_SCENARIO } from '@/state/urlHash'
import { loadEngine } from '@/state/engine'
import { agendaModule } from '@/views/agendaModule'
import { resultsModule } from '@/views/resultsModule'
import { useAppStore } from '@/state/store'
import { createTestI18n } from './i18nForTests'

/** Renders with a real i18next (missing keys throw) and a fresh store. */
export const renderWithI18n = async (ui: ReactElement, lng: 'en' | 'nl' = 'en'): Promise<RenderResult> => {
  useAppStore.setState({ ...EMPTY_SCENARIO, mode: 'consult', iconStyle: 'squares', boardOptions: [], hashStatus: 'empty' })
  const i18n = await createTestI18n(lng)
  // The engine, the results chunk and the agenda's controls load lazily in the app; tests start
  // with them in place (a module fetched mid-test is transformed then, which on a busy machine
  // can outlast a test's wait for what it is about).
  await Promise.all([loadEngine(), resultsModule.load(), agendaModule.load()])
  return render(
    <I18nextProvider i18n={i18n}>
      <SharedTranslationProvider>{ui}</SharedTranslationProvider>
    </I18nextProvider>,
  )
}
