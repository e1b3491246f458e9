import { describe, expect, it } from 'vitest'
import { appForFile, axeViolations, describeViolations } from './harness'
import { EXTREMITY, figureMismatches, fillPatient, horizonsFor, RPS } from './consultationPage'

const app = appForFile()

const HORIZON_LABEL = { en: (y: number) => `${y} years`, nl: (y: number) => `${y} jaar` }

describe.each(['en', 'nl'] as const)('consultation in %s', (lng) => {
  it.each([
    ['a retroperitoneal', RPS, '15'],
    ['an extremity', EXTREMITY, lng === 'nl' ? '12,5' : '12.5'],
  ] as const)('shows %s patient\'s figures as the engine computes them, at every horizon', async (_, input, sizeText) => {
    const { page, context, assertClean } = await app.open({ locale: lng === 'nl' ? 'nl-NL' : 'en-GB' })
    await fillPatient(page, lng, input, sizeText)
    await page.locator('#main .option-grid th[data-option="surgery_alone"]').waitFor()
    const horizons = horizonsFor(input)
    expect(horizons.length).toBeGreaterThan(1)
    for (const years of horizons) {
      await page.getByRole('radio', { name: HORIZON_LABEL[lng](years), exact: true }).check()
      expect(await figureMismatches(page, input, years, lng)).toEqual([])
    }
    // One axe pass per language on the fuller screen (five options); the retroperitoneal screen
    // has the same components, and axe is the slowest step of the suite.
    if (input.site !== 'retroperitoneum') expect(describeViolations(await axeViolations(page))).toBe('')
    assertClean()
    await context.close()
  })
})

// Issue 20: the retroperitoneum is deep by definition. A link without depth shows the figures,
// the form says the site counts as deep, and STRASS is shown arm by arm beside its other arm.
const RPS_LINK = '#v=2&site=retroperitoneum&age=60&sizeCm=15&histology=dedifferentiated_liposarcoma&grade=2'
const RPS_WORDS = {
  en: { locale: 'en-GB', depth: 'Depth', note: /always counts as deep/, strass: /Group with radiotherapy before surgery: 59 out of 100.*Surgery-alone group: 60 out of 100/s, harm: /24 out of 100/ },
  nl: { locale: 'nl-NL', depth: 'Diepte', note: /telt altijd als diep/, strass: /Groep met bestraling voor de operatie: 59 van de 100.*Groep met alleen operatie: 60 van de 100/s, harm: /24 van de 100/ },
} as const

describe.each(['en', 'nl'] as const)('a shared retroperitoneal link without depth (%s)', (lng) => {
  it('shows the figures, says the retroperitoneum counts as deep, and gives STRASS arm by arm', async () => {
    const w = RPS_WORDS[lng]
    const { page, context, assertClean } = await app.open({ locale: w.locale, hash: RPS_LINK })
    await page.locator('#main .option-grid td[data-option="surgery_alone"]').first().waitFor()
    const { multifocal: _multifocal, expectedMargin: _margin, ...input } = RPS
    for (const years of horizonsFor(input)) {
      await page.getByRole('radio', { name: HORIZON_LABEL[lng](years), exact: true }).check()
      expect(await figureMismatches(page, input, years, lng)).toEqual([])
    }
    const form = page.locator('#main form')
    expect(await form.getByLabel(w.depth, { exact: true }).count()).toBe(0)
    await form.getByText(w.note).waitFor()
    // The radiotherapy option's cells in the grid: STRASS arm by arm in the tumour-back row, its harm below.
    const rt = () => page.evaluate(() => [...document.querySelectorAll('#main .option-grid td[data-option="preop_rt_conventional"]')].map((cell) => cell.textContent).join(' '))
    await expect.poll(rt).toMatch(w.strass)
    expect(await rt()).toMatch(w.harm)
    // The link is not rewritten with a depth the user never chose.
    expect(await page.evaluate(() => window.location.hash)).not.toContain('depth')
    expect(describeViolations(await axeViolations(page))).toBe('')
    await page.screenshot({ path: `.tmp/shots/rps-no-depth-${lng}.png`, fullPage: true })
    assertClean()
    await context.close()
  })
})
