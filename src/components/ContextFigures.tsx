import { useTranslation } from 'react-i18next'
import type { Prediction } from '@/model'
import { formatPercent } from '@/i18n/format'
import { useLng } from '@/i18n/useLng'
import { SourceRef } from './SourceRef'

/**
 * Group-level trial results: what trials found on average in their own populations. Kept apart
 * from the personal estimates and plainly labelled, never styled like one.
 */
export function ContextFigures({ prediction }: { prediction: Prediction }) {
  const { t } = useTranslation()
  const lng = useLng()
  const withContext = prediction.options.filter((o) => o.context.length > 0)
  if (!withContext.length) return null
  const pct = (v: number) => formatPercent(v, lng) ?? t('figure.notAvailable')
  return (
    <section className="context" aria-labelledby="context-heading">
      <h3 id="context-heading">{t('context.heading')}</h3>
      <p className="panel__lead">{t('context.lead')}</p>
      {withContext.map((option) => (
        <div key={option.id} className="context__option">
          <h4>{t(`engine:option.${option.id}.name`)}</h4>
          <ul>
            {option.context.map((c, i) => (
              <li key={`${c.source}-${c.outcome}-${c.years}-${i}`}>
                {t('context.figure', {
                  outcome: t(`engine:outcome.${c.outcome}.name`),
                  count: c.years,
                  value: pct(c.value),
                })}
                {c.lower !== undefined && c.upper !== undefined ? ` ${t('context.range', { lower: pct(c.lower), upper: pct(c.upper) })}` : ''}
                {c.arm ? ` — ${t(`engine:arm.${c.arm}`)}` : ''}. {t(`engine:population.${c.population}`)} <SourceRef id={c.source} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
