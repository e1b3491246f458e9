import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { estimate, predict, type PatientInput } from '@/model'
import { OptionColumn } from '@/components/OptionColumn'
import { outOf100 } from '@/i18n/format'
import { renderWithI18n } from '../support/render'

const RPS: PatientInput = { age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, site: 'retroperitoneum', expectedMargin: 'R0', multifocal: false }
const EXTREMITY: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity', limb: 'lower' }

const renderOption = async (input: PatientInput, optionId: string, years: number, lng: 'en' | 'nl' = 'en') => {
  const prediction = predict(input)
  const index = prediction.options.findIndex((o) => o.id === optionId)
  const option = prediction.options[index]
  if (!option) throw new Error(`no option ${optionId}`)
  await renderWithI18n(<OptionColumn prediction={prediction} option={option} years={years} headline="overall_survival" iconStyle="squares" index={index} />, lng)
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
    expect(gaps).toHaveTextContent('Alive (overall survival)')
    expect(gaps).toHaveTextContent(/no model yet that can be checked and repeated/)
  })

  it('shows each harm out of 100 with its time frame and source', async () => {
    await renderOption(EXTREMITY, 'preop_rt_conventional', 5)
    const article = screen.getByRole('article', { name: 'Radiotherapy before surgery' })
    expect(article).toHaveTextContent('35 out of 100:')
    expect(article).toHaveTextContent('(31 of 88 patients)')
    expect(article).toHaveTextContent(/O'Sullivan 2002/)
  })

  it('writes the schedule with a Dutch decimal comma in Dutch', async () => {
    await renderOption(RPS, 'preop_rt_conventional', 7, 'nl')
    expect(screen.getByRole('article', { name: /Bestraling/i })).toHaveTextContent('1,8 Gy')
  })
})
