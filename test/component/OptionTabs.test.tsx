import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { predict, type PatientInput } from '@/model'
import { Comparison } from '@/views/Comparison'
import { renderWithI18n } from '../support/render'

const EXTREMITY: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity', limb: 'lower' }

/** A screen as narrow as a phone: the media query of the one-option-at-a-time layout matches. */
const phone = () =>
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width'), media: query, addEventListener: () => {}, removeEventListener: () => {} }))

afterEach(() => {
  vi.unstubAllGlobals()
})

const visibleColumns = () => screen.queryAllByRole('article').map((a) => a.getAttribute('data-option'))

/** On a phone the details, option by option, open under the grid (a disclosure built when opened). */
const openDetails = async (user: ReturnType<typeof userEvent.setup>) => {
  expect(visibleColumns()).toEqual([])
  await user.click(screen.getByText('All details, option by option'))
}

describe('the options\' details on a phone', () => {
  it('shows one option at a time, chosen from tabs that name every option, once opened', async () => {
    phone()
    const prediction = predict(EXTREMITY)
    const user = userEvent.setup()
    await renderWithI18n(<Comparison prediction={prediction} />)
    // The grid shows every option without a tap: each is a row, named in its header cell.
    expect(screen.getAllByRole('rowheader').map((h) => h.closest('tr')?.getAttribute('data-option'))).toEqual(prediction.options.map((o) => o.id))
    expect(screen.queryAllByRole('tab')).toEqual([])
    await openDetails(user)
    const tabs = await screen.findAllByRole('tab')
    expect(tabs.map((t) => t.textContent)).toEqual(['Surgery alone', 'Radiotherapy before surgery', 'Shorter radiotherapy before surgery', 'Radiotherapy after surgery', 'Chemotherapy before surgery'].slice(0, prediction.options.length))
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true')
    // Hidden panels are out of the accessibility tree: only the chosen column is an article.
    expect(visibleColumns()).toEqual(['surgery_alone'])
    await user.click(screen.getByRole('tab', { name: 'Radiotherapy after surgery' }))
    expect(visibleColumns()).toEqual(['postop_rt'])
    const panel = screen.getByRole('tabpanel')
    expect(panel).toHaveAccessibleName('Radiotherapy after surgery')
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveTextContent('Radiotherapy after surgery')
  })

  it('moves between the options with the arrow keys, Home and End, focus following', async () => {
    phone()
    const user = userEvent.setup()
    await renderWithI18n(<Comparison prediction={predict(EXTREMITY)} />)
    await openDetails(user)
    const tabs = await screen.findAllByRole('tab')
    await user.click(tabs[0] as HTMLElement)
    await user.keyboard('{ArrowDown}')
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true')
    expect(tabs[1]).toHaveFocus()
    expect(visibleColumns()).toEqual(['preop_rt_conventional'])
    await user.keyboard('{End}')
    expect(tabs.at(-1)).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(tabs[0]).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(tabs.at(-1)).toHaveAttribute('aria-selected', 'true')
    // Only the chosen tab is in the Tab order.
    expect(tabs.filter((t) => t.tabIndex === 0)).toHaveLength(1)
  })

  it('offers the previous and the next option below the column, and shows the new one with the focus on it', async () => {
    phone()
    // jsdom lays nothing out and has no scrollIntoView.
    const scrolled = vi.fn()
    Element.prototype.scrollIntoView = scrolled
    const user = userEvent.setup()
    await renderWithI18n(<Comparison prediction={predict(EXTREMITY)} />)
    await openDetails(user)
    await screen.findAllByRole('tab')
    expect(screen.queryByRole('button', { name: /Previous option/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Next option: Radiotherapy before surgery →' }))
    expect(visibleColumns()).toEqual(['preop_rt_conventional'])
    expect(screen.getByRole('tab', { name: 'Radiotherapy before surgery' })).toHaveAttribute('aria-selected', 'true')
    await waitFor(() => expect(screen.getByRole('tabpanel')).toHaveFocus())
    expect(scrolled).toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: '← Previous option: Surgery alone' }))
    expect(visibleColumns()).toEqual(['surgery_alone'])
  })

  it('shows every option side by side, without tabs, on a wider screen, each option\'s details under its column', async () => {
    const prediction = predict(EXTREMITY)
    const user = userEvent.setup()
    await renderWithI18n(<Comparison prediction={prediction} />)
    expect(screen.queryAllByRole('tab')).toEqual([])
    expect(screen.queryByRole('navigation', { name: 'Other options' })).toBeNull()
    expect(screen.getAllByRole('columnheader').flatMap((h) => h.getAttribute('data-option') ?? [])).toEqual(prediction.options.map((o) => o.id))
    expect(visibleColumns()).toEqual([])
    await user.click(screen.getByText(': Radiotherapy after surgery', { exact: false }).closest('summary') as HTMLElement)
    expect(visibleColumns()).toEqual(['postop_rt'])
  })
})
