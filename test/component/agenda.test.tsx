// The agenda (issue 23) in jsdom: kept in this browser, reordered and stepped through; the label
// field refuses what could identify a patient, in both languages; the keys never fire while typing.
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { AgendaActions } from '@/components/agenda/AgendaActions'
import { AgendaAdd } from '@/components/agenda/AgendaAdd'
import { AgendaList } from '@/components/agenda/AgendaList'
import { BoardAgenda } from '@/components/agenda/BoardAgenda'
import { agendaStep } from '@/components/agenda/useAgendaKeys'
import { openAgendaLink, readStoredAgenda, showCase, useAgendaStore, type AgendaCase } from '@/state/agenda'
import { EMPTY_FIELDS } from '@/state/fields'
import { useAppStore } from '@/state/store'
import { renderWithI18n } from '../support/render'

const STORAGE_KEY = 'sts-decision-aid.agenda.v1'
const UPS = { ...EMPTY_FIELDS, site: 'extremity', age: '67', sizeCm: '9', depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: '3', limb: 'lower' }
const RPS = { ...EMPTY_FIELDS, site: 'retroperitoneum', age: '60', sizeCm: '15', depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: '2' }
const item = (fields: typeof UPS, label: string): AgendaCase => ({ scenario: { fields, horizonYears: null, values: [] }, label })

beforeEach(() => {
  localStorage.clear()
  useAgendaStore.setState({ cases: [], position: 0, active: false, notice: null, printRequests: 0 })
})

describe('the agenda kept in this browser', () => {
  it('stores added cases, reads them back, and leaves out an edited entry it cannot trust', () => {
    useAgendaStore.getState().add(item(UPS, 'LMS thigh'))
    useAgendaStore.getState().add(item(RPS, ''))
    expect(readStoredAgenda().map((c) => c.label)).toEqual(['LMS thigh', ''])
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown[]
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...stored, { label: 'x'.repeat(99), scenario: stored[0] }, { label: 'ok', scenario: { fields: { site: 1 }, horizonYears: null, values: [] } }, null]))
    expect(readStoredAgenda()).toHaveLength(2)
    localStorage.setItem(STORAGE_KEY, '{not json')
    expect(readStoredAgenda()).toEqual([])
  })

  it('holds at most 30 cases', () => {
    for (let i = 0; i < 30; i += 1) expect(useAgendaStore.getState().add(item(UPS, ''))).toBe(true)
    expect(useAgendaStore.getState().add(item(UPS, ''))).toBe(false)
  })

  it('loads a case into the form, keeping the horizon the board chose', () => {
    useAgendaStore.setState({ cases: [item(UPS, 'a'), item(RPS, 'b')] })
    useAppStore.setState({ horizonYears: 10 })
    showCase(1)
    expect(useAppStore.getState().fields.site).toBe('retroperitoneum')
    expect(useAppStore.getState().horizonYears).toBe(10)
    expect(useAgendaStore.getState()).toMatchObject({ position: 1, active: true })
  })

  it('opens an agenda link on the board at case 1, and an unreadable one in the agenda view with its message', async () => {
    await openAgendaLink(`#agenda=1&case=${encodeURIComponent('v=2&site=retroperitoneum&age=60&label=RPS')}&case=x`)
    expect(useAppStore.getState().mode).toBe('projector')
    expect(useAgendaStore.getState()).toMatchObject({ active: true, position: 0, notice: { unreadable: [2] } })
    expect(useAppStore.getState().fields.site).toBe('retroperitoneum')
    await openAgendaLink('#agenda=2&case=x')
    expect(useAppStore.getState().mode).toBe('agenda')
    expect(useAgendaStore.getState()).toMatchObject({ cases: [], notice: { unreadableLink: true } })
  })

  it('clears everything, from this browser too', () => {
    useAgendaStore.getState().add(item(UPS, ''))
    useAgendaStore.getState().clear()
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })
})

describe('the agenda keys', () => {
  const press = (key: string, target: Element, init: KeyboardEventInit = {}) => {
    let step = 0
    const listener = (event: KeyboardEvent) => void (step = agendaStep(event))
    window.addEventListener('keydown', listener)
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }))
    window.removeEventListener('keydown', listener)
    return step
  }

  it('step with PageDown and →, back with PageUp and ←', () => {
    expect([press('PageDown', document.body), press('ArrowRight', document.body), press('PageUp', document.body), press('ArrowLeft', document.body)]).toEqual([1, 1, -1, -1])
  })

  it('never fire while typing, with a modifier, or as arrows inside a radio group or tabs', () => {
    document.body.innerHTML = '<input id="t" type="text"><select id="s"><option>a</option></select><input id="r" type="radio"><div role="tab" id="tab" tabindex="0"></div>'
    const get = (id: string) => document.getElementById(id) as Element
    expect(press('PageDown', get('t'))).toBe(0)
    expect(press('ArrowRight', get('s'))).toBe(0)
    expect(press('ArrowRight', get('r'))).toBe(0)
    expect(press('ArrowLeft', get('tab'))).toBe(0)
    expect(press('PageDown', get('r'))).toBe(1)
    expect(press('PageDown', document.body, { ctrlKey: true })).toBe(0)
    document.body.innerHTML = ''
  })
})

