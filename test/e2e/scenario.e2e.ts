import { describe, expect, it } from 'vitest'
import { appForFile, axeViolations, describeViolations } from './harness'
import { EXTREMITY, figureMismatches, fillPatient, RPS } from './consultationPage'

const app = appForFile()

describe('keeping the scenario', () => {
  it('switches language without losing any input, and the link restores the scenario', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'en-GB' })
    await fillPatient(page, 'en', EXTREMITY, '12.5')
    await page.getByRole('radio', { name: '10 years', exact: true }).check()
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nl')
    await page.getByRole('heading', { level: 1, name: 'Keuzehulp wekedelensarcoom' }).waitFor()
    expect(await page.locator('#main form').getByLabel(/^Tumorgrootte/).inputValue()).toBe('12.5')
    expect(await page.locator('#main form').getByLabel(/^Leeftijd/).inputValue()).toBe('45')
    expect(await page.getByRole('radio', { name: '10 jaar', exact: true }).isChecked()).toBe(true)
    expect(await figureMismatches(page, EXTREMITY, 10, 'nl')).toEqual([])

    const link = page.url()
    expect(link).toContain('#v=2&')
    const second = await app.open({ locale: 'en-GB', path: new URL(link).pathname + new URL(link).search, hash: new URL(link).hash })
    await second.page.locator('#main .option-grid th[data-option="surgery_alone"]').waitFor()
    expect(await second.page.locator('#main form').getByLabel(/^Tumour size/).inputValue()).toBe('12.5')
    expect(await second.page.getByRole('radio', { name: '10 years', exact: true }).isChecked()).toBe(true)
    expect(await figureMismatches(second.page, EXTREMITY, 10, 'en')).toEqual([])
    second.assertClean()
    assertClean()
    await context.close()
    await second.context.close()
  })

  it('a malformed link shows a clear message and an empty, usable form', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'en-GB', hash: '#v=9&age=%%%&site=moon' })
    await page.getByRole('alert').filter({ hasText: 'This link could not be read' }).waitFor()
    expect(await page.locator('#main form').getByLabel(/^Age/).inputValue()).toBe('')
    await fillPatient(page, 'en', RPS)
    await page.locator('#main .option-grid th[data-option="surgery_alone"]').waitFor()
    expect(await figureMismatches(page, RPS, 5, 'en')).toEqual([])
    expect(describeViolations(await axeViolations(page))).toBe('')
    assertClean()
    await context.close()
  })

  it('a link with one bad value keeps the rest and says so', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'en-GB', hash: '#v=1&site=extremity&age=60&sizeCm=abc&depth=deep' })
    await page.getByRole('alert').filter({ hasText: 'Some values in this link could not be read' }).waitFor()
    expect(await page.locator('#main form').getByLabel(/^Age/).inputValue()).toBe('60')
    expect(await page.locator('#main form').getByLabel(/^Tumour size/).inputValue()).toBe('')
    assertClean()
    await context.close()
  })
})

describe('trials and sources', () => {
  it.each(['en', 'nl'] as const)('reads the trials panel and About the model in %s', async (lng) => {
    const { page, context, assertClean } = await app.open({ locale: lng === 'nl' ? 'nl-NL' : 'en-GB' })
    await fillPatient(page, lng, { ...RPS, grade: 3 })
    const strass2 = page.locator('#main details[data-trial="strass2"]')
    await strass2.locator('summary').click()
    expect(await strass2.locator('summary .status').textContent()).toBe(lng === 'en' ? 'To confirm' : 'Te bevestigen')
    // The criteria are built when the card opens (its toggle event comes a task later).
    await expect.poll(() => strass2.locator('li.criterion').count()).toBeGreaterThan(10)
    expect(await page.locator('#main details.trial').count()).toBe(9)
    expect(describeViolations(await axeViolations(page))).toBe('')

    await page.getByRole('button', { name: lng === 'en' ? 'About the model' : 'Over het model' }).click()
    await page.getByRole('heading', { level: 2, name: lng === 'en' ? 'About the model' : 'Over het model' }).waitFor()
    const about = (await page.locator('main').textContent()) ?? ''
    expect(about).toContain('Gronchi')
    expect(about).toContain('523')
    expect(about).toContain('Kattan')
    expect(await page.locator('table.provenance tbody tr').count()).toBe(3)
    expect(describeViolations(await axeViolations(page))).toBe('')
    await page.getByRole('button', { name: lng === 'en' ? 'Back to the consultation' : 'Terug naar het consult' }).click()
    await page.locator('#main .option-grid th[data-option="surgery_alone"]').waitFor()
    assertClean()
    await context.close()
  })
})
