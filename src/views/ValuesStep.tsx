import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { valuesForSite } from '@/components/print/values'
import { useAppStore } from '@/state/store'
// The print styles load with the first screen: the hidden summary must never flash into view.

type Props = { open: boolean; onClose: () => void }

/**
 * The optional "what matters to you" step before printing (IPDAS values clarification). The
 * ticks live in the store, so the share link keeps them; they change no estimate and are
 * printed beside the options. A native modal dialog: focus is held inside, Esc closes it, and
 * focus goes back to the button that opened it.
 */
export function ValuesStep({ open, onClose }: Props) {
  const { t } = useTranslation('views')
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const leadId = useId()
  const site = useAppStore((s) => s.fields.site)
  const values = useAppStore((s) => s.values)
  const toggleValue = useAppStore((s) => s.toggleValue)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const print = () => {
    ref.current?.close()
    // Printing after the dialog has gone keeps it out of the browser's print snapshot.
    window.requestAnimationFrame(() => window.print())
  }

  return (
    <dialog ref={ref} className="values-step" aria-labelledby={headingId} aria-describedby={leadId} onClose={onClose}>
      <h2 id={headingId}>{t('values.heading')}</h2>
      <p id={leadId}>{t('values.lead')}</p>
      <fieldset className="values-step__choices">
        <legend>{t('values.legend')}</legend>
        {valuesForSite(site).map((id) => (
          <label key={id} className="values-step__choice">
            <input type="checkbox" checked={values.includes(id)} onChange={() => toggleValue(id)} />
            <span>{t(`values.item.${id}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="values-step__actions">
        <button type="button" onClick={print}>
          {t('values.print')}
        </button>
        <button type="button" className="button--quiet" onClick={() => ref.current?.close()}>
          {t('values.cancel')}
        </button>
      </div>
    </dialog>
  )
}
