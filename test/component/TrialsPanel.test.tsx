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
    expect(document.querySelectorAll('details.trial')).toHaveLength(8)
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
