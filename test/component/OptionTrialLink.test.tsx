import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { OptionTrialLink } from '@/components/OptionTrialLink'
import { renderWithI18n } from '../support/render'

describe('the trial that now studies an option', () => {
  it('links the hypofractionated option to SCOPES II while it recruits, in both languages', async () => {
    await renderWithI18n(<OptionTrialLink optionId="preop_rt_hypofractionated" today={new Date('2026-12-07T12:00:00')} />)
    const line = document.querySelector('.option__trial') as HTMLElement
    expect(line).toHaveTextContent('This treatment is now being studied in the SCOPES II trial (NCT07071727); see the trials below.')
    expect(screen.getByRole('link', { name: 'Registry record' })).toHaveAttribute('href', 'https://clinicaltrials.gov/study/NCT07071727')
  })

  it('speaks Dutch in Dutch', async () => {
    await renderWithI18n(<OptionTrialLink optionId="preop_rt_hypofractionated" today={new Date('2026-12-07T12:00:00')} />, 'nl')
    expect(document.querySelector('.option__trial')).toHaveTextContent('Deze behandeling wordt nu onderzocht in de studie SCOPES II (NCT07071727)')
  })

  it('says nothing once the trial stops recruiting, or for an option no trial studies', async () => {
    await renderWithI18n(
      <>
        <OptionTrialLink optionId="preop_rt_hypofractionated" today={new Date('2033-11-02T12:00:00')} />
        <OptionTrialLink optionId="preop_rt_hypofractionated" today={new Date('2025-12-10T12:00:00')} />
        <OptionTrialLink optionId="postop_rt" today={new Date('2026-12-07T12:00:00')} />
      </>,
    )
    expect(document.querySelector('.option__trial')).toBeNull()
  })
})
