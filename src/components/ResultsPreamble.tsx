import { memo } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { Prediction } from '@/model'
import { rangeNotes, type Gap } from './figures'
import { NoEstimates } from './NoEstimates'

type Notes = { bands: string[]; unranged: boolean }

const sameNotes = (a: { notes: Notes; paper: boolean }, b: { notes: Notes; paper: boolean }) =>
  a.paper === b.paper &&
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
      <RangeText notes={rangeNotes(prediction, years)} paper={variant === 'print'} />
      <NoEstimates gaps={gaps} title={t('results.noOptionEstimates')} />
    </>
  )
}

// On paper, "people like you" is explained in the box at the top of page 1.
const RangeText = memo(function RangeText({ notes, paper }: { notes: Notes; paper: boolean }) {
  const t = useCachedT()
  return (
    <div className={paper ? 'p-who' : 'results__who'}>
      {paper ? null : <p>{t('results.whoLikeYou')}</p>}
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

