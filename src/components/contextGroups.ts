// Group-level figures are often the same for several options (a cohort average is no treatment
// effect): list each figure once, with the options it concerns.
import type { ContextFigure, OptionId, Prediction } from '@/model'
import { isTrialResult } from './trialResults'

export type ContextGroup = { options: OptionId[]; allOptions: boolean; figures: ContextFigure[] }

const keyOf = (c: ContextFigure) => JSON.stringify([c.source, c.outcome, c.years, c.population, c.arm ?? '', c.endpoint ?? '', c.value])

export const groupContext = (p: Prediction): ContextGroup[] => {
  const byFigure = new Map<string, { figure: ContextFigure; options: OptionId[] }>()
  for (const option of p.options) {
    // Trial results sit in their option's column; only cohort averages are grouped here.
    for (const figure of option.context.filter((f) => !isTrialResult(f))) {
      const entry = byFigure.get(keyOf(figure)) ?? { figure, options: [] }
      if (!entry.options.includes(option.id)) entry.options.push(option.id)
      byFigure.set(keyOf(figure), entry)
    }
  }
  const groups = new Map<string, ContextGroup>()
  for (const { figure, options } of byFigure.values()) {
    const key = options.join('|')
    const group = groups.get(key) ?? { options, allOptions: options.length === p.options.length && p.options.length > 1, figures: [] }
    group.figures.push(figure)
    groups.set(key, group)
  }
  // Figures that concern every option first, then per option in the engine's order.
  return [...groups.values()].sort((a, b) => Number(b.allOptions) - Number(a.allOptions))
}
