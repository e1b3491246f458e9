import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLng } from '@/i18n/sharedTranslation'
import { useAgendaStore } from '@/state/agenda'
import { useEngine } from '@/state/engine'
import { inputParts } from '../board/inputParts'

type Focus = { index: number; action: 'up' | 'down' | 'remove' } | null

/**
 * The agenda's cases, one line each (label and inputs), in meeting order; each can move up or
 * down or be removed. After a move, focus stays on the same button of the moved case, so the
 * keyboard can keep moving it.
 */
export function AgendaList() {
  const { t } = useTranslation()
  const lng = useLng()
  const engine = useEngine()
  const cases = useAgendaStore((s) => s.cases)
  const move = useAgendaStore((s) => s.move)
  const remove = useAgendaStore((s) => s.remove)
  const list = useRef<HTMLOListElement>(null)
  const [focus, setFocus] = useState<Focus>(null)
  useEffect(() => {
    if (!focus) return
    const at = Math.min(focus.index, cases.length - 1)
    // The same button, even when it is now at an end (aria-disabled keeps it focusable and announced).
    list.current?.querySelector<HTMLButtonElement>(`[data-case="${at}"] [data-action="${focus.action}"]`)?.focus()
  }, [focus, cases])
  const summary = (index: number): string => {
    const item = cases[index]
    const derived = item && engine ? engine.deriveFromFields(item.scenario.fields) : null
    if (!derived) return t('app.loading')
    return derived.kind === 'ready' ? inputParts(derived.input, t, lng).join(' · ') : t('views:agenda.incomplete')
  }
  const act = (index: number, action: 'up' | 'down' | 'remove') => {
    if (action === 'remove') remove(index)
    else move(index, action === 'up' ? -1 : 1)
    setFocus({ index: action === 'remove' ? index : index + (action === 'up' ? -1 : 1), action })
  }
  return (
    <ol className="agenda-list" ref={list}>
      {cases.map((item, index) => {
        const n = index + 1
        const name = item.label || t('views:agenda.caseN', { n })
        return (
          // Position is the identity: cases have no id, and the list is short.
          <li key={index} className="agenda-case" data-case={index}>
            <p className="agenda-case__text">
              <strong className="agenda-label">{name}</strong> – <span className="agenda-case__inputs">{summary(index)}</span>
            </p>
            <div className="agenda-case__actions">
              <button type="button" className="button--quiet" data-action="up" aria-disabled={index === 0 || undefined} aria-label={t('views:agenda.moveUp', { n, name })} onClick={() => index > 0 && act(index, 'up')}>
                ↑ {t('views:agenda.up')}
              </button>
              <button
                type="button"
                className="button--quiet"
                data-action="down"
                aria-disabled={index === cases.length - 1 || undefined}
                aria-label={t('views:agenda.moveDown', { n, name })}
                onClick={() => index < cases.length - 1 && act(index, 'down')}
              >
                ↓ {t('views:agenda.down')}
              </button>
              <button type="button" className="button--quiet" data-action="remove" aria-label={t('views:agenda.remove', { n, name })} onClick={() => act(index, 'remove')}>
                {t('views:agenda.removeShort')}
              </button>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
