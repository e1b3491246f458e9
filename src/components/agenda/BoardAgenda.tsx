import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { showCase, useAgendaStore } from '@/state/agenda'
import { useAppStore } from '@/state/store'
import { usePrediction } from '@/state/usePrediction'
import { AgendaAdd } from './AgendaAdd'
import { AgendaNotices } from './AgendaNotices'
import { CasePosition } from './CasePosition'
import { useAgendaKeys } from './useAgendaKeys'

/**
 * The agenda on the board: which case of how many, the previous and next case (buttons and
 * PageUp/PageDown, ← →), the way to the agenda, and "Add to agenda" for the case on the board.
 * The board's own "Back to consultation" opens the case's full consultation, where a bar leads
 * back to the board at the same case (AgendaReturn).
 */
export function BoardAgenda() {
  const { t } = useTranslation('views')
  const active = useAgendaStore((s) => s.active && s.cases.length > 0)
  const position = useAgendaStore((s) => s.position)
  const total = useAgendaStore((s) => s.cases.length)
  const setMode = useAppStore((s) => s.setMode)
  const ready = usePrediction().kind === 'ready'
  const step = useCallback((by: -1 | 1) => {
    const { position: at, cases } = useAgendaStore.getState()
    if (cases[at + by]) showCase(at + by)
  }, [])
  useAgendaKeys(active, step)
  // Esc closes the open "Add to agenda" and stays on the board (elsewhere on the board Esc leaves it).
  const addRef = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const details = addRef.current
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details?.open) return
      event.stopPropagation()
      details.open = false
      details.querySelector('summary')?.focus()
    }
    details?.addEventListener('keydown', onKey)
    return () => details?.removeEventListener('keydown', onKey)
  }, [active])
  const add = (
    <details className="agenda-board__add" ref={addRef}>
      <summary>{t('agenda.add')}</summary>
      <div className="agenda-board__popup">
        <AgendaAdd ready={ready} />
      </div>
    </details>
  )
  if (!active) return add
  // Three parts of the board's header row: the case and the steps beside the title, the ways out
  // before the board's own controls, and any message on a line of its own.
  return (
    <>
      <nav className="agenda-board" aria-label={t('agenda.heading')}>
        <CasePosition className="agenda-board__position" />
        <button type="button" aria-keyshortcuts="PageUp ArrowLeft" aria-disabled={position === 0 || undefined} onClick={() => step(-1)}>
          ← {t('agenda.previous')}
        </button>
        <button type="button" aria-keyshortcuts="PageDown ArrowRight" aria-disabled={position >= total - 1 || undefined} onClick={() => step(1)}>
          {t('agenda.next')} →
        </button>
      </nav>
      <div className="agenda-board__more">
        <button type="button" className="button--quiet" onClick={() => setMode('agenda')}>
          {t('agenda.open', { n: total })}
        </button>
        {add}
      </div>
      <div className="agenda-board__notices">
        <AgendaNotices />
      </div>
    </>
  )
}