describe.each([
  { lng: 'en' as const, field: 'Case label (optional)', add: 'Add to agenda', date: /looks like a date/, number: /looks like a record number/, added: 'Added as case 1.' },
  { lng: 'nl' as const, field: 'Korte titel van de casus (mag leeg blijven)', add: 'Aan agenda toevoegen', date: /lijkt op een datum/, number: /lijkt op een patiëntnummer/, added: 'Toegevoegd als casus 1.' },
])('adding to the agenda in $lng', (c) => {
  it('refuses a date or a record number next to the field, and adds the case with its label', async () => {
    const user = userEvent.setup()
    await renderWithI18n(<AgendaAdd ready />, c.lng)
    act(() => useAppStore.setState({ fields: UPS }))
    const field = screen.getByLabelText(c.field)
    expect(field).toHaveAccessibleDescription(expect.stringMatching(c.lng === 'en' ? /name, date of birth or record number/ : /naam, geboortedatum of patiëntnummer/))
    await user.type(field, '01-02-1960')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText(c.date)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: c.add }))
    expect(useAgendaStore.getState().cases).toHaveLength(0)
    await user.clear(field)
    await user.type(field, 'MRN 1234567')
    expect(screen.getByText(c.number)).toBeInTheDocument()
    await user.clear(field)
    await user.type(field, '<b>LMS</b> thigh')
    await user.click(screen.getByRole('button', { name: c.add }))
    expect(useAgendaStore.getState().cases.map((x) => x.label)).toEqual(['<b>LMS</b> thigh'])
    expect(screen.getByText(c.added)).toBeInTheDocument()
    // Typing character by character: seconds on a busy two-core machine.
  }, 20_000)
})

describe('the agenda on screen', () => {
  it('lists the cases one line each and moves one up with the keyboard, focus following it', async () => {
    const user = userEvent.setup()
    useAgendaStore.setState({ cases: [item(UPS, 'LMS thigh'), item(RPS, '<img src=x onerror=alert(1)>')] })
    await renderWithI18n(<AgendaList />)
    const rows = () => screen.getAllByRole('listitem')
    expect(await within(rows()[1] as HTMLElement).findByText(/60 years/)).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
    const up = screen.getByRole('button', { name: 'Move <img src=x onerror=alert(1)> up' })
    up.focus()
    await user.keyboard('{Enter}')
    expect(useAgendaStore.getState().cases.map((x) => x.label)).toEqual(['<img src=x onerror=alert(1)>', 'LMS thigh'])
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move <img src=x onerror=alert(1)> up' }))
  })

  it('shows the case of how many on the board, steps with the buttons and names an unreadable case', async () => {
    const user = userEvent.setup()
    useAgendaStore.setState({ cases: [item(UPS, 'LMS thigh'), item(RPS, '')], notice: { unreadable: [2], refusedLabels: [], truncated: false, unreadableLink: false } })
    showCase(0)
    await renderWithI18n(<BoardAgenda />, 'nl')
    expect(screen.getByText('Casus 1 van 2')).toBeInTheDocument()
    expect(screen.getByText('LMS thigh')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Casus 2 kon niet worden gelezen.')
    await user.click(screen.getByRole('button', { name: /Volgende casus/ }))
    expect(screen.getByText('Casus 2 van 2')).toBeInTheDocument()
    expect(useAppStore.getState().fields.site).toBe('retroperitoneum')
    await user.keyboard('{PageUp}')
    expect(screen.getByText('Casus 1 van 2')).toBeInTheDocument()
  })
})

describe('the agenda actions', () => {
  it('shows the link to copy by hand where the clipboard is refused, and clears only after a confirmation', async () => {
    // jsdom has no modal dialogs: stand-ins that toggle the open attribute.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) { this.open = true }
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) { this.open = false }
    const user = userEvent.setup()
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } })
    useAgendaStore.setState({ cases: [item(UPS, 'LMS thigh'), item(RPS, '')] })
    await renderWithI18n(<AgendaActions />)
    await user.click(screen.getByRole('button', { name: 'Copy agenda link' }))
    const field = await screen.findByLabelText('Agenda link')
    expect((field as HTMLInputElement).value).toMatch(/#agenda=1&case=v%3D2%26site%3Dextremity.*label%3DLMS%2Bthigh&case=v%3D2%26site%3Dretroperitoneum/)
    await user.click(screen.getByRole('button', { name: 'Clear agenda' }))
    expect(useAgendaStore.getState().cases).toHaveLength(2)
    expect(screen.getByRole('dialog', { name: 'Clear the agenda?' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Keep agenda', hidden: true }))
    expect(useAgendaStore.getState().cases).toHaveLength(2)
    await user.click(screen.getAllByRole('button', { name: 'Clear agenda', hidden: true })[1] as HTMLElement)
    expect(useAgendaStore.getState().cases).toHaveLength(0)
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })
})
