// A shared link opened on a phone (issue 16): 320 and 390 px wide, touch, device scale 2, in
// both languages. Nothing scrolls the page sideways, the form fits, every option is reachable
// through the switcher and its figures can be read; the charts and icon arrays fit. Screenshots
// go to .tmp/e2e/phone-*.png, to be looked at.
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { deriveFromFields } from '@/state/derive'
import { decodeHash } from '@/state/urlHash'
import { appForFile, axeViolations, describeViolations } from './harness'
import { expectedFigureText, figureMismatches } from './consultationPage'
import { OUTCOME_IDS } from '@/model/types'

const HASH = '#v=1&site=extremity&age=60&sizeCm=8&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower'
const derived = deriveFromFields(decodeHash(HASH).scenario.fields)
if (derived.kind !== 'ready') throw new Error('test input not ready')
const { input, prediction } = derived
const OPTIONS = prediction.options.map((o) => o.id)
/** How many personal figures the engine gives an option at the horizon (none: the column says why). */
const figureCount = (id: (typeof OPTIONS)[number], years: number) => OUTCOME_IDS.filter((outcome) => expectedFigureText(input, id, outcome, years, 'en') !== null).length

const CASES = [
  { width: 320, lng: 'en', locale: 'en-GB', about: 'About the model', years: 5 },
  { width: 320, lng: 'nl', locale: 'nl-NL', about: 'Over het model', years: 5 },
  { width: 390, lng: 'en', locale: 'en-GB', about: 'About the model', years: 5 },
  { width: 390, lng: 'nl', locale: 'nl-NL', about: 'Over het model', years: 5 },
] as const

/** The page's layout width and its scrollable width: on a phone the page widens to fit content. */
const widths = (page: Page) => page.evaluate(() => ({ inner: window.innerWidth, scroll: document.documentElement.scrollWidth }))

