// Issue 14: a shared link to a 67-year-old with a deep 9 cm grade 3 UPS of the thigh (sex not
// given, Dutch life table by default) shows the derived chance of being alive for surgery alone,
// labelled as derived, and the radiotherapy-after-surgery column shows what the NCI trial found
// (local recurrence with and without radiotherapy) before its harms, in both languages.
import { mkdirSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { estimate, predict, type PatientInput } from '@/model'
import { outOf100 } from '@/i18n/format'
import { appForFile, axeViolations, describeViolations } from './harness'

const HASH = '#v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3&limb=lower'
const PATIENT: PatientInput = { age: 67, sizeCm: 9, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3, site: 'extremity', limb: 'lower' }

const CASES = [
  {
    lng: 'en',
    locale: 'en-GB',
    alive: 'Alive after 5 years',
    about: 'about 61',
    outOf: 'out of 100',
    derived: 'Worked out from the chance of not dying of sarcoma (Kattan 2002)',
    sex: 'Sex',
    sexWarning: 'average of men and women',
    trials: 'Tumour back at the same place',
    harms: 'Main harms',
    rtArm: 'Group with radiotherapy after surgery: 1 out of 100 (1 of 70 patients)',
    surgeryArm: 'Surgery-alone group: 24 out of 100 (17 of 71 patients)',
    notPersonal: 'Group result (trial)',
    timeConversion: 'it is not a confidence interval',
  },
  {
    lng: 'nl',
    locale: 'nl-NL',
    alive: 'In leven na 5 jaar',
    about: 'ongeveer 61',
    outOf: 'van de 100',
    derived: 'Berekend uit de kans om niet aan sarcoom te overlijden (Kattan 2002)',
    sex: 'Geslacht',
    sexWarning: 'gemiddelde van mannen en vrouwen',
    trials: 'Tumor terug op dezelfde plek',
    harms: 'Belangrijkste nadelen',
    rtArm: 'Groep met bestraling na de operatie: 1 van de 100 (1 van 70 patiënten)',
    surgeryArm: 'Groep met alleen operatie: 24 van de 100 (17 van 71 patiënten)',
    notPersonal: 'Groepsuitkomst (studie)',
    timeConversion: 'het is geen betrouwbaarheidsinterval',
  },
] as const

const app = appForFile()
beforeAll(() => {
  mkdirSync('.tmp/e2e', { recursive: true })
})

describe.each(CASES)('a shared link to an extremity patient in $lng', (c) => {
  it('shows about 61 out of 100 alive at 5 years for surgery alone, derived, and the NCI result before the harms of postoperative radiotherapy', async () => {
    // The engine's own figure for this patient (both sexes, Netherlands).
    const os = estimate(predict(PATIENT), 'surgery_alone', 'overall_survival', 5)
    if (os.kind !== 'value') throw new Error('expected a value')
    expect(outOf100(os.value)).toBe(61)

    const { page, context, assertClean } = await app.open({ locale: c.locale, hash: HASH })
    const surgery = page.locator('#main .option-grid td[data-option="surgery_alone"][data-row="alive"]')
    await surgery.waitFor()
    const aliveRow = surgery.locator('[data-outcome="overall_survival"]')
    const aliveText = (await aliveRow.textContent()) ?? ''
    expect(await page.locator('#main .option-grid tbody[data-row="alive"] th').textContent()).toBe(c.alive)
    expect(aliveText).toContain(c.about)
    expect(aliveText).toContain(c.outOf)
    // The derived figure carries a note mark; the note under the grid says what it rests on.
    const mark = ((await aliveRow.locator('.option-grid__mark').textContent()) ?? '').trim().slice(-1)
    expect(await page.locator('#main .option-grid__notes li').nth('abcdefghij'.indexOf(mark)).textContent()).toContain(c.derived)

    // Sex was not given: the field says the figure averages men and women.
    const sex = page.locator('#main form').getByLabel(c.sex, { exact: true })
    expect(await sex.inputValue()).toBe('')
    expect(await sex.evaluate((el) => el.closest('.field')?.textContent ?? '')).toContain(c.sexWarning)
    // The range above the columns is called a time conversion, not a confidence statement.
    expect(await page.locator('#main .results__who').textContent()).toContain(c.timeConversion)

    // Radiotherapy after surgery: its trial result in the grid, in plain view, above its harms.
    const postop = page.locator('#main .option-grid td[data-option="postop_rt"][data-row="local"]')
    const block = postop.locator('.option-grid__trial')
    expect(await block.isVisible()).toBe(true)
    expect(await block.locator('xpath=ancestor::details').count()).toBe(0)
    const firstText = (await block.textContent()) ?? ''
    // The grid gives each group's figure; the patients counted are in the option's details.
    expect(firstText).toContain(c.rtArm.replace(/ \(.*\)$/, ''))
    expect(firstText).toContain(c.surgeryArm.replace(/ \(.*\)$/, ''))
    await page.locator('#main td[data-option="postop_rt"] .option-grid__details > summary').click()
    const details = page.locator('#main td[data-option="postop_rt"] article[data-option="postop_rt"] li.trial-result').first()
    const detailText = (await details.textContent()) ?? ''
    expect(detailText).toContain(c.rtArm)
    expect(detailText).toContain(c.surgeryArm)
    expect(firstText).toContain(c.notPersonal)
    const labels = await page.locator('#main .option-grid tbody[data-row] > tr:first-child > th').allTextContents()
    expect(labels.indexOf(c.trials)).toBeGreaterThanOrEqual(0)
    expect(labels.indexOf(c.trials)).toBeLessThan(labels.indexOf(c.harms))

    expect(describeViolations(await axeViolations(page))).toBe('')
    await page.locator('#main .option-grid').screenshot({ path: `.tmp/e2e/grid-${c.lng}.png` })
    assertClean()
    await context.close()
  })
})
