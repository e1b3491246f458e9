// The tumour-board list and the printed summary date every trial's status, as the card does.
import { describe, expect, it } from 'vitest'
import type { PatientInput } from '@/model'
import { matchTrials } from '@/trials'
import { BoardTrials } from '@/components/board/BoardTrials'
import { PrintTrials } from '@/components/print/PrintTrials'
import { renderWithI18n } from '../support/render'

const TODAY = new Date('2026-12-07T12:00:00')
const EXTREMITY: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity' }
const line = (selector: string, trial: string) => document.querySelector(`${selector}[data-trial="${trial}"]`)

describe.each([
  ['tumour board', BoardTrials, '.board-trial'],
  ['printed summary', PrintTrials, '.p-trial'],
] as const)('%s', (_name, List, selector) => {
  it('says "registry status as of <date>" for every trial, in English', async () => {
    await renderWithI18n(<List trials={matchTrials(EXTREMITY, TODAY)} />)
    expect(document.querySelectorAll(selector)).toHaveLength(9)
    expect(line(selector, 'scopes2')).toHaveTextContent('registry status as of 23 December 2025')
    expect(line(selector, 'natars')).toHaveTextContent('registry status as of May 2023')
    expect(line(selector, 'sarcoma_registry_radboudumc')).toHaveTextContent('no registry status published; trial data compiled on 24 November 2026')
  })

  it('and in Dutch', async () => {
    await renderWithI18n(<List trials={matchTrials(EXTREMITY, TODAY)} />, 'nl')
    expect(line(selector, 'scopes2')).toHaveTextContent('registerstatus per 23 december 2025')
    expect(line(selector, 'value_persarc')).toHaveTextContent('registerstatus per 29 september 2025')
  })
})
