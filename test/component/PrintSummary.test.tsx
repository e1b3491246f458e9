import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { useAppStore } from '@/state/store'
import { decodeHash } from '@/state/urlHash'
import { PrintSummary } from '@/views/PrintSummary'
import { ValuesStep } from '@/views/ValuesStep'
import { renderWithI18n } from '../support/render'

const HASH = '#v=1&site=retroperitoneum&age=60&sizeCm=15&depth=deep&histology=dedifferentiated_liposarcoma&grade=2&values=live_longest.join_trial'

describe('PrintSummary', () => {
  it('prints the inputs, every option, the marked values beside the options, and no raw key or NaN', async () => {
    const { container } = await renderWithI18n(<PrintSummary />, 'nl')
    act(() => useAppStore.getState().loadScenario(decodeHash(HASH)))
    // The hidden summary follows the screen after a pause, and at once when printing starts.
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(container.querySelectorAll('.p-option')).toHaveLength(3)
    const worksheet = container.querySelector('.p-values__table') as HTMLElement
    expect(worksheet.querySelectorAll('tbody tr')).toHaveLength(2)
    expect(worksheet.textContent).toContain('Zo lang mogelijk leven')
    expect(worksheet.querySelectorAll('thead th')).toHaveLength(3)
    const text = container.textContent ?? ''
    expect(text).toContain('60 jaar')
    expect(text).toContain('ongeveer 82')
    expect(text).not.toMatch(/NaN|undefined|views:|engine:/)
    expect(container.querySelector('button, input, select, a[href^="#"]')).toBeNull()
  })

  it('renders nothing until the engine has an answer', async () => {
    const { container } = await renderWithI18n(<PrintSummary />)
    expect(container.innerHTML).toBe('')
  })
})

describe('ValuesStep', () => {
  it('keeps the ticks in the store and prints on request', async () => {
    // jsdom has no modal dialogs: stand-ins that toggle the open attribute.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) { this.open = true }
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) { this.open = false }
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => { cb(0); return 0 })
    const user = userEvent.setup()
    await renderWithI18n(<ValuesStep open onClose={() => undefined} />)
    act(() => useAppStore.getState().setField('site', 'extremity'))
    await user.click(screen.getByLabelText('Keeping my arm or leg working well'))
    expect(useAppStore.getState().values).toEqual(['keep_limb_function'])
    await user.click(screen.getByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledOnce()
  })
})
