import { useTranslation } from 'react-i18next'
import type { Harm } from '@/model'
import { outOf100 } from '@/i18n/format'
import { SourceRef } from '../SourceRef'

const NOTE_MARKS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']

/** Caveats that two or more harms of one option share: said once under the list, marked by a letter. */
const sharedCaveats = (harms: readonly Harm[]): string[] => {
  const counts = new Map<string, number>()
  for (const c of harms.flatMap((h) => [...new Set(h.caveats ?? [])])) counts.set(c, (counts.get(c) ?? 0) + 1)
  return [...counts].filter(([, n]) => n > 1).map(([c]) => c).slice(0, NOTE_MARKS.length)
}

/**
 * Harms on paper: every harm the column lists, the secondary ones included (paper has no
 * "more"), with the same whole-people figure, counts, time frame, caveats and source as on
 * screen. A caveat several harms share is written once under the list (a letter marks each
 * harm it applies to). The long definitions stay on screen, to keep the summary within four pages.
 */
export function PrintHarms({ harms }: { harms: Harm[] }) {
  const { t } = useTranslation()
  if (!harms.length) return <p>{t('harms.none')}</p>
  const shared = sharedCaveats(harms)
  return (
    <>
      <ul className="p-harms">
        {harms.map((harm) => {
          const own = harm.caveats?.filter((c) => !shared.includes(c)) ?? []
          const marks = shared.filter((c) => harm.caveats?.includes(c)).map((c) => NOTE_MARKS[shared.indexOf(c)])
          return (
            <li key={`${harm.id}-${harm.source}`} className="p-harm">
              <PrintHarmHeadline harm={harm} />
              <span className="p-harm__detail">
                {' '}
                {t(`engine:window.${harm.window}`)}.{own.map((c) => ` ${t(`engine:caveat.${c}`)}`).join('')}
                {marks.length ? <sup>{` ${marks.join(',')}`}</sup> : null} <SourceRef id={harm.source} />
              </span>
            </li>
          )
        })}
      </ul>
      {shared.length ? (
        <ol className="p-harm-notes" type="a">
          {shared.map((c) => (
            <li key={c}>{t(`engine:caveat.${c}`)}</li>
          ))}
        </ol>
      ) : null}
    </>
  )
}

/** A harm's headline on paper: "N out of 100 <name> (n of m patients)", or that it has no published rate. */
export function PrintHarmHeadline({ harm }: { harm: Harm }) {
  const { t } = useTranslation()
  const people = harm.rate === null ? null : outOf100(harm.rate)
  const name = t(`engine:harm.${harm.id}.name`)
  if (people === null) {
    return (
      <>
        <strong>{name}</strong>: {t('harms.noRate')}
      </>
    )
  }
  return (
    <>
      <strong>{t('harms.outOf100', { value: people })}</strong> {name}
      {harm.numerator !== undefined && harm.denominator !== undefined ? ` ${t('harms.counts', { numerator: harm.numerator, denominator: harm.denominator })}` : ''}
    </>
  )
}
