import { describe, expect, it } from 'vitest'
import { predict, type PatientInput } from '@/model'
import { OUTCOME_IDS } from '@/model/types'
import { seriesFor } from '@/components/charts/series'
import { figureFor } from '@/components/figures'

const PATIENTS: PatientInput[] = [
  { age: 60, sizeCm: 15, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 2, site: 'retroperitoneum' },
  { age: 45, sizeCm: 12, depth: 'deep', histology: 'synovial_sarcoma', grade: 3, site: 'extremity', limb: 'lower' },
  { age: 71, sizeCm: 4, depth: 'superficial', histology: 'leiomyosarcoma', grade: 1, site: 'trunk_wall' },
]

describe('chart series', () => {
  it.each(PATIENTS)('round every plotted figure exactly as the option columns do (%#)', (input) => {
    const prediction = predict(input)
    for (const outcome of OUTCOME_IDS) {
      for (const series of seriesFor(prediction, outcome)) {
        for (const point of series.points) {
          const figure = figureFor(prediction, series.option, outcome, point.years)
          expect(figure.kind).toBe('value')
          if (figure.kind !== 'value') continue
          expect(point.people).toBe(figure.people)
          if (figure.lower !== undefined) expect([point.lowerPeople, point.upperPeople]).toEqual([figure.lower, figure.upper])
        }
      }
    }
  })

  it('plots only horizons the engine gives a plain value for (no bounds, no gaps)', () => {
    const prediction = predict({ age: 75, sizeCm: 30, depth: 'deep', histology: 'dedifferentiated_liposarcoma', grade: 3, site: 'retroperitoneum', multifocal: true, expectedMargin: 'R2' })
    for (const outcome of OUTCOME_IDS) {
      for (const series of seriesFor(prediction, outcome)) {
        for (const point of series.points) expect(figureFor(prediction, series.option, outcome, point.years)).toMatchObject({ kind: 'value' })
      }
    }
  })
})
