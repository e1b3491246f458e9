import { useTranslation } from 'react-i18next'
import { useAgendaStore } from '@/state/agenda'
import { useAppStore } from '@/state/store'
import { CasePosition } from './CasePosition'

/**
 * On the consultation screen while a meeting is on: which agenda case this is, and the way back
 * to the board at the same case, with the form as it is now (a change made here shows on the
 * board too, but is not written into the agenda).
 */
export function AgendaReturn() {
  const { t } = useTranslation('views')
  const active = useAgendaStore((s) => s.active && s.cases.length > 0)
  const end = useAgendaStore((s) => s.end)
  const setMode = useAppStore((s) => s.setMode)
  if (!active) return null
  return (
    <nav className="notice agenda-return" aria-label={t('agenda.heading')}>
      <CasePosition className="agenda-return__position" />
      <p className="field__hint">{t('agenda.returnHint')}</p>
      <div className="agenda-return__actions">
        <button type="button" onClick={() => setMode('projector')}>
          {t('agenda.backToBoard')}
        </button>
        <button type="button" className="button--quiet" onClick={() => setMode('agenda')}>
          {t('agenda.viewAgenda')}
        </button>
        <button type="button" className="button--quiet" onClick={end}>
          {t('agenda.end')}
        </button>
      </div>
    </nav>
  )
}
