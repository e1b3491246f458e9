// The model-file picker speaks the app's language, not the browser's: its button and "no file
// chosen" are translated, the native input is labelled and reachable, and the chosen file is named.
import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ModelFileLoader } from '@/components/ModelFiles'
import { renderWithI18n } from '../support/render'

describe('the model-file picker', () => {
  it.each([
    ['en', 'Load a model file', 'Choose a file', 'No file chosen'],
    ['nl', 'Modelbestand laden', 'Kies bestand', 'Geen bestand gekozen'],
  ] as const)('shows its button and status in the app language (%s)', async (lng, label, button, none) => {
    await renderWithI18n(<ModelFileLoader />, lng)
    const input = screen.getByLabelText(new RegExp(label))
    expect(input).toHaveAttribute('type', 'file')
    // Its name holds both visible texts; its description says what is chosen.
    expect(input).toHaveAccessibleName(`${label} ${button}`)
    expect(input).toHaveAccessibleDescription(expect.stringContaining(none))
    expect(input).not.toHaveAttribute('tabindex')
    expect(screen.getByText(button).tagName).toBe('LABEL')
    expect(screen.getByText(none)).toBeVisible()
  })

  it('names the chosen file in place of "No file chosen"', async () => {
    await renderWithI18n(<ModelFileLoader />, 'nl')
    const input = screen.getByLabelText(/Modelbestand laden/)
    const file = new File(['{}'], 'kliniek-model.json', { type: 'application/json' })
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } })
    })
    expect(await screen.findByText('kliniek-model.json')).toBeInTheDocument()
    expect(screen.queryByText('Geen bestand gekozen')).not.toBeInTheDocument()
    expect(input).toHaveAccessibleDescription(expect.stringContaining('kliniek-model.json'))
  })
})
