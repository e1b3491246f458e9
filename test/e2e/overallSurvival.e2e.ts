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
    alive: 'Alive (overall survival)',
    about: 'about 61',
    outOf: 'out of 100',
    derived: 'Worked out from the chance of not dying of sarcoma (Kattan 2002)',
    sex: 'Sex',
    sexWarning: 'average of men and women',
    trials: 'What trials found',
    harms: 'Harms and side effects',
    rtArm: 'Group with radiotherapy after surgery: 1 out of 100 (1 of 70 patients)',
    surgeryArm: 'Surgery-alone group: 24 out of 100 (17 of 71 patients)',
    notPersonal: 'not a personal estimate',
    timeConversion: 'it is not a confidence interval',
  },
  {
    lng: 'nl',
    locale: 'nl-NL',
    alive: 'In leven (totale overleving)',
    about: 'ongeveer 61',
    outOf: 'van de 100',
    derived: 'Berekend uit de kans om niet aan sarcoom te overlijden (Kattan 2002)',
    sex: 'Geslacht',
    sexWarning: 'gemiddelde van mannen en vrouwen',
    trials: 'Wat studies vonden',
    harms: 'Nadelen en bijwerkingen',
    rtArm: 'Groep met bestraling na de operatie: 1 van de 100 (1 van 70 patiënten)',
    surgeryArm: 'Groep met alleen operatie: 24 van de 100 (17 van 71 patiënten)',
    notPersonal: 'geen persoonlijke schatting',
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
    const surgery = page.locator('#main article[data-option="surgery_alone"]')
    await surgery.waitFor()
    const aliveRow = surgery.locator('[data-outcome="overall_survival"]')
    const aliveText = (await aliveRow.textContent()) ?? ''
    expect(aliveText).toContain(c.alive)
    expect(aliveText).toContain(c.about)
    expect(aliveText).toContain(c.outOf)
    expect(aliveText).toContain(c.derived)

    // Sex was not given: the field says the figure averages men and women.
    const sex = page.locator('#main form').getByLabel(c.sex, { exact: true })
    expect(await sex.inputValue()).toBe('')
    expect(await sex.evaluate((el) => el.closest('.field')?.textContent ?? '')).toContain(c.sexWarning)
    // The range above the columns is called a time conversion, not a confidence statement.
    expect(await page.locator('#main .results__who').textContent()).toContain(c.timeConversion)

    // Radiotherapy after surgery: its trial results, in plain view, before its harms.
    const postop = page.locator('#main article[data-option="postop_rt"]')
    const trials = postop.getByRole('heading', { name: c.trials })
    await trials.waitFor()
    const block = postop.locator('section.trial-results')
    expect(await block.isVisible()).toBe(true)
    expect(await block.locator('xpath=ancestor::details').count()).toBe(0)
    const first = block.locator('li.trial-result').first()
    const firstText = (await first.textContent()) ?? ''
    expect(firstText).toContain(c.rtArm)
    expect(firstText).toContain(c.surgeryArm)
    expect(await block.textContent()).toContain(c.notPersonal)
    const [trialsAt, harmsAt] = await postop.evaluate(
      (article, names) => {
        const headings = [...article.querySelectorAll('h4')].map((h) => h.textContent ?? '')
        return [headings.indexOf(names.trials), headings.indexOf(names.harms)] as const
      },
      { trials: c.trials, harms: c.harms },
    )
    expect(trialsAt).toBeGreaterThanOrEqual(0)
    expect(trialsAt).toBeLessThan(harmsAt)

    expect(describeViolations(await axeViolations(page))).toBe('')
    await postop.screenshot({ path: `.tmp/e2e/column-postop-rt-${c.lng}.png` })
    assertClean()
    await context.close()
  })
})
