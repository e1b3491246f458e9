// Tumour-board mode in real Chromium: opened by its key outside text fields, large and legible
// at the two usual projector sizes (screenshots in .tmp/e2e), and left with Esc, nothing lost.
import { mkdirSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appForFile, axeViolations, describeViolations } from './harness'

const HASH = '#v=1&site=extremity&age=60&sizeCm=8&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower'
// Each language at one size and each size in one language: the layout does not depend on the
// language, and four runs cost the suite half a minute more.
const CASES = [
  { lng: 'en', locale: 'en-GB', width: 1920, height: 1080, board: 'Tumour board', back: 'Back to consultation' },
  { lng: 'nl', locale: 'nl-NL', width: 1280, height: 720, board: 'Tumorbespreking', back: 'Terug naar het consult' },
] as const

const fontSizes = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)))

const app = appForFile()
beforeAll(() => {
  mkdirSync('.tmp/e2e', { recursive: true })
})

describe.each(CASES)('tumour board, $lng at $width x $height', (c) => {
  it('shows the option grid with a large figure in 2-4 columns, alive, tumour back and main harm on one screen, the inputs in one line, trials one per line, and Esc returns', async () => {
    const { page, context, assertClean } = await app.open({ locale: c.locale, hash: HASH, viewport: { width: c.width, height: c.height } })
    await page.locator('.option-grid th[data-option]').first().waitFor()
    const consult = Math.max(...(await fontSizes(page, '.option-grid .figure__number')))
    const age = page.locator('input[name=age]')

    // A "b" typed in a text field stays text (WCAG 2.1.4).
    await age.focus()
    await page.keyboard.press('b')
    expect(await page.locator('.board').count()).toBe(0)
    await age.fill('60')

    // The key outside text fields opens the board.
    await page.locator('.app-header h1').click()
    await page.keyboard.press('b')
    await page.locator('.board').waitFor()
    await page.locator('.option-grid--board thead th[data-option]').first().waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(c.board)
    await page.screenshot({ path: `.tmp/e2e/board-${c.lng}-${c.width}x${c.height}.png` })

    const board = Math.min(...(await fontSizes(page, '.option-grid--board .option-grid__figure--large .figure__number')))
    console.log(`board ${c.lng} ${c.width}x${c.height}: figure ${board}px, consultation ${consult}px (${(board / consult).toFixed(2)}x)`)
    expect(board).toBeGreaterThanOrEqual(36)
    expect(board).toBeGreaterThanOrEqual(1.8 * consult)
    // The grid's other words at a projector's reading size.
    expect(Math.min(...(await fontSizes(page, '.option-grid--board td .option-grid__line')))).toBeGreaterThanOrEqual(16)
    // Every option shown: alive, tumour back and the main harm on one screen, nothing scrolled.
    const bottoms = await page.evaluate(() =>
      [...document.querySelectorAll('.option-grid--board tbody[data-row="alive"] td, .option-grid--board tbody[data-row="local"] td, .option-grid--board tbody[data-row="harms"] td .option-grid__harm:first-child')].map((el) => el.getBoundingClientRect().bottom),
    )
    expect(bottoms.length).toBeGreaterThanOrEqual(3 * 2)
    console.log(`board ${c.lng} ${c.width}x${c.height}: alive, tumour back and main harm end at ${Math.round(Math.max(...bottoms))} px`)
    expect(Math.max(...bottoms), 'alive, tumour back and main harm within the screen').toBeLessThanOrEqual(c.height)

    const columns = await page.locator('.option-grid--board thead th[data-option]').count()
    expect(columns).toBeGreaterThanOrEqual(2)
    expect(columns).toBeLessThanOrEqual(4)
    const inputs = page.locator('.board__inputs')
    expect(await inputs.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getClientRects().length === 1)).toBe(true)
    const lineHeight = await page.locator('.board-trial').first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight))
    for (const height of await page.locator('.board-trial').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) {
      expect(height).toBeLessThan(lineHeight * 1.9)
    }
    expect(await page.locator('.board-trial').count()).toBe(9)
    expect(describeViolations(await axeViolations(page))).toBe('')

    // The options to show can be chosen, never fewer than two.
    await page.locator('.board__choose summary').click()
    const boxes = page.locator('.board__choose input[type=checkbox]')
    await boxes.first().uncheck()
    expect(await page.locator('.option-grid--board thead th[data-option]').count()).toBe(columns - 1)
    await boxes.nth(1).uncheck()
    expect(await page.locator('.option-grid--board thead th[data-option]').count()).toBe(2)
    expect(await page.locator('.board__choose input:checked').first().isDisabled()).toBe(true)
    await page.locator('.board__choose summary').click()
    const hashBefore = new URL(page.url()).hash

    // Esc returns to the consultation with the inputs and the link as they were.
    await page.keyboard.press('Escape')
    await page.locator('.option-grid th[data-option]').first().waitFor()
    expect(await page.locator('.board').count()).toBe(0)
    expect(await page.locator('input[name=age]').inputValue()).toBe('60')
    expect(new URL(page.url()).hash).toBe(hashBefore)
    await page.getByRole('button', { name: c.board }).click()
    await page.locator('.option-grid--board thead th[data-option]').first().waitFor()
    expect(await page.locator('.option-grid--board thead th[data-option]').count()).toBe(2)
    await page.getByRole('button', { name: c.back }).click()
    await page.locator('.option-grid th[data-option]').first().waitFor()
    assertClean()
    await context.close()
  })
})
