// The printed summary: Chromium's own PDF of the page in print media, read back with poppler's
// pdftotext, in each language. The figures on paper must be those on screen and the engine's.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { supportedHorizons, OUTCOME_IDS } from '@/model'
import { figureFor } from '@/components/figures'
import { chooseHorizon } from '@/state/horizon'
import { deriveFromFields } from '@/state/derive'
import { decodeHash } from '@/state/urlHash'
import { findPdftotext } from '../support/findChromium.mjs'
import { appForFile, axeViolations, describeViolations } from './harness'

const CASES = [
  {
    lng: 'en',
    locale: 'en-GB',
    hash: '#v=1&site=extremity&age=60&sizeCm=8&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower',
    inputs: ['60 years', '8 cm', 'Deep (at or below the fascia)', 'Undifferentiated pleomorphic sarcoma (UPS)', 'FNCLCC grade 3', 'Leg (lower limb)'],
    about: 'about',
    buttons: ['Print summary', 'Tumour board', 'About the model', 'Copy link to this scenario', 'Clear all fields', 'Print', 'Close'],
    value: 'Keeping my arm or leg working well',
    printLabel: 'Print',
  },
  {
    lng: 'nl',
    locale: 'nl-NL',
    hash: '#v=1&site=retroperitoneum&age=60&sizeCm=15&depth=deep&histology=dedifferentiated_liposarcoma&grade=2',
    inputs: ['60 jaar', '15 cm', 'Retroperitoneum', 'Gededifferentieerd liposarcoom (DDLPS)', 'FNCLCC graad 2'],
    about: 'ongeveer',
    buttons: ['Samenvatting afdrukken', 'Tumorbespreking', 'Over het model', 'Afdrukken', 'Sluiten'],
    value: 'Zo lang mogelijk leven',
    printLabel: 'Afdrukken',
  },
] as const

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
const hasWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text)

const app = appForFile()
beforeAll(() => {
  mkdirSync('.tmp/e2e', { recursive: true })
})

describe.each(CASES)('printed summary in $lng', (c) => {
  it('prints 1 to 3 A4 pages with the inputs, the values, every figure on screen and no buttons', async () => {
    const pdftotext = findPdftotext({ install: false })
    expect(pdftotext, 'poppler-utils (pdftotext) is needed').toBeTruthy()
    const { page, context, assertClean } = await app.open({ locale: c.locale, hash: c.hash })

    // Given the consultation screen with its figures (the summary is built when printing is
    // asked for, not with the screen: src/views/PrintSlot.tsx).
    await page.locator('.options .option').first().waitFor()
    const screenFigures = (await page.locator('.options .option [data-outcome] .figure').allTextContents()).map(squash)
    expect(screenFigures.length).toBeGreaterThan(0)

    // When the user opens the values step from the button, ticks a value and prints.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number }
      w.printed = 0
      window.print = () => void (w.printed += 1)
    })
    await page.getByRole('button', { name: c.buttons[0], exact: true }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await page.locator('.print-summary').waitFor({ state: 'attached' })
    expect(await page.locator('.print-summary').isVisible()).toBe(false)
    expect(describeViolations(await axeViolations(page))).toBe('')
    await dialog.getByLabel(c.value).check()
    await dialog.getByRole('button', { name: c.printLabel, exact: true }).click()
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1)
    expect(await dialog.isVisible()).toBe(false)
    expect(page.url()).toContain('values=')

    // Then the PDF Chromium prints holds the summary only.
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const file = `.tmp/e2e/summary-${c.lng}.pdf`
    writeFileSync(file, pdf)
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
    console.log(`printed summary (${c.lng}): ${pages} page(s)`)
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(3)
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `.tmp/e2e/summary-${c.lng}`])
    const layout = execFileSync(pdftotext as string, ['-layout', file, '-'], { encoding: 'utf8' })
    expect(layout.split('\f').filter((p) => p.trim()).length).toBe(pages)
    const raw = squash(execFileSync(pdftotext as string, ['-raw', file, '-'], { encoding: 'utf8' }))

    for (const input of c.inputs) expect(raw, `input ${input}`).toContain(input)
    expect(raw).toContain(c.value)
    for (const figure of screenFigures) expect(raw, `figure ${figure}`).toContain(figure)
    // The same figures straight from the engine for the same input.
    const derived = deriveFromFields(decodeHash(c.hash).scenario.fields)
    if (derived.kind !== 'ready') throw new Error('test input not ready')
    const years = chooseHorizon(supportedHorizons(derived.prediction), null)
    for (const option of derived.prediction.options) {
      for (const outcome of OUTCOME_IDS) {
        const figure = figureFor(derived.prediction, option.id, outcome, years)
        if (figure.kind === 'value' && !figure.bound) expect(raw).toContain(`${c.about} ${figure.people}`)
      }
    }
    for (const label of c.buttons) expect(hasWord(layout, label), `button label "${label}" on paper`).toBe(false)
    expect(raw).not.toMatch(/NaN|undefined|\w+\.\w+\.\w+_\w+/)
    assertClean()
    await context.close()
  })
})

describe('the browser\'s own print (Ctrl+P, no button)', () => {
  it('builds the summary in beforeprint: the PDF holds the inputs and the figures on screen', async () => {
    const c = CASES[0]
    const { page, context, assertClean } = await app.open({ locale: c.locale, hash: c.hash })
    await page.locator('.options .option').first().waitFor()
    const screenFigures = (await page.locator('.options .option [data-outcome] .figure').allTextContents()).map(squash)
    expect(await page.locator('.print-summary').count(), 'not built before printing').toBe(0)
    // The summary's code arrives when the browser is idle; printing then needs no network.
    await page.waitForLoadState('networkidle')
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const file = `.tmp/e2e/summary-ctrl-p-${c.lng}.pdf`
    writeFileSync(file, pdf)
    const raw = squash(execFileSync(findPdftotext({ install: false }) as string, ['-raw', file, '-'], { encoding: 'utf8' }))
    for (const input of c.inputs) expect(raw, `input ${input}`).toContain(input)
    for (const figure of screenFigures) expect(raw, `figure ${figure}`).toContain(figure)
    expect(await page.locator('.print-summary').count()).toBe(1)
    assertClean()
    await context.close()
  })
})
