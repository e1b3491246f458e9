// Issue 8, security: the Content-Security-Policy forbids inline scripts (no 'unsafe-inline'
// for script-src) and the app lives with it. A journey through consultation, horizons,
// language switch, About, print and reload records every `securitypolicyviolation` event from
// the first byte (an init script) besides the console errors the harness already fails on;
// no request may leave the origin, and the scenario survives reload, language switch and print.
import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import type { PatientInput } from '@/model'
import { cspDirectives } from '../support/csp'
import { fillPatient, figureMismatches } from './consultationPage'
import { appForFile, appReady, cspViolations, recordCspViolations } from './harness'

const RPS: PatientInput = { age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, site: 'retroperitoneum', multifocal: false }

/** Records every CSP violation of every document the context loads, from its first script on. */
const recordViolations = async (context: BrowserContext, page: Page): Promise<void> => {
  await recordCspViolations(context)
  await page.reload()
  await appReady(page)
}
const violations = cspViolations

const app = appForFile()

describe('Content-Security-Policy', () => {
  it('allows scripts from the origin only: no inline script, no eval', async () => {
    const { page, context, consoleErrors } = await app.open({ locale: 'en-GB' })
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''
    const directives = cspDirectives(csp)
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    // No inline script: the only script element without src is the build's JSON data block
    // (the chunks to prefetch), which no browser executes.
    expect(await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.getAttribute('type')))).toEqual(['application/json'])

    // The policy is enforced, not only declared: an injected inline script is blocked and reported.
    await recordViolations(context, page)
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.head.append(script)
    })
    await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/))
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
    expect(consoleErrors.join('\n')).toMatch(/Content Security Policy/)
    await context.close()
  })

  it('has no violation, console error or outside request through consultation, language, About, print and reload, and keeps the scenario', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'en-GB' })
    await recordViolations(context, page)
    const form = page.locator('#main form')

    await fillPatient(page, 'en', RPS)
    await page.locator('#main .option-grid th[data-option="surgery_alone"]').waitFor()
    await page.getByRole('radio', { name: '7 years', exact: true }).check()
    expect(await figureMismatches(page, RPS, 7, 'en')).toEqual([])
    const link = page.url()
    expect(link).toContain('#v=2&')

    // Language switch: same inputs, same horizon, same figures, in Dutch.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nl')
    await page.getByRole('heading', { level: 1, name: 'Keuzehulp wekedelensarcoom' }).waitFor()
    expect(await form.getByLabel(/^Leeftijd/).inputValue()).toBe('60')
    expect(await page.getByRole('radio', { name: '7 jaar', exact: true }).isChecked()).toBe(true)
    expect(await figureMismatches(page, RPS, 7, 'nl')).toEqual([])

    // About the model and back: the lazy view loads within the policy.
    await page.getByRole('button', { name: 'Over het model' }).click()
    await page.getByRole('heading', { level: 2, name: 'Over het model' }).waitFor()
    await page.getByRole('button', { name: 'Terug naar het consult' }).click()
    await page.locator('#main .option-grid th[data-option="surgery_alone"]').waitFor()

    // Print: the print layout renders within the policy and the scenario is untouched.
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await page.emulateMedia({ media: 'screen' })
    expect(page.url()).toBe(link)

    // Reload: the hash brings the whole scenario back.
    await page.reload()
    await appReady(page)
    await page.locator('#main .option-grid th[data-option="surgery_alone"]').waitFor()
    expect(await form.getByLabel(/^Leeftijd/).inputValue()).toBe('60')
    expect(await form.getByLabel(/^Tumorgrootte/).inputValue()).toBe('15')
    expect(await page.getByRole('radio', { name: '7 jaar', exact: true }).isChecked()).toBe(true)
    expect(await figureMismatches(page, RPS, 7, 'nl')).toEqual([])

    expect(await violations(page)).toEqual([])
    assertClean()
    await context.close()
  })
})
