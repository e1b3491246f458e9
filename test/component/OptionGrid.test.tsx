// Issue 20: the option grid. The same rows for every option, benefits before harms; cells that
// say why where there is no figure or no trial result; a loaded model's figure and a derived
// figure keep their labels; details built only when opened.
import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { predict, type Curve, type PatientInput, type Prediction } from '@/model'
import { OptionGrid } from '@/components/grid/OptionGrid'
import { GRID_ROWS } from '@/components/grid/gridRows'
import { OptionDetails } from '@/components/grid/OptionDetails'
import { commonGaps } from '@/components/figures'
import { matchTrials } from '@/trials'
import { renderWithI18n } from '../support/render'

const THIGH: PatientInput = { age: 67, sizeCm: 9, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity', limb: 'lower' }
const RPS: PatientInput = { age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, site: 'retroperitoneum', expectedMargin: 'R0', multifocal: false }
const BENEFITS = ['alive', 'sarcoma', 'local', 'elsewhere']

/** The grid's rows in order, and per row the options that have a cell in it. */
const gridRows = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('.option-grid tbody[data-row]')].map((body) => ({
    row: body.dataset.row ?? '',
    options: [...body.querySelectorAll<HTMLElement>('td[data-option]')].map((td) => td.dataset.option),
  }))

const renderGrid = async (input: PatientInput, years: number, lng: 'en' | 'nl' = 'en', prediction: Prediction = predict(input)) => {
  const ids = prediction.options.map((o) => o.id)
  const view = await renderWithI18n(<OptionGrid prediction={prediction} years={years} trials={matchTrials(input, new Date('2026-06-01'))} variant="screen" />, lng)
  return { ...view, ids, prediction }
}

describe('the option grid', () => {
  it.each([
    ['an extremity', THIGH, 5],
    ['a retroperitoneal', RPS, 7],
  ] as const)('asks the same questions of every option of %s patient, benefits before harms', async (_, input, years) => {
    const { container, ids } = await renderGrid(input, years)
    const rows = gridRows(container)
    expect(rows.map((r) => r.row)).toEqual(GRID_ROWS.filter((row) => rows.some((r) => r.row === row)))
    for (const r of rows) expect(r.options).toEqual(ids)
    const order = rows.map((r) => r.row)
    expect(order[0]).toBe('alive')
    expect(order).toContain('alive')
    expect(order).toContain('local')
    const lastBenefit = Math.max(...BENEFITS.map((b) => order.indexOf(b)))
    expect(order.indexOf('harms')).toBeGreaterThan(lastBenefit)
    // Every option's header, in the engine's order, is a column header.
    expect(screen.getAllByRole('columnheader').map((h) => h.closest('[data-option]')?.getAttribute('data-option'))).toEqual(ids)
  })

  it('says why where there is no personal estimate and no trial result, in words', async () => {
    const { container } = await renderGrid(THIGH, 5)
    const chemoAlive = container.querySelector('tbody[data-row="alive"] td[data-option="neoadjuvant_chemo"]') as HTMLElement
    expect(chemoAlive).toHaveTextContent('No reliable personal estimate.')
    expect(chemoAlive).toHaveTextContent('The effect of this treatment has not been tested on this model')
    const chemoLocal = container.querySelector('tbody[data-row="local"] td[data-option="neoadjuvant_chemo"]') as HTMLElement
    expect(chemoLocal).toHaveTextContent('No trial result for this option.')
    // A trial result: the option's group beside the group it was compared with, marked as a group's.
    const postopLocal = container.querySelector('tbody[data-row="local"] td[data-option="postop_rt"]') as HTMLElement
    expect(postopLocal).toHaveTextContent('Group result (trial): up to 12 years')
    expect(postopLocal).toHaveTextContent('Group with radiotherapy after surgery: 1 out of 100')
    expect(postopLocal).toHaveTextContent('Surgery-alone group: 24 out of 100')
    // The main harms: whole people out of 100 with their time window; the source behind a marker.
    const harms = container.querySelector('tbody[data-row="harms"] td[data-option="preop_rt_conventional"]') as HTMLElement
    expect(harms).toHaveTextContent('35 out of 100: Serious wound problems, within 120 days after surgery.')
    expect(harms.textContent).not.toContain('(source:')
    expect(container.textContent).not.toMatch(/NaN|undefined|grid\.|engine:|common:/)
  })

  it('marks a derived figure and writes what it rests on under the grid, in Dutch too', async () => {
    const { container } = await renderGrid(THIGH, 5, 'nl')
    const alive = container.querySelector('tbody[data-row="alive"] td[data-option="surgery_alone"]') as HTMLElement
    expect(alive).toHaveTextContent(/ongeveer 61 \(\d+ tot \d+\) van de 100/)
    const mark = alive.querySelector('.option-grid__mark') as HTMLElement
    expect(mark).toHaveTextContent('noot a')
    const note = container.querySelector('.option-grid__notes li') as HTMLElement
    expect(note).toHaveTextContent('In leven (totale overleving): Berekend uit de kans om niet aan sarcoom te overlijden (Kattan 2002)')
  })

  it('keeps the label of a figure from a model loaded on this device', async () => {
    const base = predict(THIGH)
    // The engine's answer with the surgery-alone survival curve as a loaded model would give it.
    const options = base.options.map((o) => {
      if (o.id !== 'surgery_alone') return o
      const os = o.outcomes.overall_survival as Curve
      return { ...o, outcomes: { ...o.outcomes, overall_survival: { points: os.points, sources: ['clinic_os_model'] } } }
    })
    const { container } = await renderGrid(THIGH, 5, 'en', { ...base, options })
    const alive = container.querySelector('tbody[data-row="alive"] td[data-option="surgery_alone"]') as HTMLElement
    expect(alive).toHaveTextContent('(from a model loaded on this device: clinic_os_model)')
  })

  it('builds an option\'s details only when they are opened, with the keyboard\'s disclosure', async () => {
    const prediction = predict(THIGH)
    const option = prediction.options[3]
    if (!option) throw new Error('no option')
    const { container } = await renderWithI18n(
      <OptionDetails prediction={prediction} option={option} index={3} years={5} headline="overall_survival" iconStyle="squares" commonGaps={commonGaps(prediction, 5)} />,
    )
    expect(container.querySelector('article')).toBeNull()
    const details = container.querySelector('details') as HTMLDetailsElement
    details.open = true
    fireEvent(details, new Event('toggle'))
    const article = await screen.findByRole('article', { name: 'Radiotherapy after surgery' })
    expect(within(article).getByRole('heading', { name: 'What trials found' })).toBeInTheDocument()
    expect(within(article).getByRole('heading', { name: 'Harms and side effects' })).toBeInTheDocument()
  })

  it('lists the trials the patient could join for an option by name, and says so where there are none', async () => {
    const { container } = await renderGrid(THIGH, 5)
    const hypo = container.querySelector('tbody[data-row="trials"] td[data-option="preop_rt_hypofractionated"]') as HTMLElement
    expect(hypo).toHaveTextContent('1 trial studies this option:')
    expect(within(hypo).getByRole('button', { name: /SCOPES II/ })).toBeInTheDocument()
    const surgery = container.querySelector('tbody[data-row="trials"] td[data-option="surgery_alone"]') as HTMLElement
    expect(surgery).toHaveTextContent('None for this option.')
  })
})
