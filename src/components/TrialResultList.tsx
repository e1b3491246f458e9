import { memo } from 'react'
import { useCachedT, useLng } from '@/i18n/sharedTranslation'
import { formatNumber } from '@/i18n/format'
import type { ContextFigure } from '@/model'
import { EVENT_FREE_ENDPOINTS } from '@/model/data/context'
import { SourceRef } from './SourceRef'
import { armsOf, type ArmFigure } from './trialResults'

type Props = { figures: readonly ContextFigure[]; variant: 'screen' | 'print' | 'board'; headingLevel?: 'h4' | 'h3' }

const upperFirst = (text: string, lng: string) => (text ? text.charAt(0).toLocaleUpperCase(lng) + text.slice(1) : text)

/**
 * What the trials behind an option found: each result with the arm it was compared with beside
 * it, in whole people out of 100 (and "N of M patients" where counted), plainly marked as the
 * result of a group in a trial, not a personal estimate. One component for screen, paper and
 * board, so all three say the same words for the same engine record.
 */
export const TrialResultList = memo(function TrialResultList({ figures, variant, headingLevel = 'h4' }: Props) {
  const t = useCachedT()
  if (!figures.length) return null
  const Heading = headingLevel
  return (
    <section className={`trial-results trial-results--${variant}`}>
      <Heading className="trial-results__heading">{t('trialResults.heading')}</Heading>
      {/* On paper the note is printed once, above all options (PrintSummary). */}
      {variant === 'print' ? null : <p className="trial-results__note">{t('trialResults.note')}</p>}
      {variant === 'screen' ? (
        <ul className="trial-results__list">
          {groupByTrial(figures).map((group) => (
            <TrialGroup key={group.population} group={group} />
          ))}
        </ul>
      ) : (
        <ul className="trial-results__list">
          {figures.map((figure, i) => (
            <TrialResult key={`${figure.source}-${figure.outcome}-${figure.years}-${i}`} figure={figure} />
          ))}
        </ul>
      )}
    </section>
  )
})

/** The end point in words and its time: "Tumour back at the same place, up to 12 years". */
export function TrialResultWhat({ figure }: { figure: ContextFigure }) {
  const t = useCachedT()
  const lng = useLng()
  const eventFree = figure.endpoint !== undefined && EVENT_FREE_ENDPOINTS.includes(figure.endpoint)
  const what = eventFree ? t(`engine:endpoint.${figure.endpoint}`) : t(`engine:outcome.${figure.outcome}.name`)
  const when = t(figure.endpoint === 'local_recurrence_events_up_to' ? 'trialResults.upTo' : 'trialResults.after', { count: figure.years })
  return (
    <strong className="trial-result__what">
      {upperFirst(what, lng)}, {when}
    </strong>
  )
}

/** One arm: "Group with radiotherapy after surgery: 1 out of 100 (1 of 70 patients)" (the counts left to the details where `counts` is false). */
export function ArmText({ arm, counts = true }: { arm: ArmFigure; counts?: boolean }) {
  const t = useCachedT()
  const lng = useLng()
  const n = (value: number) => formatNumber(value, lng, 0) ?? t('figure.notAvailable')
  return (
    <>
      <span className="trial-result__arm-name">{upperFirst(t(`engine:arm.${arm.arm}`), lng)}:</span>{' '}
      <strong>{t('trialResults.outOf100', { value: n(arm.people) })}</strong>
      {arm.lower !== undefined && arm.upper !== undefined ? ` ${t('figure.range', { lower: n(arm.lower), upper: n(arm.upper) })}` : ''}
      {counts && arm.numerator !== undefined && arm.denominator !== undefined ? (
        <>
          {' '}
          <span className="trial-result__counts">{t('harms.counts', { numerator: arm.numerator, denominator: arm.denominator })}</span>
        </>
      ) : null}
    </>
  )
}

type Group = { population: string; caveats: string[]; figures: ContextFigure[] }

/** Results of one trial (population) together, in the engine's order: the trial is named once. */
const groupByTrial = (figures: readonly ContextFigure[]): Group[] => {
  const groups = new Map<string, Group>()
  for (const figure of figures) {
    const group = groups.get(figure.population) ?? { population: figure.population, caveats: [], figures: [] }
    group.figures.push(figure)
    for (const c of figure.caveats ?? []) if (!group.caveats.includes(c)) group.caveats.push(c)
    groups.set(figure.population, group)
  }
  return [...groups.values()]
}

/** Screen: the trial once (who took part, its caveats), then each result with its arms on their own lines. */
function TrialGroup({ group }: { group: Group }) {
  const t = useCachedT()
  return (
    <li className="trial-group">
      <p className="trial-result__who">
        {t(`engine:population.${group.population}`)}. {group.caveats.map((c) => `${t(`engine:caveat.${c}`)} `).join('')}
      </p>
      <ul className="trial-group__results">
        {group.figures.map((figure, i) => (
          <li key={`${figure.source}-${figure.outcome}-${figure.years}-${i}`} className="trial-result" data-source={figure.source} data-trial-outcome={figure.outcome}>
            <TrialResultWhat figure={figure} />
            <ul className="trial-result__arms">
              {armsOf(figure).map((arm, j) => (
                <li key={arm.arm} className={j === 0 ? 'trial-result__arm trial-result__arm--option' : 'trial-result__arm'}>
                  <ArmText arm={arm} />
                </li>
              ))}
            </ul>
            <SourceRef id={figure.source} />
          </li>
        ))}
      </ul>
    </li>
  )
}

/** Paper and the board: one paragraph per result, the arms inline, without the trial's population (the source names it). */
function TrialResult({ figure }: { figure: ContextFigure }) {
  const t = useCachedT()
  return (
    <li className="trial-result trial-result--brief" data-source={figure.source} data-trial-outcome={figure.outcome}>
      <TrialResultWhat figure={figure} />:{' '}
      {armsOf(figure).map((arm, i) => (
        <span key={arm.arm} className={i === 0 ? 'trial-result__arm trial-result__arm--option' : 'trial-result__arm'}>
          {i ? '; ' : ''}
          <ArmText arm={arm} />
        </span>
      ))}
      . {figure.caveats?.map((c) => `${t(`engine:caveat.${c}`)} `).join('')}
      <SourceRef id={figure.source} />
    </li>
  )
}
