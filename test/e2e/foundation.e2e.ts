import { describe, expect, it } from 'vitest'
import { appForFile, appReady, axeViolations, describeViolations } from './harness'

const app = appForFile()

describe('first visit', () => {
  it('opens in English, switches to Dutch and back, remembers the choice, with no outside request, console error or axe violation', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'en-GB' })
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sarcoma decision aid')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(describeViolations(await axeViolations(page))).toBe('')

    await page.getByRole('combobox', { name: 'Language' }).selectOption('nl')
    await page.getByRole('heading', { level: 1, name: 'Keuzehulp wekedelensarcoom' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    expect(describeViolations(await axeViolations(page))).toBe('')

    // The choice is remembered across a reload.
    await page.reload()
    await appReady(page)
    await page.getByRole('heading', { level: 1, name: 'Keuzehulp wekedelensarcoom' }).waitFor()
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('en')
    await page.getByRole('heading', { level: 1, name: 'Sarcoma decision aid' }).waitFor()
    assertClean()
    await context.close()
  })

  it('opens in Dutch for a Dutch browser', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'nl-NL' })
    await page.getByRole('heading', { level: 1, name: 'Keuzehulp wekedelensarcoom' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    assertClean()
    await context.close()
  })
})
