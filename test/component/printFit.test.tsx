// The printed summary keeps within four A4 pages by saying each thing once, not by dropping it:
// shared harm caveats as lettered notes, trials that cannot be joined without their long title,
// chart tables on paper with one row per distinct set of figures, sources without the name twice.
import { describe, expect, it } from 'vitest'
import { predict, type PatientInput } from '@/model'
import { matchTrials } from '@/trials'
import { OutcomeCharts } from '@/components/charts/OutcomeCharts'
import { PrintHarms } from '@/components/print/PrintHarms'
import { PrintSources } from '@/components/print/PrintSources'
import { PrintTrials } from '@/components/print/PrintTrials'
import { renderWithI18n } from '../support/render'

const THIGH: PatientInput = { age: 67, sizeCm: 9, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity', limb: 'lower' }
const TODAY = new Date('2026-12-07T12:00:00')
const option = (id: string) => {
  const found = predict(THIGH).options.find((o) => o.id === id)
  if (!found) throw new Error(`no option ${id}`)
  return found
}

describe('harms on paper', () => {
  it('says a caveat several harms share once, under the list, and marks each harm it applies to', async () => {
    const { harms } = option('neoadjuvant_chemo')
    const caveats = harms.flatMap((h) => h.caveats ?? [])
    const shared = [...new Set(caveats)].filter((c) => caveats.filter((x) => x === c).length > 1)
    expect(shared.length).toBeGreaterThan(0)
    const { container } = await renderWithI18n(<PrintHarms harms={harms} />, 'nl')
    const notes = [...container.querySelectorAll('.p-harm-notes li')].map((li) => li.textContent)
    expect(notes).toHaveLength(shared.length)
    expect(notes[0]).toContain('doxorubicine')
    // Every harm is still there, and the shared caveat text appears once only.
    expect(container.querySelectorAll('.p-harm')).toHaveLength(harms.length)
    const text = container.textContent ?? ''
    expect(text.split(notes[0] ?? '').length - 1).toBe(1)
    const marked = harms.filter((h) => h.caveats?.includes(shared[0] ?? '')).length
    expect([...container.querySelectorAll('.p-harm sup')].filter((s) => s.textContent?.includes('a')).length).toBe(marked)
  })

  it('keeps a caveat only one harm has beside that harm', async () => {
    const { harms } = option('preop_rt_conventional')
    const { container } = await renderWithI18n(<PrintHarms harms={harms} />)
    expect(container.querySelector('.p-harm-notes')).toBeNull()
  })
})

describe('trials on paper', () => {
  it('names a trial that is closed or does not fit with its status and registry date, without title or contact', async () => {
    const { container } = await renderWithI18n(<PrintTrials trials={matchTrials(THIGH, TODAY)} />)
    const strass2 = container.querySelector('[data-trial="strass2"]') as HTMLElement
    expect(strass2).toHaveTextContent('STRASS-2')
    expect(strass2).toHaveTextContent('registry status as of')
    expect(strass2.textContent).not.toContain('RetroPeritoneal')
    // One that could fit keeps its title and contact.
    const prosarc = container.querySelector('[data-trial="prosarc2"]') as HTMLElement
    expect(prosarc).toHaveTextContent('contact:')
    // A short name that holds the registry number does not repeat it.
    const tnt = container.querySelector('[data-trial="tnt_extremity"]') as HTMLElement
    expect(tnt.textContent?.split('NCT06593899').length).toBe(2)
  })
})

describe('charts on paper', () => {
  it('gives options with the same figures at every time one table row, and every figure once', async () => {
    const prediction = predict(THIGH)
    const { container } = await renderWithI18n(<OutcomeCharts prediction={prediction} years={5} fixedSize={{ width: 330, height: 130 }} paper />, 'nl')
    const table = container.querySelector('.chart__table') as HTMLElement
    const rows = table.querySelectorAll('tbody tr')
    expect(rows).toHaveLength(1)
    expect(rows[0]?.querySelector('th')).toHaveTextContent('Alleen operatie, Bestraling voor de operatie')
    expect(rows[0]?.querySelectorAll('td')[0]).toHaveTextContent(/^61 \(59 tot 62\)$/)
  })

  it('on screen keeps one row per option', async () => {
    const prediction = predict(THIGH)
    const { container } = await renderWithI18n(<OutcomeCharts prediction={prediction} years={5} fixedSize={{ width: 330, height: 130 }} />)
    const rows = (container.querySelector('.chart__table') as HTMLElement).querySelectorAll('tbody tr')
    expect(rows).toHaveLength(4)
    expect(rows[0]?.querySelectorAll('td')[0]).toHaveTextContent('61 out of 100')
  })
})

describe('sources on paper', () => {
  it('does not print a short name twice when the citation opens with it', async () => {
    const { container } = await renderWithI18n(<PrintSources prediction={predict(THIGH)} />)
    const beane = [...container.querySelectorAll('.p-sources li')].find((li) => li.textContent?.startsWith('Beane 2014'))
    expect(beane?.textContent?.split('Beane 2014').length).toBe(2)
    expect(beane).toHaveTextContent('NCI randomised trial')
  })
})
