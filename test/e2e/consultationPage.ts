// A page object for the consultation screen: fills the form as a user would (labels, keyboard)
// and reads figures by their accessible structure, never by CSS layout.
import type { Page } from 'playwright-core'
import { estimate, predict, supportedHorizons, type OptionId, type OutcomeId, type PatientInput } from '@/model'
import { outOf100 } from '@/i18n/format'
import { OUTCOME_IDS } from '@/model/types'
import { asksDepth } from '@/model/vocabulary'

/** The two patients the journeys use: a retroperitoneal and an extremity sarcoma. */
export const RPS: PatientInput = { age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, site: 'retroperitoneum', multifocal: false, expectedMargin: 'R0' }
export const EXTREMITY: PatientInput = { age: 45, sizeCm: 12.5, depth: 'deep', histology: 'synovial_sarcoma', grade: 3, site: 'extremity', limb: 'lower' }

export type Labels = { site: string; age: RegExp; size: RegExp; depth: string; histology: RegExp; grade: string; limb: string; multifocal: string; margin: string }
export const LABELS: Record<'en' | 'nl', Labels> = {
  en: { site: 'Site', age: /^Age/, size: /^Tumour size/, depth: 'Depth', histology: /^Histology/, grade: 'Grade', limb: 'Limb', multifocal: 'Multifocal', margin: 'Expected margin' },
  nl: { site: 'Locatie', age: /^Leeftijd/, size: /^Tumorgrootte/, depth: 'Diepte', histology: /^Histologie/, grade: 'Graad', limb: 'Ledemaat', multifocal: 'Multifocaal', margin: 'Verwachte snijrand' },
}

export const fillPatient = async (page: Page, lng: 'en' | 'nl', input: PatientInput, sizeText = String(input.sizeCm)): Promise<void> => {
  const l = LABELS[lng]
  const form = page.locator('#main form')
  await form.getByLabel(l.site, { exact: true }).selectOption(input.site)
  await form.getByLabel(l.age).pressSequentially(String(input.age))
  await form.getByLabel(l.size).pressSequentially(sizeText)
  // The retroperitoneum is deep by definition: the form does not ask.
  if (asksDepth(input.site)) await form.getByLabel(l.depth, { exact: true }).selectOption(input.depth)
  await form.getByLabel(l.histology).selectOption(input.histology)
  await form.getByLabel(l.grade, { exact: true }).selectOption(String(input.grade))
  if (input.limb) await form.getByLabel(l.limb, { exact: true }).selectOption(input.limb)
  if (input.multifocal !== undefined) await form.getByLabel(l.multifocal, { exact: true }).selectOption(input.multifocal ? 'yes' : 'no')
  if (input.expectedMargin) await form.getByLabel(l.margin, { exact: true }).selectOption(input.expectedMargin)
}

const WORDS = {
  en: { about: 'about', to: 'to', outOf: 'out of 100', atLeast: 'at least', below: 'fewer than' },
  nl: { about: 'ongeveer', to: 'tot', outOf: 'van de 100', atLeast: 'minstens', below: 'minder dan' },
}

/** The text the screen must show for an engine estimate, or null where the engine has none. */
export const expectedFigureText = (input: PatientInput, option: OptionId, outcome: OutcomeId, years: number, lng: 'en' | 'nl'): string | null => {
  const e = estimate(predict(input), option, outcome, years)
  if (e.kind !== 'value') return null
  const w = WORDS[lng]
  const people = outOf100(e.value)
  if (e.bound) return `${e.bound === 'at_least' ? w.atLeast : w.below} ${people} ${w.outOf}`
  const lower = e.lower === undefined ? null : outOf100(e.lower)
  const upper = e.upper === undefined ? null : outOf100(e.upper)
  const range = lower !== null && upper !== null && lower !== upper ? ` (${lower} ${w.to} ${upper})` : ''
  return `${w.about} ${people}${range} ${w.outOf}`
}

/** Every option's every figure on screen, compared with the engine's for the same input. */
export const figureMismatches = async (page: Page, input: PatientInput, years: number, lng: 'en' | 'nl'): Promise<string[]> => {
  // One read of the whole screen: figures keyed "option/outcome", as a user sees them.
  const shown: Record<string, string[]> = await page.evaluate(() => {
    const out: Record<string, string[]> = {}
    for (const row of document.querySelectorAll('#main .option-grid td[data-option] .option-grid__figure[data-outcome]')) {
      const key = `${row.closest('td')?.getAttribute('data-option')}/${row.getAttribute('data-outcome')}`
      out[key] = [...row.querySelectorAll('.figure')].map((f) => (f.textContent ?? '').replace(/\s+/g, ' ').trim())
    }
    return out
  })
  const mismatches: string[] = []
  for (const option of predict(input).options) {
    for (const outcome of OUTCOME_IDS) {
      const key = `${option.id}/${outcome}`
      const expected = expectedFigureText(input, option.id, outcome, years, lng)
      const figures = shown[key] ?? []
      if (expected === null) {
        if (figures.length) mismatches.push(`${key}@${years}: a figure is shown where the engine has none`)
      } else if (figures.length !== 1 || figures[0] !== expected) {
        mismatches.push(`${key}@${years}: screen ${JSON.stringify(figures)} vs engine "${expected}"`)
      }
    }
  }
  return mismatches
}

export const horizonsFor = (input: PatientInput): number[] => supportedHorizons(predict(input))
