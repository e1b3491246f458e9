// Loading a clinic's model file in Chromium: through the labelled file input, checked, its
// figure labelled as coming from a model loaded on this device, still there after a reload;
// refusals said in words (en, nl); hostile files never executed; nothing sent anywhere.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findPdftotext } from '../support/findChromium.mjs'
import { appForFile, appReady, axeViolations, describeViolations } from './harness'
import { EXTREMITY, fillPatient } from './consultationPage'

const app = appForFile()
const FIXTURE = join(process.cwd(), 'test/fixtures/models/test-lr-extremity.json')
const TMP = join(process.cwd(), '.tmp/e2e-models')
const SHOTS = join(process.cwd(), '.tmp/shots')

/** A variant of the test model written to a scratch file for the file input. */
const variant = (name: string, edit: (m: Record<string, unknown>) => void): string => {
  mkdirSync(TMP, { recursive: true })
  const m = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>
  edit(m)
  const path = join(TMP, name)
  writeFileSync(path, JSON.stringify(m))
  return path
}

const lrRow = (option: string) => `#main .option-grid td[data-option="${option}"] .option-grid__figure[data-outcome="local_recurrence"]:not(.option-grid__figure--none)`

describe('a model file loaded on this device', () => {
  it('fills the local recurrence figures, labelled, and keeps them after a reload', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'en-GB' })
    await fillPatient(page, 'en', EXTREMITY)
    await page.locator('#main .option-grid th[data-option="surgery_alone"]').waitFor()
    expect(await page.locator(lrRow('surgery_alone')).count()).toBe(0)

    await page.locator('#main').getByLabel('Load a model file').setInputFiles(FIXTURE)
    await page.getByRole('status').filter({ hasText: 'checked against 4 reference cases' }).waitFor()
    const row = page.locator(lrRow('surgery_alone'))
    await row.waitFor()
    // lp = 0.01 x 45 + 0.3 (grade 3) + 0.4 (> 5 cm) - 0.6 = 0.55; F(5) = 1 - 0.85^exp(0.55) = 0.2455.
    expect(await row.textContent()).toContain('about 25')
    expect(await row.textContent()).toContain('from a model loaded on this device: test_lr_extremity')
    // postop RT: lp = -0.15, F(5) = 0.1305.
    expect(await page.locator(lrRow('postop_rt')).textContent()).toContain('about 13')
    expect(await page.locator(lrRow('neoadjuvant_chemo')).count()).toBe(0)
    expect(describeViolations(await axeViolations(page))).toBe('')
    await page.locator('#main .option-grid th[data-option="surgery_alone"]').screenshot({ path: join(SHOTS, 'model-loaded-column-en.png') })
    await page.locator('#main .model-files').screenshot({ path: join(SHOTS, 'model-panel-en.png') })

    // On paper: the same label, and the model named among the sources with its check. The
    // summary is built when printing is asked for (src/views/PrintSlot.tsx): the user prints
    // from the button, through the values step.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number }
      w.printed = 0
      window.print = () => void (w.printed += 1)
    })
    await page.getByRole('button', { name: 'Print summary', exact: true }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Print', exact: true }).click()
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1)
    const printed = page.locator('.print-summary')
    expect(await printed.locator('[data-outcome="local_recurrence"]').first().textContent()).toContain('from a model loaded on this device: test_lr_extremity')
    expect(await printed.locator('[data-model-source="test_lr_extremity"]').textContent()).toMatch(/Test model: local recurrence.*checked against 4 reference cases/i)
    // And in the PDF Chromium prints of the page.
    mkdirSync('.tmp/e2e', { recursive: true })
    writeFileSync('.tmp/e2e/summary-model-file-en.pdf', await page.pdf({ format: 'A4', printBackground: true }))
    const paper = execFileSync(findPdftotext({ install: false }) as string, ['-raw', '.tmp/e2e/summary-model-file-en.pdf', '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(paper).toContain('from a model loaded on this device: test_lr_extremity')
    expect(paper).toMatch(/Test model: local recurrence.*checked against 4 reference cases/i)

    // On the board: the same label.
    await page.getByRole('button', { name: 'Tumour board' }).click()
    await page.getByText('from a model loaded on this device: test_lr_extremity').first().waitFor()
    await page.screenshot({ path: join(SHOTS, 'model-board-en.png') })
    await page.getByRole('button', { name: 'Back to consultation' }).click()

    // The link names the loaded model (never carries it).
    expect(page.url()).toContain('m=test_lr_extremity')
    await page.reload()
    await appReady(page)
    await page.locator(lrRow('surgery_alone')).filter({ hasText: 'from a model loaded on this device: test_lr_extremity' }).waitFor()

    // About the model lists it with its check, and removing it takes the figure away.
    await page.getByRole('button', { name: /About the model/ }).click()
    const listed = page.locator('li[data-model="test_lr_extremity"]')
    await listed.waitFor()
    expect(await listed.textContent()).toMatch(/Checked against 4 reference cases on/)
    expect(await listed.textContent()).toContain('Synthetic test model of the sarcoma decision aid')
    await page.screenshot({ path: join(SHOTS, 'model-about-en.png'), fullPage: true })
    await listed.getByRole('button', { name: /^Remove/ }).click()
    await page.getByText('No model file is loaded on this device.').first().waitFor()
    assertClean()
    await context.close()
  })

  it('a link made where the model was loaded says, elsewhere, that its figures are missing', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'en-GB', hash: '#v=1&site=extremity&age=45&sizeCm=12.5&depth=deep&histology=synovial_sarcoma&grade=3&limb=lower&m=test_lr_extremity' })
    await page.getByRole('alert').filter({ hasText: 'model files were loaded (test_lr_extremity)' }).waitFor()
    assertClean()
    await context.close()
  })
})

