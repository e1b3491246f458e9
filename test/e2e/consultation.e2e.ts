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
