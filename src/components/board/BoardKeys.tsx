import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { isTypingTarget } from './keys'

const KEYS = ['b', 'h', 'o', 'f', 'p', 'agenda', 'escape'] as const

/** The "?" list of the board's keys (UX.md §5): each key is also a button on screen. */
export function BoardKeys() {
  const { t } = useTranslation('views')
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target)) ref.current?.showModal()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  return (
    <>
      <button type="button" className="button--quiet" aria-keyshortcuts="Shift+?" onClick={() => ref.current?.showModal()}>
        {t('board.help')} (?)
      </button>
      <dialog ref={ref} className="board__keys" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('board.keysHeading')}</h2>
        <ul>
          {KEYS.map((key) => (
            <li key={key}>{t(`board.keys.${key}`)}</li>
          ))}
        </ul>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('values.cancel')}
        </button>
      </dialog>
    </>
  )
}
