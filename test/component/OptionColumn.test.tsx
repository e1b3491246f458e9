import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { estimate, predict, type PatientInput } from '@/model'
import { OptionColumn } from '@/components/OptionColumn'
import { commonGaps } from '@/components/figures'
import { outOf100 } from '@/i18n/format'
import { renderWithI18n } from '../support/render'

const RPS: PatientInput = { age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, site: 'retroperitoneum', expectedMargin: 'R0', multifocal: false }
const EXTREMITY: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity', limb: 'lower' }

const renderOption = async (input: PatientInput, optionId: string, years: number, lng: 'en' | 'nl' = 'en', shared: 'in_column' | 'above' = 'in_column') => {
  const prediction = predict(input)
  const gaps = shared === 'above' ? commonGaps(prediction, years) : []
  const index = prediction.options.findIndex((o) => o.id === optionId)
  const option = prediction.options[index]
  if (!option) throw new Error(`no option ${optionId}`)
  await renderWithI18n(<OptionColumn prediction={prediction} option={option} years={years} headline="overall_survival" iconStyle="squares" index={index} commonGaps={gaps} />, lng)
  return prediction
}

describe('an option column', () => {
  it('shows the engine figure as whole people out of 100, with its range, for a retroperitoneal patient at 7 years', async () => {
    const prediction = await renderOption(RPS, 'preop_rt_conventional', 7)
    const e = estimate(prediction, 'preop_rt_conventional', 'overall_survival', 7)
    if (e.kind !== 'value' || e.lower === undefined || e.upper === undefined) throw new Error('expected a value with a range')
    const row = screen.getByText('Alive (overall survival)').closest('div') as HTMLElement
    expect(row).toHaveTextContent(`about ${outOf100(e.value)} (${outOf100(e.lower)} to ${outOf100(e.upper)}) out of 100`)
    expect(row).toHaveTextContent('the same as with surgery alone')
  })

  it('draws an icon array of 100 whose counts are the figure', async () => {
    const prediction = await renderOption(RPS, 'surgery_alone', 7)
    const e = estimate(prediction, 'surgery_alone', 'overall_survival', 7)
    if (e.kind !== 'value') throw new Error('expected a value')
    const people = outOf100(e.value) ?? -1
    expect(screen.getByRole('img', { name: `Surgery alone, after 7 years: Alive ${people}, Died ${100 - people}` })).toBeInTheDocument()
  })

  it('says in words why chemotherapy has no figure (the trial is running), never a blank or a zero', async () => {
    await renderOption(RPS, 'neoadjuvant_chemo', 7)
    const article = screen.getByRole('article', { name: 'Chemotherapy before surgery' })
    expect(within(article).getByText('No personal estimate for:')).toBeInTheDocument()
    expect(article).toHaveTextContent('No result yet: the trial that will answer this (STRASS-2) is still running.')
    expect(article.textContent).not.toMatch(/\b0 out of 100|NaN|undefined/)
    expect(within(article).queryByRole('img', { name: /Alive/ })).not.toBeInTheDocument()
  })

  it('labels a derived value with its assumption', async () => {
    await renderOption(EXTREMITY, 'surgery_alone', 5)
    expect(screen.getByText(/Derived: the time pattern comes from another group of patients/)).toBeInTheDocument()
  })

  it('lists outcomes without a personal model as not estimable with the reason', async () => {
    await renderOption(EXTREMITY, 'surgery_alone', 12)
    const gaps = screen.getByText('No personal estimate for:').parentElement as HTMLElement
    expect(gaps).toHaveTextContent('Tumour back at the same place (local recurrence)')
    expect(gaps).not.toHaveTextContent('Alive (overall survival)')
    expect(gaps).toHaveTextContent(/no model yet that can be checked and repeated/)
  })

  it('does not repeat the gaps every option shares when they are said above the columns', async () => {
    await renderOption(EXTREMITY, 'postop_rt', 5, 'en', 'above')
    expect(screen.queryByText('No personal estimate for:')).not.toBeInTheDocument()
  })

  it('shows the derived chance of being alive, labelled in words a patient understands', async () => {
    const prediction = await renderOption({ ...EXTREMITY, age: 67, sizeCm: 9 }, 'surgery_alone', 5)
    const e = estimate(prediction, 'surgery_alone', 'overall_survival', 5)
    if (e.kind !== 'value') throw new Error('expected a value')
    const row = screen.getByText('Alive (overall survival)').closest('div') as HTMLElement
    expect(row).toHaveTextContent(`about ${outOf100(e.value)}`)
    expect(row).toHaveTextContent(/Worked out from the chance of not dying of sarcoma \(Kattan 2002\) and the life expectancy of people of the same age and sex/)
  })

  it('shows what the NCI trial found for radiotherapy after surgery, beside surgery alone, before the harms', async () => {
    await renderOption(EXTREMITY, 'postop_rt', 5)
    const article = screen.getByRole('article', { name: 'Radiotherapy after surgery' })
    const results = await within(article).findByRole('heading', { name: 'What trials found' })
    const block = results.closest('section') as HTMLElement
    const first = within(block).getAllByRole('listitem')[0] as HTMLElement
    expect(first).toHaveTextContent(/Tumour back at the same place \(local recurrence\), up to 12 years/)
    expect(first).toHaveTextContent('Group with radiotherapy after surgery: 1 out of 100 (1 of 70 patients)')
    expect(first).toHaveTextContent('Surgery-alone group: 24 out of 100 (17 of 71 patients)')
    expect(block).toHaveTextContent('not a personal estimate')
    expect(block).toHaveTextContent(/Alive \(overall survival\), after 10 years.*82 out of 100 \(72 to 90\).*77 out of 100 \(66 to 85\)/)
    const harms = within(article).getByRole('heading', { name: 'Harms and side effects' })
    expect(results.compareDocumentPosition(harms) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(block).not.toHaveAttribute('open')
    expect(block.closest('details')).toBeNull()
  })

  it('marks the hypofractionated result as one group with the nearest schedule, and chemotherapy beside surgery alone', async () => {
    await renderOption(EXTREMITY, 'preop_rt_hypofractionated', 5)
    const hypo = await screen.findByRole('heading', { name: 'What trials found' })
    const block = hypo.closest('section') as HTMLElement
    expect(block).toHaveTextContent(/share alive WITHOUT a local recurrence.*after 4 years.*93 out of 100/i)
    expect(block).toHaveTextContent('Nearest published schedule (15 x 2.85 Gy), not 14 x 3 Gy data.')
    expect(block).toHaveTextContent('One group without a comparison group.')
  })

  it('shows each harm out of 100 with its time frame and source', async () => {
    await renderOption(EXTREMITY, 'preop_rt_conventional', 5)
    const article = screen.getByRole('article', { name: 'Radiotherapy before surgery' })
    expect(article).toHaveTextContent('35 out of 100:')
    expect(article).toHaveTextContent('(31 of 88 patients)')
    expect(article).toHaveTextContent(/O'Sullivan 2002/)
  })

  it('shows the EORTC 62874 results of chemotherapy beside surgery alone', async () => {
    await renderOption(EXTREMITY, 'neoadjuvant_chemo', 5)
    const block = (await screen.findByRole('heading', { name: 'What trials found' })).closest('section') as HTMLElement
    expect(block).toHaveTextContent(/Alive without disease \(disease-free survival\), after 5 years.*Group with chemotherapy: 56 out of 100.*Surgery-alone group: 52 out of 100/)
    expect(block).toHaveTextContent(/Alive \(overall survival\), after 5 years.*Group with chemotherapy: 65 out of 100.*Surgery-alone group: 64 out of 100/)
  })

  it('writes the schedule with a Dutch decimal comma in Dutch', async () => {
    await renderOption(RPS, 'preop_rt_conventional', 7, 'nl')
    expect(screen.getByRole('article', { name: /Bestraling/i })).toHaveTextContent('1,8 Gy')
  })
})
