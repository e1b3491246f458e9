// Offline and installable: after one visit the service worker controls the page, and with the
// network cut a reload still opens the app and it still computes.
import { describe, expect, it } from 'vitest'
import { appForFile, appReady } from './harness'

const HASH = '#v=1&site=extremity&age=60&sizeCm=8&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower'

const app = appForFile()

describe('offline', () => {
  it('has a web manifest with icons, and works with the network cut after the first visit', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'en-GB', hash: HASH })
    await page.locator('.option-grid th[data-option]').first().waitFor()

    // Installable: a manifest from our own origin with PNG and SVG icons that load.
    const manifestHref = await page.locator('link[rel=manifest]').getAttribute('href')
    expect(manifestHref).toBe('/manifest.webmanifest')
    const manifestUrl = new URL(manifestHref ?? '', app.origin)
    const manifest = (await (await page.request.get(manifestUrl.href)).json()) as { icons: { src: string; sizes: string }[]; start_url: string; scope: string }
    // Its URLs are relative to the manifest itself, so the same file works under any path.
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(`${app.origin}/`)
    expect(new URL(manifest.scope, manifestUrl).href).toBe(`${app.origin}/`)
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, manifestUrl).href)).ok()).toBe(true)

    // First visit: the worker installs, precaches everything and takes control.
    await page.waitForFunction(async () => {
      await navigator.serviceWorker.ready
      return navigator.serviceWorker.controller !== null
    })

    // Network cut, reload: the app comes from the cache and computes for new values.
    await context.setOffline(true)
    await page.reload()
    await appReady(page)
    await page.locator('.option-grid th[data-option]').first().waitFor()
    const figure = page.locator('.option-grid td[data-option] .figure__number').first()
    const before = await figure.textContent()
    await page.locator('input[name=age]').fill('85')
    await page.locator('input[name=sizeCm]').fill('20')
    await expect.poll(async () => figure.textContent()).not.toBe(before)
    // The browser's own print (Ctrl+P) builds the summary in beforeprint, from the cached code.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
        return page.locator('.print-summary').count()
      })
      .toBe(1)
    await context.setOffline(false)
    assertClean()
    await context.close()
  })
})