/** Visible controls lower than 44 px (touch targets), by their text. */
const smallTargets = (page: Page, scope: string) =>
  page.evaluate((selector) => {
    const controls = document.querySelectorAll<HTMLElement>(`${selector} :is(button, select, input:not([type=radio]):not([type=checkbox]), summary, .segmented__item, a[href])`)
    return [...controls]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('p, li, dd, .option-grid__line'))
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(el.getBoundingClientRect().height)} px`)
  }, scope)

const app = appForFile()
beforeAll(() => {
  mkdirSync('.tmp/e2e', { recursive: true })
})

describe.each(CASES)('a shared link on a $width px phone in $lng', ({ width, lng, locale, about, years }) => {
  it('fits the width, shows every option\'s key figures in the grid without a tap, and each option\'s details one at a time', async () => {
    const { page, context, assertClean } = await app.open({ locale, hash: HASH, phone: true, viewport: { width, height: 800 } })
    const grid = page.locator('#main .option-grid')
    await grid.locator('tbody th[data-option], tbody tr[data-option] th').first().waitFor()
    // Every option's name and its alive figure within 2.5 screen heights of the first option's name, nothing tapped.
    const spots = await page.evaluate(() =>
      [...document.querySelectorAll('#main .option-grid tbody tr[data-option]')].map((tr) => {
        const name = tr.querySelector('th')?.getBoundingClientRect()
        const alive = tr.querySelector('td[data-row="alive"] .option-grid__figure')?.getBoundingClientRect()
        return { name: name?.top ?? NaN, alive: alive?.bottom ?? NaN, right: alive?.right ?? NaN }
      }),
    )
    expect(spots.map((s) => Number.isFinite(s.alive))).toEqual(OPTIONS.map(() => true))
    const first = spots[0]?.name ?? 0
    for (const s of spots) {
      expect(s.alive - first).toBeLessThanOrEqual(2.5 * 800)
      // The alive figure in view without scrolling the grid sideways.
      expect(s.right).toBeLessThanOrEqual(width)
    }
    await grid.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `.tmp/e2e/phone-${width}-${lng}-grid.png` })
    // The details, option by option, open under the grid.
    await page.locator('.option-grid__phone-details > summary').tap()
    const tabs = page.getByRole('tab')
    await tabs.first().waitFor()

    // No sideways scroll of the page: the layout kept the phone's width.
    expect(await widths(page)).toEqual({ inner: width, scroll: width })
    // The form inside the viewport, every field.
    const fields = await page.locator('#main form :is(input, select)').evaluateAll((els) => els.filter((e) => e.getClientRects().length).map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]))
    expect(fields.length).toBeGreaterThan(5)
    for (const [left, right] of fields) {
      expect(left).toBeGreaterThanOrEqual(0)
      expect(right).toBeLessThanOrEqual(width)
    }

    // The switcher names every option; one column shows at a time.
    expect(await tabs.count()).toBe(OPTIONS.length)
    for (const [index, id] of OPTIONS.entries()) {
      await tabs.nth(index).tap()
      expect(await tabs.nth(index).getAttribute('aria-selected')).toBe('true')
      const column = page.locator(`#main article[data-option="${id}"]`)
      expect(await column.isVisible()).toBe(true)
      expect(await page.locator('#main article[data-option]:visible').count()).toBe(1)
      // Its figures: visible, inside the screen's width, at a readable size.
      const figures = column.locator('[data-outcome] .figure')
      expect(await figures.count()).toBe(figureCount(id, years))
      if (figureCount(id, years) === 0) expect(await column.locator('.no-estimates').isVisible()).toBe(true)
      for (const box of await figures.evaluateAll((els) => els.map((e) => ({ ...e.getBoundingClientRect().toJSON(), size: parseFloat(getComputedStyle(e).fontSize) })))) {
        expect(box.left).toBeGreaterThanOrEqual(0)
        expect(box.right).toBeLessThanOrEqual(width)
        expect(box.size).toBeGreaterThanOrEqual(14)
      }
      for (const right of await column.locator('.icon-array svg').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(right).toBeLessThanOrEqual(width)
      await column.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `.tmp/e2e/phone-${width}-${lng}-${index}-${id}.png` })
      expect(await widths(page)).toEqual({ inner: width, scroll: width })
    }
    // Every figure the engine gives, for every option, is on the page.
    expect(await figureMismatches(page, input, years, lng)).toEqual([])

    // The switcher by keyboard: arrow keys move the choice and the focus.
    await tabs.first().tap()
    await tabs.first().focus()
    await page.keyboard.press('ArrowDown')
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true')
    expect(await tabs.nth(1).evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('End')
    expect(await tabs.last().getAttribute('aria-selected')).toBe('true')

    // Touch targets of the form and the results at least 44 px high.
    expect(await smallTargets(page, '#main')).toEqual([])
    expect(describeViolations(await axeViolations(page))).toBe('')

    // The charts, built when scrolled near, fit the width.
    await page.locator('.charts-section').scrollIntoViewIfNeeded()
    await page.locator('.chart svg').first().waitFor()
    for (const box of await page.locator('.chart').evaluateAll((els) => els.map((e) => ({ ...e.getBoundingClientRect().toJSON(), inner: e.scrollWidth, outer: e.clientWidth })))) {
      expect(box.left).toBeGreaterThanOrEqual(0)
      expect(box.right).toBeLessThanOrEqual(width)
      // Nothing inside a chart (its SVG, its table twin) wider than the chart: the section clips.
      expect(box.inner).toBeLessThanOrEqual(box.outer)
    }
    await page.locator('.chart').first().screenshot({ path: `.tmp/e2e/phone-${width}-${lng}-chart.png` })
    await page.locator('.trials-panel').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `.tmp/e2e/phone-${width}-${lng}-trials.png` })
    expect(await widths(page)).toEqual({ inner: width, scroll: width })

    // About the model: its wide table scrolls in its own region, the page does not.
    await page.getByRole('button', { name: about, exact: true }).tap()
    await page.locator('.about').waitFor()
    await page.locator('.provenance').waitFor()
    expect(await widths(page)).toEqual({ inner: width, scroll: width })
    await page.screenshot({ path: `.tmp/e2e/phone-${width}-${lng}-about.png` })
    assertClean()
    await context.close()
  })
})
