import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { IconArray } from '@/components/IconArray'
import { renderWithI18n } from '../support/render'

// Each group is one path with one subpath ("M x y ...") per icon.
const icons = (image: HTMLElement, group: 'first' | 'rest'): number => (image.querySelector(`.icon--${group}`)?.getAttribute('d')?.match(/M/g) ?? []).length

describe('IconArray', () => {
  it('draws 100 icons, the first group filled, and writes both counts', async () => {
    const { container } = await renderWithI18n(<IconArray count={72} firstLabel="Alive" restLabel="Died" shape="squares" caption="Surgery alone" />)
    const image = screen.getByRole('img', { name: 'Surgery alone: Alive 72, Died 28' })
    expect(icons(image, 'first')).toBe(72)
    expect(icons(image, 'rest')).toBe(28)
    // The first icon sits top left, the last bottom right, in reading order.
    expect(image.querySelector('.icon--first')?.getAttribute('d')).toMatch(/^M0 0m1 1h8v8h-8z/)
    expect(image.querySelector('.icon--rest')?.getAttribute('d')).toMatch(/M90 90m1 1h8v8h-8z$/)
    const legend = container.querySelector('figcaption') as HTMLElement
    expect(within(legend).getByText('72')).toBeInTheDocument()
    expect(within(legend).getByText('28')).toBeInTheDocument()
  })

  it('draws people icons when asked', async () => {
    await renderWithI18n(<IconArray count={5} firstLabel="Alive" restLabel="Died" shape="people" caption="X" />)
    const image = screen.getByRole('img')
    expect(icons(image, 'first') + icons(image, 'rest')).toBe(100)
    expect(image.querySelector('.icon--first')?.getAttribute('d')).toContain('a1.6 1.6 0 1 1 0 3.2')
  })

  it.each([
    [-3, 0],
    [140, 100],
    [49.6, 50],
  ])('keeps a count of %s within 0..100 (%s filled), so the two groups always sum to 100', async (count, filled) => {
    await renderWithI18n(<IconArray count={count} firstLabel="A" restLabel="B" shape="squares" caption="C" />)
    const image = screen.getByRole('img', { name: `C: A ${filled}, B ${100 - filled}` })
    expect(icons(image, 'first')).toBe(filled)
    expect(icons(image, 'rest')).toBe(100 - filled)
  })
})
