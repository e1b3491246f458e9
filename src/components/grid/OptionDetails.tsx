import { useState } from 'react'
import { useCachedT } from '@/i18n/sharedTranslation'
import type { OptionEstimate, OptionId, OutcomeId, Prediction } from '@/model'
import type { Gap } from '../figures'
import { LazyDetails } from '../LazyDetails'
import { OptionColumn } from '../OptionColumn'
import { OptionSteps, OptionTabs } from '../OptionTabs'

export type DetailsProps = { prediction: Prediction; years: number; headline: OutcomeId | null; iconStyle: 'squares' | 'people'; commonGaps: Gap[] }

/**
 * Everything the grid leaves out for one option (its figures with their differences from
 * surgery alone and icon array, every trial result with its population, every harm with its
 * definition): built the first time it is opened.
 */
export function OptionDetails({ option, index, ...rest }: DetailsProps & { option: OptionEstimate; index: number }) {
  const t = useCachedT()
  return (
    <LazyDetails
      className="option-grid__details"
      summary={
        <>
          {t('grid.details')}
          <span className="visually-hidden">: {t(`engine:option.${option.id}.name`)}</span>
        </>
      }
    >
      <OptionColumn option={option} index={index} {...rest} />
    </LazyDetails>
  )
}

const tabId = (id: OptionId) => `option-tab-${id}`
const panelId = (id: OptionId) => `option-panel-${id}`

/**
 * On a phone the grid has no room for each option's details below it: they open once, under
 * the grid, one option at a time (tabs); only the chosen option is built.
 */
export function PhoneDetails(props: DetailsProps) {
  const t = useCachedT()
  const [choice, choose] = useState<OptionId | null>(null)
  const ids = props.prediction.options.map((o) => o.id)
  const shownId = choice && ids.includes(choice) ? choice : ids[0]
  if (!shownId) return null
  return (
    <LazyDetails className="option-grid__phone-details" summary={t('grid.detailsOf')}>
      <OptionTabs options={ids} chosen={shownId} onChoose={choose} tabId={tabId} panelId={panelId} />
      {props.prediction.options.map((option, index) =>
        option.id === shownId ? (
          <div key={option.id} className="option-slot" role="tabpanel" id={panelId(option.id)} aria-labelledby={tabId(option.id)} tabIndex={-1}>
            <OptionColumn option={option} index={index} {...props} />
          </div>
        ) : null,
      )}
      <OptionSteps options={ids} chosen={shownId} onChoose={choose} panelId={panelId} />
    </LazyDetails>
  )
}
