import { memo } from 'react'
import { useCachedT, useLng } from '@/i18n/sharedTranslation'
import { formatNumber } from '@/i18n/format'
import { sameFigure, type Figure } from './figures'

/**
 * A figure in words: "about 72 (65 to 78) out of 100", a bound, or why there is none. Memoised
 * on what it reads, so a keystroke re-words only the figures that changed.
 */
export const FigureText = memo(function FigureText({ figure }: { figure: Figure }) {
  const t = useCachedT()
  const lng = useLng()
  if (figure.kind === 'not_estimable') {
    return (
      <span className="figure figure--none">
        <strong>{t('figure.noEstimate')}</strong>{' '}
        <span className="figure__reason">{t(`engine:reason.${figure.reason}`)}</span>
      </span>
    )
  }
  const n = (value: number) => formatNumber(value, lng, 0) ?? t('figure.notAvailable')
  // A figure from a model loaded in this browser says so wherever it is shown (screen, board, paper).
  const loaded = figure.loadedModel ? (
    <span className="figure__loaded">
      {' '}
      {t('figure.loadedModel', { id: figure.loadedModel })}
    </span>
  ) : null
  if (figure.bound && !loaded) {
    return <strong className="figure figure--value">{t(`figure.bound.${figure.bound}`, { value: n(figure.people) })}</strong>
  }
  if (figure.bound) {
    return (
      <span className="figure figure--value">
        <strong>{t(`figure.bound.${figure.bound}`, { value: n(figure.people) })}</strong>
        {loaded}
      </span>
    )
  }
  return (
    <span className="figure figure--value">
      <strong className="figure__number">{t('figure.about', { value: n(figure.people) })}</strong>
      {figure.lower !== undefined && figure.upper !== undefined ? (
        <span className="figure__range"> {t('figure.range', { lower: n(figure.lower), upper: n(figure.upper) })}</span>
      ) : null}{' '}
      <span>{t('figure.outOf100')}</span>
      {loaded}
    </span>
  )
}, (a, b) => sameFigure(a.figure, b.figure))

/** "3 more than with surgery alone", in the outcome's own terms. */
export const DifferenceText = memo(function DifferenceText({ difference }: { difference: number | null }) {
  const t = useCachedT()
  const lng = useLng()
  if (difference === null) return null
  if (difference === 0) return <span className="difference">{t('figure.difference.same')}</span>
  const count = Math.abs(difference)
  return (
    <span className="difference">
      {t(difference > 0 ? 'figure.difference.more' : 'figure.difference.fewer', { count, value: formatNumber(count, lng, 0) ?? t('figure.notAvailable') })}
    </span>
  )
})
