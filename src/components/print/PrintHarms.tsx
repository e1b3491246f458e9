import { useTranslation } from 'react-i18next'
import type { Harm } from '@/model'
import { outOf100 } from '@/i18n/format'
import { SourceRef } from '../SourceRef'

/**
 * Harms on paper: every harm the column lists, the secondary ones included (paper has no
 * "more"), with the same whole-people figure, counts, time frame, caveats and source as on
 * screen. The long definitions stay on screen, to keep the summary within three pages.
 */
export function PrintHarms({ harms }: { harms: Harm[] }) {
  const { t } = useTranslation()
  if (!harms.length) return <p>{t('harms.none')}</p>
  return (
    <ul className="p-harms">
      {harms.map((harm) => {
        const people = harm.rate === null ? null : outOf100(harm.rate)
        const name = t(`engine:harm.${harm.id}.name`)
        return (
          <li key={`${harm.id}-${harm.source}`} className="p-harm">
            {people === null ? (
              <>
                <strong>{name}</strong>: {t('harms.noRate')}
              </>
            ) : (
              <>
                <strong>{t('harms.outOf100', { value: people })}</strong> {name}
                {harm.numerator !== undefined && harm.denominator !== undefined ? ` ${t('harms.counts', { numerator: harm.numerator, denominator: harm.denominator })}` : ''}
              </>
            )}
            <span className="p-harm__detail">
              {' '}
              {t(`engine:window.${harm.window}`)}.{harm.caveats?.map((c) => ` ${t(`engine:caveat.${c}`)}`).join('')} <SourceRef id={harm.source} />
            </span>
          </li>
        )
      })}
    </ul>
  )
}
