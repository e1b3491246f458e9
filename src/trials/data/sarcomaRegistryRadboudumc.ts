// Registration study sarcoma. Written from ../shared/trials/trials.json (compiled 2026-11-24),
// trial and criterion ids kept. Texts paraphrase the sources; numbers, doses, schedules and
// identifiers are copied exactly. Each rule states the condition for the patient to pass its
// criterion, exclusions included (../shared/trials/README.md, section 2); `nlTranslated` marks
// Dutch that is our own translation of an English-only source.

import type { Trial } from '../types'

export const sarcomaRegistryRadboudumc = {
  id: 'sarcoma_registry_radboudumc',
  acronym: null,
  shortName: 'Registration study sarcoma',
  title: {
    en: 'Registration study of bone and soft-tissue sarcoma',
    nl: 'Registratiestudie bot- en wekedelensarcomen',
  },
  officialTitle: {
    en: 'Registration study on bone and soft tissue sarcoma',
    nl: 'Een lange termijn onderzoek naar de behandeling en uitkomsten van bot en weke delen sarcomen',
  },
  registryIds: { nct: null, eudract: null, euct: null, nl: null, other: [] },
  registryIdsNote: "The seed's reference code is empty and no registry number was found.",
  studyType: 'observational',
  studyTypeDetail: {
    en: 'cohort; prospective and retrospective data collection',
    nl: 'cohort; prospectieve en retrospectieve gegevensverzameling',
    nlTranslated: true,
  },
  phase: 'n/a',
  design: {
    en: 'Observational cohort that collects data of patients with bone or soft-tissue sarcoma in the Netherlands, to serve research on prognosis, prediction, care policy and cost-effectiveness.',
    nl: 'Observationeel cohort dat gegevens verzamelt van patiënten met bot- of wekedelensarcoom in Nederland, voor onderzoek naar prognose, voorspelling, zorgbeleid en kosteneffectiviteit.',
  },
  arms: [
    {
      id: 'registry_cohort',
      label: { en: 'Registry cohort', nl: 'Registratiecohort' },
      description: {
        en: 'Data collection only; no study treatment.',
        nl: 'Alleen gegevensverzameling; geen studiebehandeling.',
      },
    },
  ],
  primaryOutcome: null,
  sponsor: null,
  sponsorNote: 'Not stated; Radboudumc is the listed location and contact (sponsor inferred, not confirmed).',
  enrollment: null,
  recruitment: {
    start: null,
    end: null,
    endBasis: 'no dates in the seed',
    status: 'unknown',
    statusAsOf: null,
    statusSource: 'seed lists no status; treated as open because it lists a location and contact (inferred)',
    seedStatus: null,
  },
  countries: ['NL'],
  sitesNetherlands: [
    'Radboudumc (Nijmegen)',
    'Radiotherapiegroep (as listed; the seed runs both names together)',
  ],
  contact: {
    name: 'dr. P.M. Braam',
    phone: '+31-243614515',
    email: null,
    address: 'Radboudumc, Geert Grooteplein Zuid 32, 6525 GA Nijmegen',
  },
  sourceUrl: null,
  sourceUrlNote: 'Seed is a Dutch Sarcoma Group page; its URL was not retrieved. The seed mentions two PDF downloads (190 Kb, 579 Kb) without names.',
  registryUrl: null,
  registryDates: {
    start: null,
    primaryCompletion: null,
    completion: null,
    source: 'No registry record found (compilation, README section 6).',
  },
  ambiguities: [
    {
      en: 'No dates, status or registry number; treated as open.',
      nl: 'Geen data, status of registernummer; behandeld als open.',
      nlTranslated: true,
    },
    {
      en: "'Histologically proven' is taken as given when the clinician enters a histology (app assumption).",
      nl: "'Histologisch bewezen' geldt als gegeven wanneer de clinicus een histologie invoert (aanname van de app).",
      nlTranslated: true,
    },
  ],
  criteria: [
    {
      id: 'reg_age',
      kind: 'inclusion',
      category: 'patient',
      text: { en: 'Age 18 or older.', nl: '18 jaar of ouder.' },
      rule: { field: 'age', op: '>=', value: 18 },
      source: 'seed',
    },
    {
      id: 'reg_histology',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Histologically proven bone or soft-tissue sarcoma, not GIST.',
        nl: 'Histologisch bewezen bot- of wekedelensarcoom, geen GIST.',
      },
      rule: { field: 'histology', op: '!=', value: 'gist' },
      source: 'seed',
    },
    {
      id: 'reg_ex_mental',
      kind: 'exclusion',
      category: 'consent_logistics',
      text: {
        en: 'Not if the mental state prevents understanding or giving informed consent.',
        nl: 'Niet als de geestelijke toestand begrip of toestemming onmogelijk maakt.',
      },
      rule: null,
      source: 'seed',
    },
  ],
  dataCompiled: '2026-11-24',
} as const satisfies Trial
