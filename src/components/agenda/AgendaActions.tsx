import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { agendaLink, startMeeting, useAgendaStore } from '@/state/agenda'

/** Start the meeting, copy the agenda link, print the agenda, or clear it (after a confirmation). */
export function AgendaActions() {
  const { t } = useTranslation('views')
  const count = useAgendaStore((s) => s.cases.length)
  const clear = useAgendaStore((s) => s.clear)
  const requestPrint = useAgendaStore((s) => s.requestPrint)
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  // Where the clipboard is refused, the link is shown to copy by hand.
  const [link, setLink] = useState('')
  const confirm = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const copy = async () => {
    const text = await agendaLink()
    try {
      await navigator.clipboard.writeText(text)
      setCopied('copied')
    } catch {
      setLink(text)
      setCopied('failed')
    }
  }
  if (!count) return null
  return (
    <div className="agenda-actions">
      <button type="button" onClick={() => startMeeting(0)}>
        {t('agenda.start')}
      </button>
      <button type="button" onClick={() => void copy()}>
        {t('agenda.copyLink')}
      </button>
      <button type="button" onClick={requestPrint}>
        {t('agenda.print')}
      </button>
      <button type="button" className="button--quiet" onClick={() => confirm.current?.showModal()}>
        {t('agenda.clear')}
      </button>
      <p className="field__hint agenda-actions__status" aria-live="polite">
        {copied === 'idle' ? '' : t(`agenda.copyStatus.${copied}`)}
      </p>
      {copied === 'failed' ? (
        <label className="field agenda-actions__link">
          {t('agenda.linkField')}
          <input type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
      <dialog ref={confirm} className="values-step agenda-confirm" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('agenda.clearHeading')}</h2>
        <p>{t('agenda.clearText', { n: count })}</p>
        <div className="values-step__actions">
          <button
            type="button"
            onClick={() => {
              clear()
              confirm.current?.close()
            }}
          >
            {t('agenda.clearConfirm')}
          </button>
          <button type="button" className="button--quiet" onClick={() => confirm.current?.close()}>
            {t('agenda.clearCancel')}
          </button>
        </div>
      </dialog>
    </div>
  )
}
