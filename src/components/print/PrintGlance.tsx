import { useTranslation } from 'react-i18next'
import type { Harm, OptionEstimate, Prediction } from '@/model'
import { OUTCOME_IDS } from '@/model/types'
import { figureFor, ownGaps, type Gap } from '../figures'
import { FigureText } from '../FigureText'
import { SourceRef } from '../SourceRef'
import { ArmText, TrialResultWhat } from '../TrialResultList'
import { PrintGapReasons, PrintGaps } from './PrintGaps'
import { PrintHarmHeadline } from './PrintHarms'
import { armsOf, trialResultsOf } from '../trialResults'

type Props = { prediction: Prediction; years: number; common: Gap[]; notes: string[] }

/** The harm a reader meets first: the first card harm with a published rate, else the first card harm. */
const headlineHarm = (harms: readonly Harm[]): Harm | undefined => {
  const card = harms.filter((h) => !h.detail)
  return card.find((h) => h.rate !== null) ?? card[0]
}

/**
 * Page 1 of the printed summary: the decision at a glance. Per option, in one row: the personal
 * figures at the horizon, the headline result of its trials (a group result, with the arm it was
 * compared with) and its headline harm. Every detail follows on the next pages.
 */
export function PrintGlance({ prediction, years, common, notes }: Props) {
  const { t } = useTranslation()
  if (!prediction.options.length) return null
  // Each assumption a derived figure rests on, written once under the table.
  const derived = [
    ...new Set(
      prediction.options.flatMap((o) =>
        OUTCOME_IDS.flatMap((outcome) => {
          const f = figureFor(prediction, o.id, outcome, years)
          return f.kind === 'value' && f.derived ? [`${outcome}|${f.derived}`] : []
        }),
      ),
    ),
  ].map((key) => key.split('|') as [string, string])
  return (
    <section className="p-glance" aria-labelledby="p-glance-heading">
      <h2 id="p-glance-heading">{t('views:print.glanceHeading', { count: years })}</h2>
      <table className="p-glance__table">
        <thead>
          <tr>
            <th scope="col">{t('views:print.glanceOption')}</th>
            <th scope="col">{t('results.peopleLikeYou', { count: years })}</th>
            <th scope="col">{t('views:print.glanceTrial')}</th>
            <th scope="col">{t('views:print.glanceHarm')}</th>
          </tr>
        </thead>
        <tbody>
          {prediction.options.map((option, index) => (
            <GlanceRow key={option.id} prediction={prediction} option={option} years={years} index={index} gaps={ownGaps(prediction, option.id, years, common)} notes={notes} />
          ))}
        </tbody>
      </table>
      <PrintGapReasons notes={notes} />
      {derived.length ? (
        <ul className="p-glance__derived">
          {derived.map(([outcome, code]) => (
            <li key={`${outcome}-${code}`}>
              <strong>{t(`engine:outcome.${outcome}.name`)}:</strong> {t(`engine:derived.${code}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

type RowProps = { prediction: Prediction; option: OptionEstimate; years: number; index: number; gaps: Gap[]; notes: string[] }

function GlanceRow({ prediction, option, years, index, gaps, notes }: RowProps) {
  const { t } = useTranslation()
  const figures = OUTCOME_IDS.map((outcome) => ({ outcome, figure: figureFor(prediction, option.id, outcome, years) })).filter((f) => f.figure.kind === 'value')
  const trial = trialResultsOf(option.context)[0]
  const harm = headlineHarm(option.harms)
  return (
    <tr className={`p-glance__row p-glance__row--${index}`} data-option={option.id}>
      <th scope="row">{t(`engine:option.${option.id}.name`)}</th>
      <td>
        {figures.map(({ outcome, figure }) => (
          <p key={outcome} data-outcome={outcome}>
            <span className="p-glance__label">{t(`iconArray.${outcome}.first`)}:</span> <FigureText figure={figure} />
          </p>
        ))}
        <PrintGaps gaps={gaps} notes={notes} />
      </td>
      <td>
        {trial ? (
          <>
            <TrialResultWhat figure={trial} />
            {/* The source ends the last arm's line rather than taking a line of its own. */}
            {armsOf(trial).map((arm, i, arms) => (
              <p key={arm.arm}>
                <ArmText arm={arm} />
                {i === arms.length - 1 ? (
                  <>
                    {' '}
                    <SourceRef id={trial.source} />
                  </>
                ) : null}
              </p>
            ))}
          </>
        ) : (
          <p>{t('views:print.glanceNoTrial')}</p>
        )}
      </td>
      <td>
        {harm ? (
          <p>
            <PrintHarmHeadline harm={harm} />{' '}
            <SourceRef id={harm.source} />
          </p>
        ) : (
          <p>{t('harms.none')}</p>
        )}
      </td>
    </tr>
  )
}
