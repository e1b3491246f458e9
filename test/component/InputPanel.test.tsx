import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useAppStore } from '@/state/store'
import { Consultation } from '@/views/Consultation'
import { renderWithI18n } from '../support/render'

const fillExtremityPatient = async (user: ReturnType<typeof userEvent.setup>, size = '8') => {
  await user.selectOptions(screen.getByLabelText('Site'), 'extremity')
  await user.type(screen.getByLabelText(/^Age/), '60')
  await user.type(screen.getByLabelText(/^Tumour size/), size)
  await user.selectOptions(screen.getByLabelText('Depth'), 'deep')
  await user.selectOptions(screen.getByLabelText(/^Histology/), 'undifferentiated_pleomorphic_sarcoma')
  await user.selectOptions(screen.getByLabelText('Grade'), '3')
}

describe('the input panel', () => {
  it('says which fields are still needed before any estimate is shown', async () => {
    await renderWithI18n(<Consultation />)
    const needed = screen.getByRole('list', { name: 'To see the estimates, fill in:' })
    expect(within(needed).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Site', 'Age', 'Tumour size', 'Depth', 'Histology', 'Grade'])
    expect(screen.queryByRole('columnheader', { name: /^Surgery alone/ })).not.toBeInTheDocument()
  })

  it('shows the estimates once the six main fields are filled in', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<Consultation />)
    await fillExtremityPatient(user)
    expect(await screen.findByRole('columnheader', { name: /^Surgery alone/ }, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByRole('columnheader', { name: /^Radiotherapy after surgery/ })).toBeInTheDocument()
  })

  it('accepts a decimal comma and a decimal point alike', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<Consultation />)
    await fillExtremityPatient(user, '4,5')
    const size = screen.getByLabelText(/^Tumour size/)
    expect(size).not.toHaveAttribute('aria-invalid')
    expect(await screen.findByRole('columnheader', { name: /^Surgery alone/ }, { timeout: 5000 })).toBeInTheDocument()
    await user.clear(size)
    await user.type(size, '4.5')
    expect(size).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('columnheader', { name: /^Surgery alone/ })).toBeInTheDocument()
  })

  it('puts a translated message next to a field that is not a number, and hides the old estimates', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<Consultation />)
    await fillExtremityPatient(user)
    const age = screen.getByLabelText(/^Age/)
    await user.clear(age)
    await user.type(age, 'sixty')
    expect(age).toHaveAttribute('aria-invalid', 'true')
    expect(age).toHaveAccessibleDescription(/Enter a number\./)
    expect(screen.queryByRole('columnheader', { name: /^Surgery alone/ })).not.toBeInTheDocument()
    expect(screen.getByText(/Please correct the marked fields/)).toBeInTheDocument()
  })

  it('refuses an age outside 18 to 100 next to the field', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<Consultation />)
    await fillExtremityPatient(user)
    const age = screen.getByLabelText(/^Age/)
    await user.clear(age)
    await user.type(age, '130')
    expect(age).toHaveAccessibleDescription(/This value is too large\./)
    expect(screen.queryByRole('columnheader', { name: /^Surgery alone/ })).not.toBeInTheDocument()
  })

  it('asks for the limb only for an extremity, and multifocality only for the retroperitoneum', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<Consultation />)
    await user.selectOptions(screen.getByLabelText('Site'), 'extremity')
    expect(screen.getByLabelText('Limb')).toBeInTheDocument()
    expect(screen.queryByLabelText('Multifocal')).not.toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Site'), 'retroperitoneum')
    expect(screen.queryByLabelText('Limb')).not.toBeInTheDocument()
    expect(screen.getByLabelText('Multifocal')).toBeInTheDocument()
  })

  it('asks for sex and life table for the Kattan sites only, and warns beside sex while it is unknown', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<Consultation />)
    await fillExtremityPatient(user)
    const sex = screen.getByLabelText('Sex') as HTMLSelectElement
    const table = screen.getByLabelText('Life table') as HTMLSelectElement
    expect(sex.selectedOptions[0]?.textContent).toBe('Unknown')
    expect(table.selectedOptions[0]?.textContent).toBe('Netherlands (default)')
    expect(within(table).getByRole('option', { name: 'United Kingdom' })).toBeInTheDocument()
    expect(sex).toHaveAccessibleDescription(/average of men and women/)
    await user.selectOptions(sex, 'female')
    expect(sex).not.toHaveAccessibleDescription(/average of men and women/)
    await user.selectOptions(screen.getByLabelText('Site'), 'retroperitoneum')
    expect(screen.queryByLabelText('Sex')).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Life table')).not.toBeInTheDocument()
  })

  it('puts a translated message next to sex or life table when the value is not in the vocabulary', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<Consultation />)
    await fillExtremityPatient(user)
    act(() => useAppStore.getState().setField('sex', 'unknown-sex'))
    expect(screen.getByLabelText('Sex')).toHaveAccessibleDescription(/Choose one of the options\./)
    act(() => {
      useAppStore.getState().setField('sex', 'male')
      useAppStore.getState().setField('population', 'FRA')
    })
    expect(screen.getByLabelText('Life table')).toHaveAccessibleDescription(/Choose one of the options\./)
    expect(screen.getByLabelText('Sex')).not.toHaveAccessibleDescription(/Choose one of the options/)
    expect(screen.getByText(/Please correct the marked fields/)).toBeInTheDocument()
  })

  it('offers the trial-eligibility fields with "Unknown" as the default', async () => {
    await renderWithI18n(<Consultation />)
    for (const label of ['Performance status (ECOG/WHO)', 'Metastases (distant or lymph node)', 'Resectable', 'Recurrent tumour']) {
      const field = screen.getByLabelText(label) as HTMLSelectElement
      expect(field.selectedOptions[0]?.textContent).toBe('Unknown')
    }
  })

  it('does not ask for depth for the retroperitoneum, says it counts as deep, and shows the figures without it', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<Consultation />)
    await user.selectOptions(screen.getByLabelText('Site'), 'retroperitoneum')
    expect(screen.queryByLabelText('Depth')).not.toBeInTheDocument()
    expect(screen.getByText(/a tumour in the retroperitoneum always counts as deep/)).toBeInTheDocument()
    const needed = screen.getByRole('list', { name: 'To see the estimates, fill in:' })
    expect(within(needed).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Age', 'Tumour size', 'Histology', 'Grade'])
    await user.type(screen.getByLabelText(/^Age/), '60')
    await user.type(screen.getByLabelText(/^Tumour size/), '15')
    await user.selectOptions(screen.getByLabelText(/^Histology/), 'dedifferentiated_liposarcoma')
    await user.selectOptions(screen.getByLabelText('Grade'), '2')
    expect(await screen.findByRole('columnheader', { name: /^Radiotherapy before surgery/ }, { timeout: 5000 })).toBeInTheDocument()
    // Back at a limb, depth is asked again.
    await user.selectOptions(screen.getByLabelText('Site'), 'extremity')
    expect(screen.getByLabelText('Depth')).toBeInTheDocument()
  })

  it('speaks Dutch with the Dutch labels', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<Consultation />, 'nl')
    await user.type(screen.getByLabelText(/^Leeftijd/), 'abc')
    expect(screen.getByLabelText(/^Leeftijd/)).toHaveAccessibleDescription(/Vul een getal in/)
    expect(screen.getByLabelText('Locatie')).toBeInTheDocument()
    expect(screen.getByLabelText(/^Tumorgrootte/)).toBeInTheDocument()
    expect(screen.getByLabelText('Verwachte snijrand')).toBeInTheDocument()
  })
})
