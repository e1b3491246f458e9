// Histologies grouped by WHO family, as a pathologist's report and a clinician's search would
// group them (families from ../shared/trials/histology.json, version 1). Each label carries the
// usual abbreviation, so typing "L" or reading "LMS" both find it.
import type { HistologyId } from '@/model/vocabulary'
import type { ChoiceGroup } from './SelectField'

export const HISTOLOGY_FAMILIES = [
  ['adipocytic', ['well_differentiated_liposarcoma', 'dedifferentiated_liposarcoma', 'myxoid_liposarcoma', 'pleomorphic_liposarcoma']],
  ['smooth_muscle', ['leiomyosarcoma']],
  ['fibroblastic', ['myxofibrosarcoma', 'solitary_fibrous_tumour', 'fibrosarcoma']],
  ['undifferentiated', ['undifferentiated_pleomorphic_sarcoma']],
  ['nerve_sheath', ['mpnst']],
  ['vascular', ['angiosarcoma']],
  ['skeletal_muscle', ['pleomorphic_rhabdomyosarcoma']],
  ['uncertain_differentiation', ['synovial_sarcoma', 'epithelioid_sarcoma', 'clear_cell_sarcoma', 'alveolar_soft_part_sarcoma']],
  ['gist', ['gist']],
  ['other', ['other']],
] as const satisfies readonly (readonly [string, readonly HistologyId[]])[]

export const histologyGroups = (t: (key: string) => string): ChoiceGroup[] =>
  HISTOLOGY_FAMILIES.map(([family, ids]) => ({
    label: t(`histologyFamily.${family}`),
    choices: ids.map((id) => ({ value: id, label: t(`histology.${id}`) })),
  }))
