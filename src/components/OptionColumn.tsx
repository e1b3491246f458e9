import { memo, useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { ContextFigure, OptionEstimate, OptionId, OutcomeId, Prediction } from '@/model'
import { figureFor, ownGaps, type Figure, type Gap } from './figures'
import { OutcomeFigureList } from './OutcomeFigureList'
import { HarmList } from './HarmList'
import { IconArray, type IconArrayProps } from './IconArray'
import { NoEstimates } from './NoEstimates'
import { ScheduleText } from './ScheduleText'
import { OptionTrialLink } from './OptionTrialLink'
import { TrialResultList } from './TrialResultList'
import { trialResultsOf } from './trialResults'

type Props = {
  prediction: Prediction
  option: OptionEstimate
  years: number
  headline: OutcomeId | null
  iconStyle: 'squares' | 'people'
  index: number
  /** Gaps every option shares, said once above the columns (not repeated here). */
  commonGaps: Gap[]
}

const NO_FIGURES: ContextFigure[] = []

/**
 * One treatment option, in the order a reader weighs it: its personal figures at the horizon
 * (with an icon array), what its trials found, then its harms.
 */
export function OptionColumn({ prediction, option, years, headline, iconStyle, index, commonGaps }: Props) {
  // The column's fixed words (denominator, icon array labels): once per language.
  const t = useCachedT()
  const gaps = ownGaps(prediction, option.id, years, commonGaps)
  // The engine shares one frozen context list per site and option: stable across keystrokes.
  const context = option.context
  const trialResults = useMemo(() => trialResultsOf(context), [context])
  const headlineFigure: Figure | null = headline ? figureFor(prediction, option.id, headline, years) : null
  const headingId = `option-${option.id}`
  const pictured = headline && headlineFigure?.kind === 'value' && !headlineFigure.bound ? headlineFigure.people : null
  return (
    <article className={`option option--${index}`} aria-labelledby={headingId} data-option={option.id}>
      <OptionHeader optionId={option.id} schedule={option.schedule} index={index} headingId={headingId} />
      <p className="option__denominator">{t('results.peopleLikeYou', { count: years })}</p>
      <OutcomeFigureList prediction={prediction} optionId={option.id} years={years} variant="screen" />
      <NoEstimates gaps={gaps} />
      {headline && pictured !== null ? (
        <DeferredIconArray
          count={pictured}
          firstLabel={t(`iconArray.${headline}.first`)}
          restLabel={t(`iconArray.${headline}.rest`)}
          shape={iconStyle}
          caption={t('iconArray.caption', { option: t(`engine:option.${option.id}.name`), count: years })}
        />
      ) : null}
      <DeferredTrialResults figures={trialResults} />
      <h4>{t('harms.heading')}</h4>
      <HarmList harms={option.harms} />
    </article>
  )
}

/**
 * The icon array draws the headline figure written above it, one frame later (a deferred
 * value): the words answer the keystroke first, and the picture's restyle, relayout and repaint
 * are not in that frame's way. The deferred render is this component's alone; the column around
 * it is not rendered again.
 */
function DeferredIconArray({ count, ...rest }: IconArrayProps) {
  const shown = useDeferredValue(count)
  return <IconArray count={shown} {...rest} />
}

/** The trial results follow one frame after the figures, like the icon array. */
function DeferredTrialResults({ figures }: { figures: ContextFigure[] }) {
  const shown = useDeferredValue(figures, NO_FIGURES)
  return <TrialResultList figures={shown} variant="screen" />
}

/** Name, description and schedule: the same for every keystroke, so rendered once. */
const OptionHeader = memo(function OptionHeader({ optionId, schedule, index, headingId }: { optionId: OptionId; schedule: OptionEstimate['schedule']; index: number; headingId: string }) {
  const { t } = useTranslation()
  return (
    <header className="option__header">
      <span className={`option__key option__key--${index}`} aria-hidden="true" />
      <h3 id={headingId}>{t(`engine:option.${optionId}.name`)}</h3>
      <p className="option__description">{t(`engine:option.${optionId}.description`)}</p>
      <ScheduleText schedule={schedule} />
      <OptionTrialLink optionId={optionId} />
    </header>
  )
})
