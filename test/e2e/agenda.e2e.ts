// The tumour board's agenda (issue 23) in real Chromium, in English and Dutch: prepared through
// the UI, copied as one link, opened in a fresh browser straight on the board, stepped through
// with buttons and keys, printed one A4 page per case, and a malformed case skipped and named.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { findPdftotext } from '../support/findChromium.mjs'
import { appForFile, axeViolations, describeViolations } from './harness'

const UPS = 'v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower'
const RPS = 'v=2&site=retroperitoneum&age=60&sizeCm=15&depth=deep&histology=dedifferentiated_liposarcoma&grade=2'
const LANGS = [
  {
    lng: 'en',
    locale: 'en-GB',
    add: 'Add to agenda',
    label: 'Case label (optional)',
    dateError: 'This looks like a date',
    agenda: 'Agenda (3)',
    copy: 'Copy agenda link',
    print: 'Print agenda',
    next: 'Next case',
    previous: 'Previous case',
    consult: 'Back to consultation',
    back: 'Back to board',
    of: (n: number, total: number) => `Case ${n} of ${total}`,
    unreadable: 'Case 2 could not be read.',
    glance: 'At a glance',
    trials: 'Trials this patient could join',
    summaryTitle: 'Summary: treatment options',
    age: '45 years',
  },
  {
    lng: 'nl',
    locale: 'nl-NL',
    add: 'Aan agenda toevoegen',
    label: 'Korte titel van de casus (mag leeg blijven)',
    dateError: 'Dit lijkt op een datum',
    agenda: 'Agenda (3)',
    copy: 'Agendalink kopiëren',
    print: 'Agenda afdrukken',
    next: 'Volgende casus',
    previous: 'Vorige casus',
    consult: 'Terug naar het consult',
    back: 'Terug naar de bespreking',
    of: (n: number, total: number) => `Casus ${n} van ${total}`,
    unreadable: 'Casus 2 kon niet worden gelezen.',
    glance: 'In één oogopslag',
    trials: 'Studies waaraan deze patiënt mee zou kunnen doen',
    summaryTitle: 'Samenvatting: behandelmogelijkheden',
    age: '45 jaar',
  },
] as const
const LABELS = ['LMS thigh', 'RPS <b>x</b>', 'Case 3'] as const

const position = (page: Page) => page.locator('.agenda-board__position').innerText()
const boardPatient = (page: Page) => page.locator('.board__inputs').innerText()

const app = appForFile()
beforeAll(() => {
  mkdirSync('.tmp/e2e', { recursive: true })
})

