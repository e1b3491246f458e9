import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Harm } from '@/model'
import { outOf100 } from '@/i18n/format'
import { LazyDetails } from './LazyDetails'
import { SourceRef } from './SourceRef'

function HarmItem({ harm }: { harm: Harm }) {
  const { t } = useTranslation()
  const people = harm.rate === null ? null : outOf100(harm.rate)
  const name = t(`engine:harm.${harm.id}.name`)
  return (
    <li className="harm">
      {people === null ? (
        <span>
          <strong>{name}</strong>: {t('harms.noRate')}
          {harm.reason ? ` ${t(`engine:reason.${harm.reason}`)}` : ''}
        </span>
      ) : (
        <span>
          <strong>{t('harms.outOf100', { value: people })}</strong> {name}
          {harm.numerator !== undefined && harm.denominator !== undefined ? (
            <span className="harm__counts"> {t('harms.counts', { numerator: harm.numerator, denominator: harm.denominator })}</span>
          ) : null}
        </span>
      )}
      <span className="harm__detail">
        {t(`engine:window.${harm.window}`)}. {t(`engine:harm.${harm.id}.definition`)}
        {harm.caveats?.map((c) => ` ${t(`engine:caveat.${c}`)}`).join('')} <SourceRef id={harm.source} />
      </span>
    </li>
  )
}

/**
 * Harms in the same detail as benefits: out of 100, what, when, from which study. Rates come
 * from different studies and are never ranked against each other; the figures the evidence
 * marks as secondary sit behind "more".
 */
// The engine shares one frozen harm list per site and option: memo skips it on every keystroke.
export const HarmList = memo(function HarmList({ harms, showDetail = false }: { harms: Harm[]; showDetail?: boolean }) {
  const { t } = useTranslation()
  if (!harms.length) return <p className="harms__none">{t('harms.none')}</p>
  const main = harms.filter((h) => !h.detail)
  const detail = harms.filter((h) => h.detail)
  return (
    <>
      <ul className="harms">
        {(showDetail ? harms : main).map((harm) => (
          <HarmItem key={`${harm.id}-${harm.source}`} harm={harm} />
        ))}
      </ul>
      {!showDetail && detail.length ? (
        <LazyDetails className="harms__more" summary={t('harms.more', { count: detail.length })}>
          <ul className="harms">
            {detail.map((harm) => (
              <HarmItem key={`${harm.id}-${harm.source}`} harm={harm} />
            ))}
          </ul>
        </LazyDetails>
      ) : null}
    </>
  )
})
