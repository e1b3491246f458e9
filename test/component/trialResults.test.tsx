// Issue 14: the trial results block on the board and page 1 of the printed summary, and the
// notes said once above the columns.
import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { predict, type PatientInput } from '@/model'
import { OptionGrid } from '@/components/grid/OptionGrid'
import { commonGaps, rangeNotes } from '@/components/figures'
import { resultsNotShownElsewhere } from '@/components/trialResults'
import { useAppStore } from '@/state/store'
import { decodeHash } from '@/state/urlHash'
import { PrintSummary } from '@/views/PrintSummary'
import { renderWithI18n } from '../support/render'

const THIGH: PatientInput = { age: 67, sizeCm: 9, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity', limb: 'lower' }
const HASH = '#v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower&sex=female&population=GBR'

describe('trial results', () => {
  it('on the board: the option headline result with its comparison arm, before the harms', async () => {
    const prediction = predict(THIGH)
    const { container } = await renderWithI18n(<OptionGrid prediction={prediction} years={5} trials={[]} variant="board" options={['surgery_alone', 'postop_rt']} emphasis="overall_survival" />, 'nl')
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([expect.stringContaining('Alleen operatie'), expect.stringContaining('Bestraling na de operatie')])
    const block = container.querySelector('tbody[data-row="local"] td[data-option="postop_rt"]') as HTMLElement
    expect(block).toHaveTextContent('Groep met bestraling na de operatie: 1 van de 100')
    expect(block).toHaveTextContent('Groep met alleen operatie: 24 van de 100')
    const harms = container.querySelector('tbody[data-row="harms"] td[data-option="postop_rt"]') as HTMLElement
    expect(block.compareDocumentPosition(harms) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // The chosen outcome's figure is the large one.
    expect(container.querySelector('.option-grid__figure--large[data-outcome="overall_survival"]')).not.toBeNull()
  })

  it('on page 1 of the summary: per option its figures, headline trial result and headline harm', async () => {
    const { container } = await renderWithI18n(<PrintSummary />)
    act(() => useAppStore.getState().loadScenario(decodeHash(HASH)))
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(container.querySelectorAll('.p-glance tbody tr[data-option]')).toHaveLength(5)
    const cell = (row: string, option: string) => container.querySelector(`.p-glance tr[data-option="${option}"] td[data-row="${row}"]`) as HTMLElement
    expect(cell('alive', 'postop_rt')).toHaveTextContent(/about \d+/)
    expect(cell('local', 'postop_rt')).toHaveTextContent('1 out of 100 (1 of 70 patients)')
    expect(cell('harms', 'postop_rt')).toHaveTextContent(/\d+ out of 100: /)
    expect(cell('alive', 'neoadjuvant_chemo')).toHaveTextContent('No reliable personal estimate.')
    expect(cell('elsewhere', 'neoadjuvant_chemo')).toHaveTextContent('Group with chemotherapy: 56 out of 100')
    const inputs = container.querySelector('.p-inputs') as HTMLElement
    expect(inputs).toHaveTextContent('Female')
    expect(inputs).toHaveTextContent('United Kingdom')
    expect(container.textContent).not.toMatch(/NaN|undefined|views:|engine:|common:/)
  })

  it('lists surgery alone on paper only with comparisons no other option shows', () => {
    const prediction = predict(THIGH)
    const own = resultsNotShownElsewhere(prediction.options, 'surgery_alone')
    expect(own.map((f) => f.source)).toEqual(['pisters1996', 'pisters1996'])
  })

  it('says shared gaps and range kinds once for all options', () => {
    const prediction = predict(THIGH)
    expect(commonGaps(prediction, 5).map((g) => g.outcome)).toEqual(['disease_free_survival', 'local_recurrence', 'distant_metastasis'])
    expect(rangeNotes(prediction, 5)).toEqual({ bands: ['time_conversion_range'], unranged: false })
    expect(rangeNotes(prediction, 12)).toEqual({ bands: [], unranged: true })
    const rps = predict({ age: 60, sizeCm: 15, depth: 'deep', histology: 'leiomyosarcoma', grade: 2, site: 'retroperitoneum' })
    expect(rangeNotes(rps, 7)).toEqual({ bands: ['treatment_effect_ci'], unranged: true })
  })
})
