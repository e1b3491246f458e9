import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { PatientInput } from '@/model'
import { matchTrials } from '@/trials'
import { TrialsPanel } from '@/views/TrialsPanel'
import { renderWithI18n } from '../support/render'

const TODAY = new Date('2026-11-25T12:00:00')
const RPS_DDLPS_G3: PatientInput = { age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 3, site: 'retroperitoneum' }

describe('the trials panel', () => {
  it('lists every trial with its status, the closed ones as not recruiting', async () => {
    await renderWithI18n(<TrialsPanel answer={{ trials: matchTrials(RPS_DDLPS_G3, TODAY) }} today={TODAY} />)
    const strass2 = screen.getByText('STRASS-2').closest('details') as HTMLElement
    expect(strass2.querySelector('summary .status')).toHaveTextContent('To confirm')
    for (const closed of ['VALUE-PERSARC', 'SCOPES', 'NATARS']) {
      const card = screen.getByText(closed).closest('details') as HTMLElement
      expect(card.querySelector('summary .status')).toHaveTextContent('Not recruiting')
    }
    expect(document.querySelectorAll('details.trial')).toHaveLength(9)
  })

  it('marks each criterion met, not met or to confirm, with an icon and a word', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<TrialsPanel answer={{ trials: matchTrials(RPS_DDLPS_G3, TODAY) }} today={TODAY} />)
    const card = screen.getByText('STRASS-2').closest('details') as HTMLElement
    await user.click(within(card).getByText('STRASS-2'))
    const items = within(card).getAllByRole('listitem').filter((li) => li.classList.contains('criterion'))
    expect(items.length).toBeGreaterThan(10)
    expect(items.some((li) => li.textContent?.includes('Met'))).toBe(true)
    expect(items.some((li) => li.textContent?.includes('To confirm'))).toBe(true)
    expect(card).toHaveTextContent(/doxorubicin 75 mg\/m2/)
    expect(card).toHaveTextContent('The trial team decides whether the patient can take part.')
  })

  it('puts trials the patient does not fit after those that could fit', async () => {
    const extremity: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'leiomyosarcoma', grade: 3, site: 'extremity', metastatic: true }
    await renderWithI18n(<TrialsPanel answer={{ trials: matchTrials(extremity, TODAY) }} today={TODAY} />)
    const statuses = [...document.querySelectorAll('details.trial .status')].map((s) => s.textContent)
    const firstNotEligible = statuses.indexOf('Not eligible')
    const lastToConfirm = statuses.lastIndexOf('To confirm')
    expect(firstNotEligible).toBeGreaterThan(lastToConfirm)
  })
})

describe('the date behind every status, and what the cards link', () => {
  const EXTREMITY: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity' }
  const open = async (name: string, today = TODAY, lng: 'en' | 'nl' = 'en') => {
    const user = userEvent.setup()
    await renderWithI18n(<TrialsPanel answer={{ trials: matchTrials(EXTREMITY, today) }} today={today} />, lng)
    const card = screen.getByText(name, { selector: '.trial__name' }).closest('details') as HTMLElement
    await user.click(within(card).getByText(name, { selector: '.trial__name' }))
    return card
  }

  it('dates the status in the active language, and warns only when it is more than 12 months old', async () => {
    const scopes2 = await open('SCOPES II')
    expect(scopes2.querySelector('.trial__meta')).toHaveTextContent('Recruiting; registry status as of 23 December 2025.')
    expect(scopes2.querySelector('.trial__stale')).toBeNull()
  })

  it('warns on a status more than 12 months old and links the registry record', async () => {
    const strass2 = await open('STRASS-2', new Date('2026-12-07T12:00:00'))
    expect(strass2.querySelector('.trial__meta')).toHaveTextContent('registry status as of 26 June 2025')
    const stale = strass2.querySelector('.trial__stale') as HTMLElement
    expect(stale).toHaveTextContent('This status is more than 12 months old and may be out of date. Check the registry record before offering the trial:')
    expect(within(stale).getByRole('link')).toHaveAttribute('href', 'https://clinicaltrials.gov/study/NCT04031677')
  })

  it('gives the same warning in Dutch, with the Dutch date; a month-only date stays a month', async () => {
    const natars = await open('NATARS', new Date('2026-12-07T12:00:00'), 'nl')
    expect(natars.querySelector('.trial__meta')).toHaveTextContent('registerstatus per mei 2023')
    expect(natars.querySelector('.trial__stale')).toHaveTextContent('Deze status is meer dan 12 maanden oud')
  })

  it('says the SCOPES II criteria are incomplete, with the registry link, and links SCOPES both ways', async () => {
    const scopes2 = await open('SCOPES II')
    const incomplete = scopes2.querySelector('.trial__incomplete') as HTMLElement
    expect(incomplete).toHaveTextContent('Only some of the criteria could be read, so the list below is not complete. The full list is in the registry record:')
    expect(within(incomplete).getByRole('link')).toHaveAttribute('href', 'https://clinicaltrials.gov/study/NCT07071727')
    expect(scopes2.querySelector('.trial__related')).toHaveTextContent('Earlier trial: SCOPES (NCT04425967). Also in this list.')
    expect(within(scopes2.querySelector('.trial__related') as HTMLElement).getByRole('link')).toHaveAttribute('href', 'https://clinicaltrials.gov/study/NCT04425967')
  })

  it('links SCOPES to its successor', async () => {
    const scopes = await open('SCOPES')
    expect(scopes.querySelector('.trial__related')).toHaveTextContent('Successor trial: SCOPES II (NCT07071727). Also in this list.')
  })

  it('shows VALUE-PERSARC as completed with its published results and their source', async () => {
    const persarc = await open('VALUE-PERSARC')
    expect(persarc.querySelector('.trial__meta')).toHaveTextContent('Completed (Not recruiting according to the registry); registry status as of 29 September 2025.')
    const results = persarc.querySelector('.trial__results') as HTMLElement
    expect(results).toHaveTextContent('Completed: results published on 29 September 2025, 120 patients enrolled. Publication:')
    expect(within(results).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^https:\/\/cris\.maastrichtuniversity\.nl\//))
    // A final status does not age: no "may be out of date" on a completed trial.
    expect(persarc.querySelector('.trial__stale')).toBeNull()
  })

  it('says when a trial never had a registry status, with the day its data were compiled', async () => {
    const registry = await open('Registration study sarcoma')
    expect(registry.querySelector('.trial__meta')).toHaveTextContent('no registry status published; trial data compiled on 24 November 2026')
  })
})
