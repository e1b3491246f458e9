// The first screen is prerendered HTML (src/app/prerender.tsx, built into index.html in English
// and Dutch): it must read right before any of the app's JavaScript has run, in the browser's
// language, and React must adopt it (hydrate) rather than throw it away and draw it again.
import { describe, expect, it } from 'vitest'
import type { BrowserContext } from 'playwright-core'
import { appForFile } from './harness'

declare global {
  interface Window {
    __firstHeading?: Element | null
  }
}

const app = appForFile()

/** The app's own scripts never arrive: what is on screen comes from HTML, CSS and shell/*.js. */
const withoutAppScripts = async (context: BrowserContext) => {
  await context.route('**/assets/*.js', (route) => route.abort())
}

/** The app's scripts arrive late (a slow network): time to use the screen before React has it. */
const withSlowAppScripts = async (context: BrowserContext) => {
  await context.route(/\/assets\/(?!index-)[^/]+\.js$/, async (route) => {
    await new Promise((done) => setTimeout(done, 1500))
    await route.continue()
  })
}

/** Remembers the heading element the HTML produced, once the document (and shell swap) is in. */
const rememberFirstHeading = async (context: BrowserContext) => {
  await context.addInitScript(() => {
    window.addEventListener('load', () => {
      window.__firstHeading = document.querySelector('#root h1')
    })
  })
}

describe('the prerendered first screen', () => {
  it('shows the form in English from HTML alone', async () => {
    const { page, context } = await app.open({ beforeLoad: withoutAppScripts, waitForApp: false })
    await page.waitForLoadState('load')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await expect(page.locator('h1').textContent()).resolves.toBe('Sarcoma decision aid')
    expect(await page.locator('#main form select[name=site]').count()).toBe(1)
    expect(await page.locator('.missing-fields li').allTextContents()).toEqual(['Site', 'Age', 'Tumour size', 'Depth', 'Histology', 'Grade'])
    expect(await page.locator('#root').getAttribute('data-hydrated')).toBeNull()
    expect(await page.locator('#root').isVisible()).toBe(true)
    await context.close()
  })

  it('shows it in Dutch to a Dutch browser before any of the app has loaded', async () => {
    const { page, context } = await app.open({ locale: 'nl-NL', beforeLoad: withoutAppScripts, waitForApp: false })
    await page.waitForLoadState('load')
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    await expect(page.locator('h1').textContent()).resolves.toBe('Keuzehulp wekedelensarcoom')
    expect(await page.locator('#root').getAttribute('data-shell')).toBe('nl')
    expect(await page.locator('.missing-fields li').first().textContent()).toBe('Locatie')
    expect(await page.locator('#root').isVisible()).toBe(true)
    // The Dutch screen was a template: no element id is on the page twice.
    const duplicateIds = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id)
      return ids.filter((id, index) => ids.indexOf(id) !== index)
    })
    expect(duplicateIds).toEqual([])
    await context.close()
  })

  it.each([
    ['en-GB', 'Sarcoma decision aid', 'Site', 'Age'],
    ['nl-NL', 'Keuzehulp wekedelensarcoom', 'Locatie', 'Leeftijd'],
  ])('is adopted by React in %s without a hydration error, then answers input', async (locale, heading, site, age) => {
    const { page, context, assertClean } = await app.open({ locale, beforeLoad: rememberFirstHeading })
    await expect(page.locator('h1').textContent()).resolves.toBe(heading)
    // The element the HTML produced is still the one on screen: hydrated, not redrawn.
    await page.waitForFunction(() => window.__firstHeading !== undefined)
    expect(await page.evaluate(() => window.__firstHeading === document.querySelector('#root h1'))).toBe(true)
    const form = page.locator('#main form')
    await form.getByLabel(site, { exact: true }).selectOption('extremity')
    await form.getByLabel(new RegExp(`^${age}`)).fill('60')
    await expect.poll(() => page.locator('.missing-fields li').count()).toBe(4)
    assertClean()
    await context.close()
  })

  it('keeps what was typed, chosen and clicked before the app had loaded', async () => {
    const { page, context, assertClean } = await app.open({ beforeLoad: withSlowAppScripts, waitForApp: false })
    const form = page.locator('#main form')
    await form.getByLabel(/^Age/).fill('60')
    await form.getByLabel('Site', { exact: true }).selectOption('extremity')
    await page.getByRole('button', { name: 'About the model' }).click()
    expect(await page.locator('#root').getAttribute('data-hydrated')).toBeNull()
    // Once React has the screen, the two values are in the app's state and the click took effect.
    await page.locator('#root[data-hydrated]').waitFor({ state: 'attached' })
    await page.getByRole('heading', { level: 2, name: 'About the model' }).waitFor()
    await page.getByRole('button', { name: 'Back to the consultation' }).click()
    expect(await form.getByLabel(/^Age/).inputValue()).toBe('60')
    expect(await form.getByLabel('Site', { exact: true }).inputValue()).toBe('extremity')
    expect(await page.locator('.missing-fields li').allTextContents()).toEqual(['Tumour size', 'Depth', 'Histology', 'Grade'])
    assertClean()
    await context.close()
  })
})
