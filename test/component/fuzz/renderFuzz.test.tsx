// Rendering fuzz (issue 8): 200 random valid patients, 100 in English and 100 in Dutch, each
// shown on the consultation screen at a horizon drawn among those the evidence supports (one in
// four also clicks to another), so that every horizon is read many times over the run: no "NaN",
// "undefined", "Infinity", "{{" or untranslated i18n key anywhere in the text or the
// accessible names. (The test i18next also throws on any missing key.)
import { act, cleanup, fireEvent } from '@testing-library/react'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEPTH_IDS, GRADES, HISTOLOGY_IDS, LIMB_IDS, MARGIN_IDS, PERFORMANCE_STATUSES, SITE_IDS, supportedHorizons } from '@/model'
import { deriveFromFields } from '@/state/derive'
import { EMPTY_FIELDS, type Fields } from '@/state/fields'
import { useAppStore } from '@/state/store'
import { Consultation } from '@/views/Consultation'
import { createTestI18n } from '../../support/i18nForTests'
import { renderWithI18n } from '../../support/render'

const CASES = 200
const LNGS = ['en', 'nl'] as const
type Lng = (typeof LNGS)[number]

// An unresolved key reads `section.code` (`warning.margin_assumed_complete`) or `ns:key`: the
// sections are the top-level keys of every locale file, so prose ("the model. It") never matches.
const SECTIONS = [...new Set(LNGS.flatMap((lng) => readdirSync(join('locales', lng)).flatMap((file) => Object.keys(JSON.parse(readFileSync(join('locales', lng, file), 'utf8')) as object))))]
const RAW_KEY = new RegExp(`\\b(?:${SECTIONS.join('|')})\\.[A-Za-z_][\\w.]*|\\b(?:common|engine|trials|views):[A-Za-z_]`)
const BROKEN = [/NaN/, /undefined/, /Infinity/, /\{\{|\}\}/, /\[object /, RAW_KEY]
const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder']

/** Every piece of text a user or a screen reader meets that looks broken, with where it is. */
const brokenText = (root: HTMLElement): string[] => {
  const found: string[] = []
  const check = (text: string, where: string) => {
    for (const pattern of BROKEN) {
      const hit = pattern.exec(text)
      if (hit) found.push(`${where}: "${hit[0]}" in "${text.trim().slice(0, 120)}"`)
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) check(node.textContent ?? '', `text in <${node.parentElement?.tagName.toLowerCase()}>`)
  for (const element of root.querySelectorAll('*')) for (const name of ATTRIBUTES) { const value = element.getAttribute(name); if (value !== null) check(value, `${name} of <${element.tagName.toLowerCase()}>`) }
  return found
}

// Valid patients as typed into the form: sizes with one decimal (a comma in Dutch), and the
// optional and trial fields now given, now unknown.
const optional = (values: readonly (string | number)[]) => fc.constantFrom('', ...values.map(String))
const arbFields = (lng: Lng): fc.Arbitrary<Fields> =>
  fc
  .record({
    site: fc.constantFrom(...SITE_IDS),
    age: fc.integer({ min: 18, max: 100 }),
    sizeTenths: fc.integer({ min: 1, max: 1000 }),
    depth: fc.constantFrom(...DEPTH_IDS),
    histology: fc.constantFrom(...HISTOLOGY_IDS),
    grade: fc.constantFrom(...GRADES),
    limb: optional(LIMB_IDS),
    expectedMargin: optional(MARGIN_IDS),
    multifocal: optional(['yes', 'no']),
    performanceStatus: optional(PERFORMANCE_STATUSES),
    metastatic: optional(['yes', 'no']),
    resectable: optional(['yes', 'no']),
    recurrent: optional(['yes', 'no']),
    priorRadiotherapy: optional(['yes', 'no']),
    priorChemotherapy: optional(['yes', 'no']),
  })
  .map(({ sizeTenths, age, grade, ...rest }): Fields => {
    const size = String(sizeTenths / 10)
    return { ...EMPTY_FIELDS, ...rest, age: String(age), grade: String(grade), sizeCm: lng === 'nl' ? size.replace('.', ',') : size }
  })

const LOADING_KEYS = ['app.loading', 'results.loading', 'chart.loading']

/** Waits while a lazy part (engine, results, charts) shows its placeholder: the first time only. */
const settled = async (container: HTMLElement, placeholders: string[]) => {
  for (let i = 0; i < 100 && placeholders.some((text) => container.textContent?.includes(text)); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

// A plain selector: *ByRole queries compute the accessibility tree and cost more than the render.
const horizonRadios = (container: HTMLElement): HTMLInputElement[] => [...container.querySelectorAll<HTMLInputElement>('input[type="radio"][name="horizon"]')]

describe('rendering fuzz', () => {
  // One mounted screen per language, patients following one another as they do in a clinic
  // (a fresh mount per case would cost far more and test less: stale state shows only here).
  // The test i18next throws on a missing key; this one only reads the placeholders' text.
  it.each(LNGS)(`shows ${CASES / 2} random valid patients in %s at every horizon with no broken text`, async (lng) => {
    const i18n = await createTestI18n(lng)
    const placeholders = LOADING_KEYS.filter((key) => i18n.exists(key)).map((key) => i18n.t(key))
    const { container } = await renderWithI18n(<Consultation />, lng)
    const offered = new Set<number>()
    const read = new Set<number>()
    let clicked = 0
    try {
      await fc.assert(
        fc.asyncProperty(arbFields(lng), fc.nat(), async (fields, pick) => {
          const derived = deriveFromFields(fields)
          if (derived.kind !== 'ready') throw new Error(`not a valid patient: ${JSON.stringify(derived)}`)
          // The horizon drawn among those the evidence supports, set with the patient as a
          // shared link does: one render per case.
          const supported = supportedHorizons(derived.prediction)
          const years = supported.length ? supported[pick % supported.length] : undefined
          act(() => useAppStore.setState({ fields, horizonYears: years ?? null }))
          await settled(container, placeholders)
          const problems = brokenText(container)
          const radios = horizonRadios(container)
          expect(radios.map((r) => Number(r.value))).toEqual(supported)
          radios.forEach((r) => offered.add(Number(r.value)))
          const checked = radios.filter((r) => r.checked)
          expect(checked.map((r) => Number(r.value))).toEqual(years === undefined ? [] : [years])
          if (years !== undefined) read.add(years)
          // One case in four also clicks another horizon, as a user does.
          const other = radios.find((r) => !r.checked)
          if (other && pick % 4 === 0) {
            fireEvent.click(other)
            clicked += 1
            expect(other.checked).toBe(true)
            const results = container.querySelector<HTMLElement>('section.results') ?? container
            problems.push(...brokenText(results).map((p) => `${other.value} years: ${p}`))
          }
          expect(problems, `${lng} ${JSON.stringify(fields)}`).toEqual([])
        }),
        { numRuns: CASES / 2 },
      )
    } finally {
      cleanup()
    }
    expect([...read].sort((a, b) => a - b)).toEqual([...offered].sort((a, b) => a - b))
    expect(clicked).toBeGreaterThan(CASES / 20)
  }, 120_000)

  it('catches what it looks for (the detector itself)', () => {
    const root = document.createElement('div')
    root.innerHTML = '<p>about NaN out of 100</p><p>warning.margin_assumed_complete</p><p>engine:reason</p><span aria-label="{{count}} years">x</span><p>The model. It is fine: 4.5 cm, 12,5 cm, e.g. R0.</p>'
    expect(brokenText(root)).toHaveLength(4)
  })
})
