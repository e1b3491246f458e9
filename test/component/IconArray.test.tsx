import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { IconArray } from '@/components/IconArray'
import { renderWithI18n } from '../support/render'

describe('IconArray', () => {
  it('draws 100 icons, the first group filled, and writes both counts', async () => {
    const { container } = await renderWithI18n(<IconArray count={72} firstLabel="Alive" restLabel="Died" shape="squares" caption="Surgery alone" />)
    const image = screen.getByRole('img', { name: 'Surgery alone: Alive 72, Died 28' })
    expect(image.querySelectorAll('.icon')).toHaveLength(100)
    expect(image.querySelectorAll('.icon--first')).toHaveLength(72)
    const legend = container.querySelector('figcaption') as HTMLElement
    expect(within(legend).getByText('72')).toBeInTheDocument()
    expect(within(legend).getByText('28')).toBeInTheDocument()
  })

  it('draws people icons when asked', async () => {
    await renderWithI18n(<IconArray count={5} firstLabel="Alive" restLabel="Died" shape="people" caption="X" />)
    expect(screen.getByRole('img').querySelectorAll('path.icon')).toHaveLength(100)
  })

  it.each([
    [-3, 0],
    [140, 100],
    [49.6, 50],
  ])('keeps a count of %s within 0..100 (%s filled), so the two groups always sum to 100', async (count, filled) => {
    await renderWithI18n(<IconArray count={count} firstLabel="A" restLabel="B" shape="squares" caption="C" />)
    expect(screen.getByRole('img').querySelectorAll('.icon--first')).toHaveLength(filled)
    expect(screen.getByRole('img', { name: `C: A ${filled}, B ${100 - filled}` })).toBeInTheDocument()
  })
})
