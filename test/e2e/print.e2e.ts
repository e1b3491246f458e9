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

const EXTREMITY = '#v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower'
const RPS = '#v=1&site=retroperitoneum&age=60&sizeCm=15&depth=deep&histology=dedifferentiated_liposarcoma&grade=2'
const EN = { lng: 'en', locale: 'en-GB', about: 'about', printLabel: 'Print', glance: 'At a glance', counts: '(1 of 70 patients)' } as const
const NL = { lng: 'nl', locale: 'nl-NL', about: 'ongeveer', printLabel: 'Afdrukken', glance: 'In één oogopslag', counts: '(1 van 70 patiënten)' } as const
const EN_BUTTONS = ['Print summary', 'Tumour board', 'About the model', 'Copy link to this scenario', 'Clear all fields', 'Print', 'Close'] as const
const NL_BUTTONS = ['Samenvatting afdrukken', 'Tumorbespreking', 'Over het model', 'Afdrukken', 'Sluiten'] as const

// The extremity patient has five options (the longest summary); the retroperitoneal one three.
const CASES = [
  {
    ...EN,
    name: 'extremity',
    hash: EXTREMITY,
    inputs: ['67 years', '9 cm', 'Deep (at or below the fascia)', 'Undifferentiated pleomorphic sarcoma (UPS)', 'FNCLCC grade 3', 'Leg (lower limb)', 'Netherlands (default)'],
    buttons: EN_BUTTONS,
    value: 'Keeping my arm or leg working well',
    options: 5,
  },
  {
    ...NL,
    name: 'extremity',
    hash: EXTREMITY,
    inputs: ['67 jaar', '9 cm', 'Diep (in of onder de fascie)', 'Ongedifferentieerd pleiomorf sarcoom (UPS)', 'FNCLCC graad 3', 'Been (onderste ledemaat)', 'Nederland (standaard)'],
    buttons: NL_BUTTONS,
    value: 'Mijn arm of been goed kunnen blijven gebruiken',
    options: 5,
  },
  {
    ...EN,
    name: 'retroperitoneum',
    hash: RPS,
    inputs: ['60 years', '15 cm', 'Retroperitoneum', 'Dedifferentiated liposarcoma (DDLPS)', 'FNCLCC grade 2'],
    buttons: EN_BUTTONS,
    value: 'Living as long as possible',
    options: 3,
  },
  {
    ...NL,
    name: 'retroperitoneum',
    hash: RPS,
    inputs: ['60 jaar', '15 cm', 'Retroperitoneum', 'Gededifferentieerd liposarcoom (DDLPS)', 'FNCLCC graad 2'],
    buttons: NL_BUTTONS,
    value: 'Zo lang mogelijk leven',
    options: 3,
  },
] as const

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
const hasWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text)

// How far down its printable area (A4 less the @page margins of 10 and 11 mm) a page's text reaches.
const MM = 72 / 25.4
const lastPageFill = (pdftotext: string, file: string, page: number): number => {
  const bbox = execFileSync(pdftotext, ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(bbox)?.[1])
  const bottom = Math.max(...[...bbox.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])))
  return (bottom - 10 * MM) / (height - 21 * MM)
}

const app = appForFile()
beforeAll(() => {
  mkdirSync('.tmp/e2e', { recursive: true })
})

describe.each(CASES)('printed summary, $name patient, in $lng', (c) => {
  it('prints at most 4 A4 pages: page 1 the decision at a glance, then every figure on screen, and no buttons', async () => {
    const pdftotext = findPdftotext({ install: false })
    expect(pdftotext, 'poppler-utils (pdftotext) is needed').toBeTruthy()
    const { page, context, assertClean } = await app.open({ locale: c.locale, hash: c.hash })

    // Given the consultation screen with its figures (the summary is built when printing is
    // asked for, not with the screen: src/views/PrintSlot.tsx).
    await page.locator('.option-grid th[data-option]').first().waitFor()
    const screenFigures = (await page.locator('.option-grid td[data-option] .option-grid__figure[data-outcome] .figure').allTextContents()).map(squash)
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
    const file = `.tmp/e2e/summary-${c.name}-${c.lng}.pdf`
    writeFileSync(file, pdf)
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
    console.log(`printed summary (${c.name}, ${c.lng}): ${pages} page(s), the last ${Math.round(lastPageFill(pdftotext as string, file, pages) * 100)}% full`)
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `.tmp/e2e/summary-${c.name}-${c.lng}`])
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(4)
    // Headroom: a fourth page at most 90% full, so a slightly longer text does not make a fifth.
    if (pages === 4) expect(lastPageFill(pdftotext as string, file, pages), 'fill of page 4').toBeLessThanOrEqual(0.9)
    const layout = execFileSync(pdftotext as string, ['-layout', file, '-'], { encoding: 'utf8' })
    expect(layout.split('\f').filter((p) => p.trim()).length).toBe(pages)
    const raw = squash(execFileSync(pdftotext as string, ['-raw', file, '-'], { encoding: 'utf8' }))

    for (const input of c.inputs) expect(raw, `input ${input}`).toContain(input)
    // Page 1 is the decision at a glance: the inputs and one row per option with its figures.
    const first = squash(layout.split('\f')[0] ?? '')
    expect(first).toContain(c.glance)
    expect(first).toContain(c.inputs[0])
    expect(await page.locator('.p-glance tbody tr[data-option]').count()).toBe(c.options)
    // The extremity page 1 holds the NCI trial's local-recurrence result of radiotherapy after surgery.
    if (c.name === 'extremity') expect(first).toContain(c.counts)
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
    await page.locator('.option-grid th[data-option]').first().waitFor()
    const screenFigures = (await page.locator('.option-grid td[data-option] .option-grid__figure[data-outcome] .figure').allTextContents()).map(squash)
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
