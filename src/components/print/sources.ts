// Every source the printed figures rest on, collected from the engine's own answer so the list
// on paper can never name a source the figures do not use, or miss one they do.
import { isSourceId, SOURCES, type Prediction, type SourceRecord } from '@/model'

export const usedSources = (prediction: Prediction): SourceRecord[] => {
  const ids = new Set<string>()
  for (const option of prediction.options) {
    for (const id of option.sources) ids.add(id)
    for (const harm of option.harms) ids.add(harm.source)
    for (const figure of option.context) ids.add(figure.source)
  }
  return [...ids].filter(isSourceId).map((id) => SOURCES[id])
}

/** The models loaded in this browser that the figures use (ids outside the source registry). */
export const loadedModelIds = (prediction: Prediction): string[] => [
  ...new Set(prediction.options.flatMap((o) => o.sources.filter((id) => !isSourceId(id)))),
]
