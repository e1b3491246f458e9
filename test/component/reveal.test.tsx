import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAppStore } from '@/state/store'
import { Consultation } from '@/views/Consultation'
import { renderWithI18n } from '../support/render'

const SHARED = { site: 'extremity', age: '60', sizeCm: '8', depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: '3', limb: 'lower' }

describe('results arriving with a shared link', () => {
  it('are not built in the store update itself, and then come in: the option grid first, the trials after', async () => {
    const { container } = await renderWithI18n(<Consultation />)
    // What each DOM change brought, in order (one record per batch of mutations).
    const seen: string[] = []
    const observer = new MutationObserver(() => {
      const now = [container.querySelector('.option-grid thead th[data-option]') ? 'grid' : '', container.querySelector('#trials-heading') ? 'trials' : ''].filter(Boolean).join('+')
      if (now && seen.at(-1) !== now) seen.push(now)
    })
    observer.observe(container, { childList: true, subtree: true })
    // The link is read: one synchronous store update, as useHashSync makes it.
    act(() => useAppStore.setState((s) => ({ fields: { ...s.fields, ...SHARED } })))
    expect(screen.queryAllByRole('table')).toEqual([])
    // The results' own status says the models are loading (the model-file loader keeps its
    // own, empty live region beside it, so the query names the one meant by its text).
    const statuses = screen.getAllByRole('status')
    expect(statuses.filter((s) => s.textContent === 'Loading the models…')).toHaveLength(1)
    expect(statuses.filter((s) => s.textContent !== '')).toHaveLength(1)
    const options = await screen.findAllByRole('columnheader')
    expect(options.length).toBeGreaterThan(1)
    expect(await screen.findByRole('heading', { name: 'Trials the patient could join' }, { timeout: 5000 })).toBeInTheDocument()
    observer.disconnect()
    expect(seen).toEqual(['grid', 'grid+trials'])
  })
})
