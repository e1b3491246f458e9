// VALUE-PERSARC (NL76563.058.21). Written from ../shared/trials/trials.json (compiled 2026-11-24),
// trial and criterion ids kept. Texts paraphrase the sources; numbers, doses, schedules and
// identifiers are copied exactly. Each rule states the condition for the patient to pass its
// criterion, exclusions included (../shared/trials/README.md, section 2); `nlTranslated` marks
// Dutch that is our own translation of an English-only source.

import type { Trial } from '../types'

export const valuePersarc = {
  id: 'value_persarc',
  acronym: 'VALUE-PERSARC',
  title: {
    en: 'Value of the PERSARC risk tool for treatment decisions in soft-tissue sarcoma',
    nl: 'Waarde van de PERSARC-risicotool bij behandelbeslissingen bij wekedelensarcoom',
  },
  officialTitle: {
    en: 'The value of a risk prediction tool (PERSARC) for effective treatment decisions of soft tissue sarcomas patients.',
    nl: 'De waarde van een risicovoorspellingstool (PERSARC) voor effectieve behandelbeslissingen voor patiënten met wekedelen sarcomen.',
  },
  registryIds: { nct: 'NCT05741944', eudract: null, euct: null, nl: 'NL76563.058.21', other: [] },
  registryIdsNote: "The seed's 'Reference code' field is empty; acronym and NL number come from a later copy of the same Dutch Sarcoma Group page. NCT05741944 added 2026-12-07 (issue 15) from a copy of the ClinicalTrials.gov record (ichgcp.net/clinical-trials-registry/NCT05741944, updated 2025-09-02 by Leiden University Medical Center): same title, acronym VALUE_PERSARC and design; not in the compilation.",
  studyType: 'interventional',
  studyTypeDetail: {
    en: 'care pathway; no drug',
    nl: 'zorgpad; geen geneesmiddel',
    nlTranslated: true,
  },
  phase: 'n/a',
  design: {
    en: 'Two groups of patients with high-grade extremity STS: usual care, or care in which the PERSARC app is used at the tumour board and in the consultation where the surgeon discusses options. How patients are allocated is not stated.',
    nl: 'Twee groepen patiënten met hooggradig wekedelensarcoom van de extremiteit: gebruikelijke zorg, of zorg waarbij de PERSARC-app wordt gebruikt in het MDO en in het gesprek waarin de chirurg de opties bespreekt. Hoe patiënten worden toegewezen staat er niet.',
  },
  arms: [
    {
      id: 'usual_care',
      label: { en: 'Usual care', nl: 'Gebruikelijke zorg' },
      description: {
        en: 'Treatment advice and consultation without the PERSARC tool.',
        nl: 'Behandeladvies en consult zonder de PERSARC-tool.',
      },
    },
    {
      id: 'persarc_supported',
      label: { en: 'Care with PERSARC', nl: 'Zorg met PERSARC' },
      description: {
        en: 'PERSARC estimates used at the multidisciplinary tumour board and when the oncological or orthopaedic surgeon discusses the benefits and harms of each option with the patient.',
        nl: 'PERSARC-schattingen gebruikt in het multidisciplinair overleg en wanneer de oncologisch of orthopedisch chirurg de voor- en nadelen van elke optie met de patiënt bespreekt.',
      },
    },
  ],
  primaryOutcome: {
    en: 'Decisional conflict (hypothesis: less with PERSARC) and informed choice.',
    nl: 'Beslisconflict (hypothese: minder met PERSARC) en geïnformeerde keuze.',
  },
  sponsor: null,
  sponsorNote: 'Not stated in the seed.',
  enrollment: 120,
  enrollmentNote: 'Enrolled, from the published results (2025-09-29): 53 usual care, 67 with PERSARC. Not in the compilation, which had no enrolment.',
  recruitment: {
    start: '2021-08-01',
    end: '2024-08-31',
    endBasis: 'study window listed on the seed page',
    status: 'completed',
    statusAsOf: '2025-09-29',
    statusSource: "Results published 2025-09-29 (Kruiswijk et al., 'the VALUE-PERSARC study'; Maastricht University research portal record): 120 patients enrolled. 'Completed' is read from the published results (issue 15, 2026-12-07); the compilation of 2026-11-24 had status unknown.",
    seedStatus: null,
    earlierStatus: 'unknown: the seed gave only the window 2021-08-01 to 2024-08-31 (compilation of 2026-11-24)',
  },
  countries: ['NL'],
  sitesNetherlands: [],
  sitesNote: 'No sites named in the seed.',
  contact: { name: 'Anouk Kruiswijk', phone: '0631974532', email: null },
  sourceUrl: 'https://www.dutchsarcomagroup.nl/studies/the-value-of-a-risk-prediction-tool-persarc-for-effective-treatment-decisions-of-soft-tissue-sarcomas-patients/',
  sourceUrlNote: 'The seed text carries no URL; this Dutch Sarcoma Group page has the same text.',
  registryUrl: 'https://clinicaltrials.gov/study/NCT05741944',
  results: {
    published: '2025-09-29',
    enrolled: 120,
    citation: 'Kruiswijk AA, Marang-van de Mheen PJ, Vlug LAE, et al. Evaluating the effectiveness of a risk prediction model (PERSARC) on improving treatment decisions quality for patients with soft-tissue sarcomas: the VALUE-PERSARC study. Published 2025-09-29.',
    url: 'https://cris.maastrichtuniversity.nl/en/publications/evaluating-the-effectiveness-of-a-risk-prediction-model-persarc-o/',
  },
  registryDates: {
    start: null,
    primaryCompletion: null,
    completion: null,
    source: "No dates of the registry record in the compilation (the window 2021-08-01 to 2024-08-31 is the seed's).",
  },
  ambiguities: [
    {
      en: "Allocation (randomised or not) is not stated; arms are described as 'control' and 'intervention'.",
      nl: "Toewijzing (gerandomiseerd of niet) staat er niet; de armen heten 'controle' en 'interventie'.",
      nlTranslated: true,
    },
    {
      en: "The list of subtypes 'mentioned in the PERSARC app' was not available; every subtype except GIST is marked 'to confirm'.",
      nl: "De lijst van subtypes 'genoemd in de PERSARC-app' was niet beschikbaar; elk subtype behalve GIST staat op 'te bevestigen'.",
      nlTranslated: true,
    },
    {
      en: "'Treated without curative intent' appears as inclusion (curative intent) and as exclusion; merged into one criterion.",
      nl: "'Behandeld zonder curatieve opzet' staat zowel bij de inclusie (curatieve opzet) als bij de exclusie; samengevoegd tot één criterium.",
      nlTranslated: true,
    },
    {
      en: "'Surgery not indicated' is approximated by the app field resectable (inferred).",
      nl: "'Operatie niet geïndiceerd' is benaderd met het app-veld resectabel (afgeleid).",
      nlTranslated: true,
    },
  ],
  criteria: [
    {
      id: 'persarc_age',
      kind: 'inclusion',
      category: 'patient',
      text: { en: 'Age 18 or older.', nl: '18 jaar of ouder.' },
      rule: { field: 'age', op: '>=', value: 18 },
      source: 'seed',
    },
    {
      id: 'persarc_primary',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'First diagnosis of this sarcoma (not a recurrence).',
        nl: 'Eerste diagnose van dit sarcoom (geen recidief).',
      },
      rule: { field: 'recurrent', op: '==', value: false },
      source: 'seed',
    },
    {
      id: 'persarc_grade',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'FNCLCC grade 2 or 3.', nl: 'FNCLCC-graad 2 of 3.' },
      rule: { field: 'grade', op: 'in', value: [2, 3] },
      source: 'seed',
    },
    {
      id: 'persarc_site',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'Tumour in an arm or leg.', nl: 'Tumor in arm of been.' },
      rule: { field: 'site', op: '==', value: 'extremity' },
      source: 'seed',
    },
    {
      id: 'persarc_subtype',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Histological subtype is one of those in the PERSARC app.',
        nl: 'Histologisch subtype staat in de PERSARC-app.',
      },
      rule: {
        all: [{ field: 'histology', op: '!=', value: 'gist' }, { confirm: 'persarc_app_subtype' }],
      },
      source: 'seed',
      note: {
        en: "Subtype list of the app not available: GIST gives 'not met', all others 'to confirm'.",
        nl: "Subtypelijst van de app niet beschikbaar: GIST geeft 'niet voldaan', alle andere 'te bevestigen'.",
        nlTranslated: true,
      },
      alsoListedAs: 'exclusion',
    },
    {
      id: 'persarc_no_plan',
      kind: 'inclusion',
      category: 'treatment_plan',
      text: { en: 'No treatment plan has been made yet.', nl: 'Er is nog geen behandelplan.' },
      rule: null,
      source: 'seed',
    },
    {
      id: 'persarc_curative',
      kind: 'inclusion',
      category: 'treatment_plan',
      text: { en: 'Treatment will aim at cure.', nl: 'Behandeling is gericht op genezing.' },
      rule: null,
      source: 'seed',
      alsoListedAs: 'exclusion',
    },
    {
      id: 'persarc_language',
      kind: 'inclusion',
      category: 'consent_logistics',
      text: {
        en: 'Speaks and reads Dutch well enough.',
        nl: 'Spreekt en leest voldoende Nederlands.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'persarc_competent',
      kind: 'inclusion',
      category: 'consent_logistics',
      text: { en: 'Mentally able to take part (legally competent).', nl: 'Wilsbekwaam.' },
      rule: null,
      source: 'seed',
    },
    {
      id: 'persarc_ex_chemo_ilp',
      kind: 'exclusion',
      category: 'treatment_plan',
      text: {
        en: 'Not if chemotherapy or isolated limb perfusion is needed.',
        nl: 'Niet als chemotherapie of geïsoleerde ledemaatperfusie nodig is.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'persarc_ex_no_surgery',
      kind: 'exclusion',
      category: 'treatment_plan',
      text: {
        en: 'Not if surgery is not indicated.',
        nl: 'Niet als operatie niet geïndiceerd is.',
      },
      rule: { field: 'resectable', op: '==', value: true },
      source: 'seed; rule inferred',
      note: {
        en: "Rule reads 'surgery indicated' as resectable = true (inferred).",
        nl: "De regel leest 'operatie geïndiceerd' als resectabel = ja (afgeleid).",
        nlTranslated: true,
      },
    },
  ],
  dataCompiled: '2026-11-24',
} as const satisfies Trial
