import { memo, useId } from 'react'

export type IconArrayProps = {
  /** Whole people out of 100 in the first group (e.g. alive); the rest form the second. */
  count: number
  firstLabel: string
  restLabel: string
  shape: 'squares' | 'people'
  caption: string
  size?: number
}

const GRID = 10
const PERSON = 'M5 1.6a1.6 1.6 0 1 1 0 3.2a1.6 1.6 0 1 1 0-3.2M2.6 10V6.6c0-1 .8-1.7 1.7-1.7h1.4c1 0 1.7.8 1.7 1.7V10z'

/**
 * An icon array of 100 (Spiegelhalter 2011): one clustered 10 x 10 grid, the first group filled
 * in reading order. Colour is never the only cue: the rest are hollow outlines, so the array
 * reads in greyscale print and for colour-blind users, and both counts are written out.
 */
export const IconArray = memo(function IconArray({ count, firstLabel, restLabel, shape, caption, size = 150 }: IconArrayProps) {
  const titleId = useId()
  const first = Math.max(0, Math.min(100, Math.round(count)))
  const cells = Array.from({ length: GRID * GRID }, (_, i) => i)
  return (
    <figure className="icon-array">
      <svg viewBox="0 0 100 100" width={size} height={size} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${caption}: ${firstLabel} ${first}, ${restLabel} ${100 - first}`}</title>
        {cells.map((i) => {
          const x = (i % GRID) * 10
          const y = Math.floor(i / GRID) * 10
          const filled = i < first
          return shape === 'people' ? (
            <path key={i} d={PERSON} transform={`translate(${x} ${y})`} className={filled ? 'icon icon--first' : 'icon icon--rest'} />
          ) : (
            <rect key={i} x={x + 1} y={y + 1} width={8} height={8} rx={1} className={filled ? 'icon icon--first' : 'icon icon--rest'} />
          )
        })}
      </svg>
      <figcaption className="icon-array__legend">
        <span className="legend-item">
          <span className="swatch swatch--first" aria-hidden="true" /> {firstLabel}: <strong>{first}</strong>
        </span>
        <span className="legend-item">
          <span className="swatch swatch--rest" aria-hidden="true" /> {restLabel}: <strong>{100 - first}</strong>
        </span>
      </figcaption>
    </figure>
  )
})
