import { useTranslation } from 'react-i18next'
import type { Warning } from '@/model'

/** Every warning, notes included: paper cannot open a "more" toggle, and warnings must reach paper (UX.md §1). */
export function PrintWarnings({ warnings }: { warnings: Warning[] }) {
  const { t } = useTranslation()
  if (!warnings.length) return null
  const text = (w: Warning) => t(`engine:warning.${w.code}`, w.params ?? {})
  const warn = warnings.filter((w) => w.severity !== 'info')
  const info = warnings.filter((w) => w.severity === 'info')
  return (
    <section className="p-warnings">
      {warn.length ? (
        <>
          <h2>{t('warnings.heading')}</h2>
          <ul>
            {warn.map((w) => (
              <li key={w.code + JSON.stringify(w.params ?? {})}>
                <strong aria-hidden="true">! </strong>
                {text(w)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {info.length ? (
        <>
          <h2>{t('views:print.notesHeading')}</h2>
          <ul className="p-warnings__info">
            {info.map((w) => (
              <li key={w.code + JSON.stringify(w.params ?? {})}>{text(w)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