describe('a refused model file', () => {
  it.each([
    ['en', 'en-GB', 'Load a model file', /Reference case "case A": the file expects 0\.3291 at 5 years, the model computes 0\.2791/, ['Choose a file', 'No file chosen']],
    ['nl', 'nl-NL', 'Modelbestand laden', /Referentiegeval "case A": het bestand verwacht 0[.,]3291 na 5 jaar, het model berekent 0[.,]2791/, ['Kies bestand', 'Geen bestand gekozen']],
  ])('names the missed reference case and both numbers (%s)', async (lng, locale, label, message, [button, none]) => {
    const { page, context, assertClean } = await app.open({ locale })
    // The picker speaks the app's language (issue 20), whatever the browser's: its button and status.
    const picker = page.locator('#main .file-picker')
    expect((await picker.locator('.file-picker__row').innerText()).replace(/\s+/g, ' ').trim()).toBe(`${button} ${none}`)
    const path = variant('missed.json', (m) => {
      const c = (m.referenceCases as { expected: number }[])[0] as { expected: number }
      c.expected = Number((c.expected + 0.05).toFixed(4))
    })
    await page.locator('#main').getByLabel(label).setInputFiles(path)
    const alert = page.getByRole('alert').filter({ hasText: message })
    await alert.waitFor()
    expect(await picker.locator('.file-picker__status').innerText()).toBe('missed.json')
    expect(describeViolations(await axeViolations(page))).toBe('')
    await alert.screenshot({ path: join(SHOTS, `model-refused-${lng}.png`) })
    expect(await page.locator('[data-model]').count()).toBe(0)
    assertClean()
    await context.close()
  })

  it('hostile files are refused or shown as plain text, never executed', async () => {
    const { page, context, assertClean } = await app.open({ locale: 'en-GB' })
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    const input = page.locator('#main').getByLabel('Load a model file')
    const cases: [string, string | Buffer, RegExp][] = [
      ['big.json', `{"pad":"${'x'.repeat(1_100_000)}"}`, /larger than 1,000 kB/],
      ['notjson.json', '<html><script>alert(1)</script></html>', /not readable JSON/],
      ['deep.json', `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}`, /nests more than 12 levels/],
      ['html-name.json', JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE, 'utf8')), name: { en: '<img src=x onerror=alert(1)>' } }), /HTML or script-like markup/],
      ['unknown.json', JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE, 'utf8')), onload: 'alert(1)' }), /not part of the format\. \(at onload\)/],
      ['term.json', JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE, 'utf8')), terms: [{ type: 'eval', input: 'age', code: 'alert(1)' }] }), /Unknown term type/],
    ]
    mkdirSync(TMP, { recursive: true })
    for (const [name, text, message] of cases) {
      const path = join(TMP, name)
      writeFileSync(path, text)
      await input.setInputFiles(path)
      await page.getByRole('alert').filter({ hasText: message }).waitFor()
    }
    await page.screenshot({ path: join(SHOTS, 'model-hostile-en.png'), fullPage: true })
    expect(dialogs).toEqual([])
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await page.locator('[data-model]').count()).toBe(0)
    assertClean()
    await context.close()
  })
})
