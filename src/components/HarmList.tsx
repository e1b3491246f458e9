import { useTranslation } from 'react-i18next'
import type { Harm } from '@/model'
import { outOf100 } from '@/i18n/format'
import { SourceRef } from './SourceRef'

/** Harms in the same detail as benefits: out of 100, what, when, from which study. */
export function HarmList({ harms }: { harms: Harm[] }) {
  const { t } = useTranslation()
  if (!harms.length) return <p className="harms__none">{t('harms.none')}</p>
  return (
    <ul className="harms">
      {harms.map((harm) => {
        const people = harm.rate === null ? null : outOf100(harm.rate)
        return (
          <li key={`${harm.id}-${harm.source}`} className="harm">
            {people === null ? (
              <span>
                <strong>{t(`engine:harm.${harm.id}.name`)}</strong>: {t('harms.noRate')}
                {harm.reason ? ` ${t(`engine:reason.${harm.reason}`)}` : ''}
              </span>
            ) : (
              <span>
                <strong>{t('harms.outOf100', { value: people })}</strong> {t(`engine:harm.${harm.id}.name`)}
                {harm.numerator !== undefined && harm.denominator !== undefined ? (
                  <span className="harm__counts"> {t('harms.counts', { numerator: harm.numerator, denominator: harm.denominator })}</span>
                ) : null}
              </span>
            )}
            <span className="harm__detail">
              {t(`engine:window.${harm.window}`)}. {t(`engine:harm.${harm.id}.definition`)} <SourceRef id={harm.source} />
            </span>
          </li>
        )
      })}
    </ul>
  )
}
