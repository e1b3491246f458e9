import { memo } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { Warning } from '@/model'

const sameParams = (a: Warning['params'], b: Warning['params']): boolean =>
  a === b || (a !== undefined && b !== undefined && Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, value]) => b[key] === value))

/** Each keystroke brings a new list; the words change only when a warning does. */
const sameWarnings = (a: { warnings: Warning[] }, b: { warnings: Warning[] }): boolean =>
  a.warnings.length === b.warnings.length &&
  a.warnings.every((w, i) => {
    const v = b.warnings[i]
    return v !== undefined && w.code === v.code && w.severity === v.severity && sameParams(w.params, v.params)
  })

/** The engine's warnings above the results: where the patient lies outside a model's data or population. */
export const WarningList = memo(function WarningList({ warnings }: { warnings: Warning[] }) {
  const t = useCachedT()
  const warn = warnings.filter((w) => w.severity !== 'info')
  const info = warnings.filter((w) => w.severity === 'info')
  if (!warnings.length) return null
  return (
    <section className="warnings" aria-labelledby="warnings-heading">
      <h3 id="warnings-heading">{t('warnings.heading')}</h3>
      {warn.length ? (
        <ul className="warnings__list">
          {warn.map((w) => (
            <li key={w.code + JSON.stringify(w.params ?? {})} className="warning">
              <span className="warning__icon" aria-hidden="true">!</span> {t(`engine:warning.${w.code}`, w.params ?? {})}
            </li>
          ))}
        </ul>
      ) : null}
      {info.length ? (
        <details className="warnings__info">
          <summary>{t('warnings.info', { count: info.length })}</summary>
          <ul>
            {info.map((w) => (
              <li key={w.code + JSON.stringify(w.params ?? {})}>{t(`engine:warning.${w.code}`, w.params ?? {})}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  )
}, sameWarnings)
