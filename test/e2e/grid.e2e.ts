// Issue 20's budgets for the option grid on the extremity shared link, in both languages, at the
// two laptop sizes: the five option headers in one row; in every column alive, tumour back and
// the main harm within 1,000 px below the headers; at most 500 words there; the page at most
// 6,000 px tall before anything is opened; details built only when opened; axe clean.
import { mkdirSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { appForFile, axeViolations, describeViolations } from './harness'

const HASH = '#v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower'
const CASES = [
  { lng: 'en', locale: 'en-GB', width: 1366, height: 768 },
  { lng: 'nl', locale: 'nl-NL', width: 1366, height: 768 },
  { lng: 'en', locale: 'en-GB', width: 1280, height: 720 },
  { lng: 'nl', locale: 'nl-NL', width: 1280, height: 720 },
] as const

const app = appForFile()
beforeAll(() => {
  mkdirSync('.tmp/e2e', { recursive: true })
})

describe.each(CASES)('the option grid, $lng at $width x $height', (c) => {
  it('keeps the decision within its budgets', async () => {
    const { page, context, assertClean } = await app.open({ locale: c.locale, hash: HASH, viewport: { width: c.width, height: c.height } })
    const headers = page.locator('#main .option-grid thead th[data-option]')
    await headers.first().waitFor()
    // The trials and the rest of the page have come in.
    await page.locator('#trials-heading').waitFor()
    const m = await page.evaluate(() => {
      const heads = [...document.querySelectorAll('#main .option-grid thead th[data-option]')].map((h) => h.getBoundingClientRect())
      const below = Math.max(...heads.map((h) => h.bottom)) + scrollY
      const bottomOf = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect().bottom + scrollY - below)
      // Words of every visible text under the headers that starts within 1,000 px of them.
      let words = 0
      const walker = document.createTreeWalker(document.querySelector('#main .results') as Node, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement
        if (!el || el.closest('.visually-hidden')) continue
        const range = document.createRange()
        range.selectNodeContents(n)
        const inBand = [...range.getClientRects()].some((r) => r.width > 0 && r.top + scrollY >= below && r.top + scrollY < below + 1000)
        if (inBand) words += (n.textContent ?? '').trim().split(/\s+/).filter(Boolean).length
      }
      return {
        tops: heads.map((h) => Math.round(h.top)),
        alive: bottomOf('#main .option-grid tbody[data-row="alive"] td .option-grid__figure'),
        local: bottomOf('#main .option-grid tbody[data-row="local"] td :is(.option-grid__trial, .option-grid__quiet)'),
        harm: bottomOf('#main .option-grid tbody[data-row="harms"] td .option-grid__harm:first-child'),
        words,
        height: document.documentElement.scrollHeight,
        scroll: document.documentElement.scrollWidth,
        articles: document.querySelectorAll('#main article[data-option]').length,
      }
    })
    console.log(`grid ${c.lng} ${c.width}x${c.height}: page ${m.height} px, ${m.words} words in the 1,000 px under the headers, rows end at alive ${Math.max(...m.alive)}, tumour back ${Math.max(...m.local)}, harm ${Math.max(...m.harm)} px`)
    expect(m.tops).toHaveLength(5)
    expect(new Set(m.tops).size, 'five option headers in one row').toBe(1)
    for (const row of [m.alive, m.local, m.harm]) {
      expect(row).toHaveLength(5)
      expect(Math.max(...row)).toBeLessThanOrEqual(1000)
    }
    expect(m.words).toBeLessThanOrEqual(500)
    expect(m.height).toBeLessThanOrEqual(6000)
    expect(m.scroll).toBe(c.width)
    // No option's details are built before they are opened.
    expect(m.articles).toBe(0)
    await page.screenshot({ path: `.tmp/e2e/grid-${c.lng}-${c.width}.png` })

    // Details open by keyboard, built then.
    const summary = page.locator('#main .option-grid__details > summary').nth(3)
    await summary.focus()
    await page.keyboard.press('Enter')
    await page.locator('#main td[data-option="postop_rt"] article[data-option="postop_rt"]').waitFor()
    expect(await page.locator('#main article[data-option]').count()).toBe(1)
    // A source marker opens its source.
    await page.locator('#main tbody[data-row="local"] td[data-option="postop_rt"] .source-mark > summary').click()
    expect(await page.locator('#main tbody[data-row="local"] td[data-option="postop_rt"] .source-mark__list').textContent()).toMatch(/Yang/)
    expect(describeViolations(await axeViolations(page))).toBe('')
    assertClean()
    await context.close()
  })
})
