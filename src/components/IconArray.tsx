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
// One person in a 10 x 10 cell, drawn relative to the cell's corner (head, then body), so that
// a whole group is one path: "M<cell corner>" + PERSON for each cell.
const PERSON = 'm5 1.6a1.6 1.6 0 1 1 0 3.2a1.6 1.6 0 1 1 0-3.2m-2.4 8.4v-3.4c0-1 .8-1.7 1.7-1.7h1.4c1 0 1.7.8 1.7 1.7v3.4z'
const SQUARE = 'm1 1h8v8h-8z'

type Shape = IconArrayProps['shape']

/** The cells from..to (reading order) as one path: 2 SVG elements per array instead of 100. */
const groupPaths = new Map<string, string>()
const groupPath = (shape: Shape, from: number, to: number): string => {
  const key = `${shape}:${from}:${to}`
  let d = groupPaths.get(key)
  if (d === undefined) {
    const icon = shape === 'people' ? PERSON : SQUARE
    d = ''
    for (let i = from; i < to; i++) d += `M${(i % GRID) * 10} ${Math.floor(i / GRID) * 10}${icon}`
    groupPaths.set(key, d)
  }
  return d
}

/**
 * An icon array of 100 (Spiegelhalter 2011): one clustered 10 x 10 grid, the first group filled
 * in reading order. Colour is never the only cue: the rest are hollow outlines, so the array
 * reads in greyscale print and for colour-blind users, and both counts are written out.
 */
export const IconArray = memo(function IconArray({ count, firstLabel, restLabel, shape, caption, size = 150 }: IconArrayProps) {
  const titleId = useId()
  const first = Math.max(0, Math.min(100, Math.round(count)))
  return (
    <figure className="icon-array">
      <svg viewBox="0 0 100 100" width={size} height={size} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${caption}: ${firstLabel} ${first}, ${restLabel} ${100 - first}`}</title>
        {first > 0 ? <path d={groupPath(shape, 0, first)} className="icon icon--first" /> : null}
        {first < 100 ? <path d={groupPath(shape, first, 100)} className="icon icon--rest" /> : null}
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