describe.each(LANGS)('tumour-board agenda in $lng', (c) => {
  it('builds an agenda of three cases through the UI, copies its link, and a new browser steps through it on the board', async () => {
    const first = await app.open({ locale: c.locale, hash: `#${UPS}` })
    const { page, context } = first
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.locator('#main .option-grid td[data-option] .option-grid__figure').first().waitFor()
    const label = page.getByLabel(c.label)
    const add = page.getByRole('button', { name: c.add, exact: true })

    // Case 1 from a shared link, case 2 from another, case 3 typed into the form.
    await label.fill(LABELS[0])
    await add.click()
    await page.evaluate((hash) => (window.location.hash = hash), RPS)
    await page.locator('#main .option-grid td[data-option="surgery_alone"]').first().waitFor()
    await page.waitForFunction(() => (document.querySelector('input[name=age]') as HTMLInputElement | null)?.value === '60')
    await label.fill(LABELS[1])
    await add.click()
    await page.evaluate((hash) => (window.location.hash = hash), UPS)
    await page.waitForFunction(() => (document.querySelector('input[name=age]') as HTMLInputElement | null)?.value === '67')
    await page.locator('input[name=age]').fill('45')
    // A date in the label is refused next to the field; nothing is added.
    await label.fill('12-03-1960')
    await add.click()
    expect(await page.locator('.agenda-add .field__error').innerText()).toContain(c.dateError)
    expect(await label.getAttribute('aria-invalid')).toBe('true')
    await label.fill(LABELS[2])
    await add.click()

    // The agenda view: three cases in one line each, reorder by keyboard, copy the link.
    await page.getByRole('button', { name: 'Agenda', exact: true }).click()
    const cases = page.locator('.agenda-case')
    await cases.nth(2).waitFor()
    expect(await cases.count()).toBe(3)
    expect(await cases.nth(2).innerText()).toContain(c.age)
    expect(await cases.nth(1).locator('.agenda-label').innerText()).toBe(LABELS[1])
    expect(describeViolations(await axeViolations(page))).toBe('')
    await page.screenshot({ path: `.tmp/e2e/agenda-view-${c.lng}.png`, fullPage: true })
    await cases.nth(2).locator('[data-action="up"]').focus()
    await page.keyboard.press('Enter')
    expect(await cases.nth(1).locator('.agenda-label').innerText()).toBe(LABELS[2])
    // Focus stays with the moved case: Enter again moves it once more, then it goes back down.
    await page.keyboard.press('Enter')
    expect(await cases.nth(0).locator('.agenda-label').innerText()).toBe(LABELS[2])
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    expect(await cases.locator('.agenda-label').allInnerTexts()).toEqual([...LABELS])
    await page.getByRole('button', { name: c.copy, exact: true }).click()
    await page.locator('.agenda-actions__status').filter({ hasText: /\S/ }).waitFor()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(/#agenda=1&case=v%3D2%26site%3Dextremity/)
    expect(link.match(/&case=/g)).toHaveLength(3)
    first.assertClean()
    await context.close()

    // A new browser opens the link straight on the board, at case 1 of 3.
    const second = await app.open({ locale: c.locale, hash: new URL(link).hash, viewport: { width: 1920, height: 1080 } })
    const board = second.page
    await board.locator('.board .board__inputs').waitFor()
    expect(await position(board)).toBe(`${c.of(1, 3)}: ${LABELS[0]}`)
    expect(await boardPatient(board)).toContain('67')
    expect(await board.locator('.agenda-board__position b').count(), 'markup in a label stays text').toBe(0)
    expect(describeViolations(await axeViolations(board))).toBe('')
    await board.screenshot({ path: `.tmp/e2e/agenda-board-${c.lng}-1920x1080.png` })

    // The horizon chosen on case 1 (10 years) carries over: case 2 (the retroperitoneum: 5 or 7
    // years) shows 5, and case 3 10 years again.
    await board.locator('.board__controls input[name=horizon][value="10"]').check()
    await board.getByRole('button', { name: c.next }).click()
    expect(await position(board)).toBe(`${c.of(2, 3)}: ${LABELS[1]}`)
    expect(await board.locator('.board__controls input[name=horizon][value="5"]').isChecked()).toBe(true)
    expect(await boardPatient(board)).toContain('60')
    await board.screenshot({ path: `.tmp/e2e/agenda-board-${c.lng}-case2.png` })
    await board.setViewportSize({ width: 1280, height: 720 })
    await board.screenshot({ path: `.tmp/e2e/agenda-board-${c.lng}-1280x720.png` })

    // Keys: PageDown and → forward, PageUp and ← back; not while focus is in a radio group.
    await board.locator('.board h1').click()
    await board.keyboard.press('PageDown')
    expect(await position(board)).toBe(`${c.of(3, 3)}: ${LABELS[2]}`)
    expect(await boardPatient(board)).toContain('45')
    expect(await board.locator('.board__controls input[name=horizon][value="10"]').isChecked()).toBe(true)
    await board.keyboard.press('ArrowRight')
    expect(await position(board), 'no case after the last').toBe(`${c.of(3, 3)}: ${LABELS[2]}`)
    await board.keyboard.press('ArrowLeft')
    expect(await position(board)).toBe(`${c.of(2, 3)}: ${LABELS[1]}`)
    await board.locator('.board__controls input[name=horizon]:checked').focus()
    await board.keyboard.press('ArrowLeft')
    expect(await position(board), 'arrows stay with the horizon switch').toBe(`${c.of(2, 3)}: ${LABELS[1]}`)
    await board.locator('.board h1').click()
    await board.keyboard.press('PageUp')
    expect(await position(board)).toBe(`${c.of(1, 3)}: ${LABELS[0]}`)
    await board.getByRole('button', { name: c.next }).click()

    // Out to the full consultation of case 2, and back to the board at case 2.
    await board.getByRole('button', { name: c.consult, exact: true }).click()
    await board.locator('.agenda-return').waitFor()
    expect(await board.locator('input[name=age]').inputValue()).toBe('60')
    expect(await board.locator('.agenda-return__position').innerText()).toBe(`${c.of(2, 3)}: ${LABELS[1]}`)
    await board.getByRole('button', { name: c.back }).click()
    await board.locator('.board .board__inputs').waitFor()
    expect(await position(board)).toBe(`${c.of(2, 3)}: ${LABELS[1]}`)
    second.assertClean()
    await second.context.close()
  })

  it('prints the agenda: one A4 page per case, each with its label, its grid and its trials, and not the single summary', async () => {
    const pdftotext = findPdftotext({ install: false })
    expect(pdftotext, 'poppler-utils (pdftotext) is needed').toBeTruthy()
    const hash = `#agenda=1&case=${encodeURIComponent(`${UPS}&label=${LABELS[0]}`)}&case=${encodeURIComponent(`${RPS}&label=RPS`)}&case=${encodeURIComponent(UPS.replace('age=67', 'age=45'))}`
    const { page, context, assertClean } = await app.open({ locale: c.locale, hash })
    await page.locator('.board .board__inputs').waitFor()
    await page.evaluate(() => {
      const w = window as unknown as { printed: number }
      w.printed = 0
      window.print = () => void (w.printed += 1)
    })
    await page.getByRole('button', { name: c.agenda, exact: true }).click()
    await page.getByRole('button', { name: c.print, exact: true }).click()
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1)
    expect(await page.locator('.print-agenda').isVisible()).toBe(false)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const file = `.tmp/e2e/agenda-${c.lng}.pdf`
    writeFileSync(file, pdf)
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `.tmp/e2e/agenda-${c.lng}`])
    const pages = execFileSync(pdftotext as string, ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim())
    const squash = (text: string) => text.replace(/\s+/g, ' ')
    expect(pages).toHaveLength(3)
    const titles = [`${c.of(1, 3)}: ${LABELS[0]}`, `${c.of(2, 3)}: RPS`, c.of(3, 3)]
    pages.forEach((text, i) => {
      const page = squash(text)
      expect(page, `page ${i + 1}`).toContain(titles[i])
      expect(page, `page ${i + 1}`).toContain(c.glance)
      expect(page, `page ${i + 1}`).toContain(c.trials)
      expect(page, `page ${i + 1}`).not.toContain(c.summaryTitle)
      expect(page).not.toMatch(/NaN|undefined|agenda\.\w+/)
    })
    expect(squash(pages[2] ?? '')).toContain(c.age)
    assertClean()
    await context.close()
  })

  it('opens a malformed agenda: the bad case is named, the others are there', async () => {
    const hash = `#agenda=1&case=${encodeURIComponent(UPS)}&case=${encodeURIComponent(`${UPS}&colour=red`)}&case=${encodeURIComponent(RPS)}`
    const { page, context, assertClean } = await app.open({ locale: c.locale, hash, viewport: { width: 1280, height: 720 } })
    await page.locator('.board .board__inputs').waitFor()
    expect(await page.locator('.agenda-notices').innerText()).toContain(c.unreadable)
    expect(await position(page)).toBe(c.of(1, 2))
    expect(describeViolations(await axeViolations(page))).toBe('')
    await page.screenshot({ path: `.tmp/e2e/agenda-malformed-${c.lng}.png` })
    await page.getByRole('button', { name: c.next }).click()
    expect(await position(page)).toBe(c.of(2, 2))
    expect(await boardPatient(page)).toContain('60')
    assertClean()
    await context.close()
  })

  it('shows the agenda view on a 390 px phone without sideways scroll', async () => {
    const hash = `#agenda=1&case=${encodeURIComponent(`${UPS}&label=${LABELS[0]}`)}&case=${encodeURIComponent(RPS)}&case=${encodeURIComponent(`${UPS}&label=${'W'.repeat(24)}`)}`
    const { page, context, assertClean } = await app.open({ locale: c.locale, hash, phone: true, viewport: { width: 390, height: 844 } })
    await page.locator('.board .board__inputs').waitFor()
    await page.getByRole('button', { name: c.agenda, exact: true }).click()
    await page.locator('.agenda-case').nth(2).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(describeViolations(await axeViolations(page))).toBe('')
    await page.screenshot({ path: `.tmp/e2e/agenda-phone-${c.lng}.png`, fullPage: true })
    assertClean()
    await context.close()
  })
})
