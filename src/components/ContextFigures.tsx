import { useTranslation } from 'react-i18next'
import type { ContextFigure, Prediction } from '@/model'
import { formatPercent } from '@/i18n/format'
import { useLng } from '@/i18n/sharedTranslation'
import { groupContext } from './contextGroups'
import { LazyDetails } from './LazyDetails'
import { SourceRef } from './SourceRef'

function ContextLine({ figure }: { figure: ContextFigure }) {
  const { t } = useTranslation()
  const lng = useLng()
  const pct = (v: number) => formatPercent(v, lng) ?? t('figure.notAvailable')
  const what = figure.endpoint ? t(`engine:endpoint.${figure.endpoint}`) : t(`engine:outcome.${figure.outcome}.name`)
  return (
    <li>
      {t('context.figure', { outcome: what, count: figure.years, value: pct(figure.value) })}
      {figure.lower !== undefined && figure.upper !== undefined ? ` ${t('context.range', { lower: pct(figure.lower), upper: pct(figure.upper) })}` : ''}
      {figure.numerator !== undefined && figure.denominator !== undefined ? ` ${t('harms.counts', { numerator: figure.numerator, denominator: figure.denominator })}` : ''}
      {figure.arm ? ` — ${t(`engine:arm.${figure.arm}`)}` : ''}. {t(`engine:population.${figure.population}`)}
      {figure.caveats?.map((c) => ` ${t(`engine:caveat.${c}`)}`).join('')} <SourceRef id={figure.source} />
    </li>
  )
}

/**
 * Group-level trial results: what trials found on average in their own populations. Kept apart
 * from the personal estimates and plainly labelled, never styled like one.
 */
export function ContextFigures({ prediction }: { prediction: Prediction }) {
  const { t } = useTranslation()
  const groups = groupContext(prediction)
  if (!groups.length) return null
  return (
    <LazyDetails
      className="context"
      summary={
        <>
          <h3 className="context__heading">{t('context.heading')}</h3>
          <span className="context__count">{t('context.count', { count: groups.reduce((n, g) => n + g.figures.length, 0) })}</span>
        </>
      }
    >
      <p className="panel__lead">{t('context.lead')}</p>
      {groups.map((group) => (
        <div key={group.options.join('|')} className="context__option">
          <h4>{group.allOptions ? t('context.allOptions') : group.options.map((o) => t(`engine:option.${o}.name`)).join(', ')}</h4>
          <ul>
            {group.figures.map((figure, i) => (
              <ContextLine key={`${figure.source}-${figure.outcome}-${figure.years}-${i}`} figure={figure} />
            ))}
          </ul>
        </div>
      ))}
    </LazyDetails>
  )
}
