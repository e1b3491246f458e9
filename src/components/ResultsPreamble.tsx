import { memo } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { Prediction } from '@/model'
import { rangeNotes, type Gap } from './figures'
import { NoEstimates } from './NoEstimates'

type Notes = { bands: string[]; unranged: boolean }

const sameNotes = (a: { notes: Notes }, b: { notes: Notes }) =>
  a.notes.unranged === b.notes.unranged && a.notes.bands.join() === b.notes.bands.join()

/**
 * Said once above the columns: who "people like you" are, what each kind of range on screen is
 * (a treatment effect's confidence interval, or only the range of a time conversion), that a
 * figure without brackets has no published uncertainty, and the outcomes no option can estimate.
 */
export function ResultsPreamble({ prediction, years, gaps, variant = 'screen' }: { prediction: Prediction; years: number; gaps: Gap[]; variant?: 'screen' | 'print' }) {
  const t = useCachedT()
  return (
    <>
      <RangeText notes={rangeNotes(prediction, years)} className={variant === 'print' ? 'p-who' : 'results__who'} />
      <NoEstimates gaps={gaps} title={t('results.noOptionEstimates')} />
    </>
  )
}

const RangeText = memo(function RangeText({ notes, className }: { notes: Notes; className: string }) {
  const t = useCachedT()
  return (
    <div className={className}>
      <p>{t('results.whoLikeYou')}</p>
      {notes.bands.length ? (
        <>
          <p>{t('results.rangesMean')}</p>
          <ul className="range-notes">
            {notes.bands.map((band) => (
              <li key={band} data-band={band}>
                {t(`engine:band.${band}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notes.unranged ? <p data-band="none">{t('results.noPublishedRange')}</p> : null}
    </div>
  )
}, sameNotes)

