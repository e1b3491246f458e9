// SCOPES II (NCT07071727). Written from ../shared/trials/trials.json (entry added 2026-12-07;
// README section 5.9 there), trial id kept. Criterion ids are the compilation's with `sc2_` for
// its `s2_` prefix, which STRASS-2 already uses (s2_site, s2_age would collide; the ids are
// unique across trials); the data test maps them back. Texts paraphrase the sources; numbers,
// doses, schedules and identifiers are copied exactly. Each rule states the condition for the
// patient to pass its criterion, exclusions included (README section 2); `nlTranslated` marks
// Dutch that is our own translation of an English-only source. Only part of the criteria could
// be read: `criteriaIncomplete` makes the card say so and link the registry record.

import type { Trial } from '../types'

export const scopes2 = {
  id: 'scopes2',
  acronym: 'SCOPES II',
  title: {
    en: 'Even shorter preoperative radiotherapy for soft-tissue sarcoma: 14 x 3 Gy or 5 x 6 Gy',
    nl: 'Nog kortere preoperatieve radiotherapie bij wekedelensarcoom: 14 x 3 Gy of 5 x 6 Gy',
  },
  officialTitle: {
    en: 'Short Course of Radiotherapy Prior to Surgery of Soft Tissue Sarcomas (SCOPES II)',
    nl: 'Short Course of Radiotherapy Prior to Surgery of Soft Tissue Sarcomas (SCOPES II)',
  },
  officialTitleNote: 'Brief title as printed in registry copies; the full official title was not found. Dutch is the English title kept (no Dutch title found).',
  registryIds: { nct: 'NCT07071727', eudract: null, euct: null, nl: 'NL009842', other: ['M24SCT'] },
  registryIdsNote: "Other identifiers 'NL009842 (Other Identifier)' and 'M24SCT' from the ctv.veeva copy of the ClinicalTrials.gov record.",
  studyType: 'interventional',
  phase: 'n/a',
  phaseNote: "Registry copy: 'Clinical Phase NA' (radiotherapy schedule comparison).",
  design: {
    en: 'Randomised comparison of two preoperative radiotherapy schedules, each followed by surgery: 14 x 3 Gy (the shorter schedule tested in SCOPES) or 5 x 6 Gy. Hypothesis: wound complications up to 120 days after surgery and local control at 2 years are comparable in both arms.',
    nl: "Gerandomiseerde vergelijking van twee preoperatieve bestralingsschema's, telkens gevolgd door een operatie: 14 x 3 Gy (het kortere schema uit SCOPES) of 5 x 6 Gy. Hypothese: wondcomplicaties tot 120 dagen na de operatie en lokale controle na 2 jaar zijn in beide armen vergelijkbaar.",
  },
  arms: [
    {
      id: 'arm_a_14x3',
      label: { en: 'Arm A: 14 x 3 Gy', nl: 'Arm A: 14 x 3 Gy' },
      description: {
        en: '14 fractions of 3 Gy (42 Gy in total, computed) before surgery.',
        nl: '14 fracties van 3 Gy (42 Gy totaal, berekend) vóór de operatie.',
      },
    },
    {
      id: 'arm_b_5x6',
      label: { en: 'Arm B: 5 x 6 Gy', nl: 'Arm B: 5 x 6 Gy' },
      description: {
        en: '5 fractions of 6 Gy (30 Gy in total, computed) before surgery.',
        nl: '5 fracties van 6 Gy (30 Gy totaal, berekend) vóór de operatie.',
      },
    },
  ],
  primaryOutcome: {
    en: 'Wound complications up to 120 days after surgery; local control at 2 years.',
    nl: 'Wondcomplicaties tot 120 dagen na de operatie; lokale controle na 2 jaar.',
  },
  sponsor: 'The Netherlands Cancer Institute',
  sponsorNote: 'Lead sponsor as printed in registry copies (medpath, ctv.veeva).',
  enrollment: 150,
  recruitment: {
    start: '2025-12-11',
    end: '2033-11-01',
    endBasis: 'study completion date 2033-11-01 (meddatax copy of the registry record, last updated 2025-12-23); the primary completion date was not found',
    status: 'recruiting',
    statusAsOf: '2025-12-23',
    statusSource: 'ClinicalTrials.gov data as mirrored by meddatax.com (last updated 2025-12-23): RECRUITING, 150 participants, start 2025-12-11',
    seedStatus: null,
    earlierStatus: 'not yet recruiting (clinconnect copy, current as of 2025-07-24)',
  },
  countries: ['NL'],
  countriesNote: 'No centres found; the Netherlands inferred from the sponsor and the Dutch NL number.',
  sitesNetherlands: [],
  sitesNote: 'No sites found in the stored registry copies.',
  contact: null,
  sourceUrl: 'https://clinicaltrials.gov/study/NCT07071727',
  registryUrl: 'https://clinicaltrials.gov/study/NCT07071727',
  criteriaSource: "Only the opening of the registry's eligibility section could be read (medpath copy: https://trial.medpath.com/clinical-trial/bdc23fe6ca4218df/nct07071727-preoperative-radiotherapy-soft-tissue-sarcomas), cut inside the first inclusion criterion; age 18+ and 'No Healthy Volunteers' from the ctv.veeva copy; the lay summary (clinconnect) names pregnancy, certain sarcoma types and earlier cancers as exclusions without detail.",
  criteriaIncomplete: true,
  // Arm A is the app's hypofractionated option (14 x 3 Gy before surgery, src/model/data/schedules.ts).
  optionsStudied: ['preop_rt_hypofractionated'],
  relatedTrials: [
    {
      nct: 'NCT04425967',
      acronym: 'SCOPES',
      note: 'Predecessor (25 x 2 Gy vs 14 x 3 Gy); active, not recruiting.',
      relation: 'predecessor',
    },
  ],
  registryDates: {
    start: '2025-12-11',
    primaryCompletion: null,
    completion: '2033-11-01',
    source: 'meddatax copy of the ClinicalTrials.gov record (last updated 2025-12-23); primary completion not found (README section 6).',
  },
  ambiguities: [
    {
      en: "Most criteria could not be read: the data hold the first inclusion criterion (as far as printed), age, and one 'to confirm' line for everything else (sc2_unretrieved). The app must say that the criteria shown are incomplete and point to the registry record.",
      nl: "De meeste criteria konden niet worden gelezen: de gegevens bevatten het eerste inclusiecriterium (voor zover afgedrukt), de leeftijd en één regel 'te bevestigen' voor al het overige (sc2_unretrieved). De app moet zeggen dat de getoonde criteria onvolledig zijn en naar het register verwijzen.",
      nlTranslated: true,
    },
    {
      en: "The first inclusion criterion reads 'intermediate to high grade' and then lists, as reasons why radiotherapy plus surgery is standard, 'deep seated and/or >= 5cm in largest tumor diameter and/or an anticipated close resection margin and/or grade II/III according to the FNCLCC'. Encoded as grade 2-3 plus any of deep, >= 5 cm, expected R1 margin, grade 2-3 (so the second line is met by grade alone).",
      nl: "Het eerste inclusiecriterium zegt 'intermediaire tot hoge graad' en noemt daarna, als redenen waarom bestraling plus operatie standaard is, 'diep gelegen en/of >= 5 cm grootste tumordiameter en/of een verwachte krappe resectiemarge en/of graad II/III volgens FNCLCC'. Gecodeerd als graad 2-3 plus een van: diep, >= 5 cm, verwachte R1-marge, graad 2-3 (dus de tweede regel is al voldaan door de graad).",
      nlTranslated: true,
    },
    {
      en: "Whether recurrent tumours are allowed is not known: recurrent is 'to confirm' (sc2_unretrieved covers it).",
      nl: "Of recidieftumoren zijn toegestaan is niet bekend: recidief is 'te bevestigen' (sc2_unretrieved dekt dit).",
      nlTranslated: true,
    },
    {
      en: 'The registry copies that were read are from 2025-07 to 2025-12; the status must be re-checked against the live record.',
      nl: 'De gelezen registerkopieën zijn van 2025-07 tot 2025-12; de status moet opnieuw worden nagekeken in het actuele register.',
      nlTranslated: true,
    },
  ],
  criteria: [
    {
      id: 'sc2_site',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Soft-tissue sarcoma of the head and neck, the trunk or chest wall, or an extremity.',
        nl: 'Wekedelensarcoom van hoofd-hals, romp of thoraxwand, of een extremiteit.',
      },
      rule: { field: 'site', op: 'in', value: ['extremity', 'trunk_wall', 'head_neck'] },
      source: 'registry',
    },
    {
      id: 'sc2_grade',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Histologically confirmed intermediate or high grade (FNCLCC grade 2 or 3).',
        nl: 'Histologisch bevestigde intermediaire of hoge graad (FNCLCC-graad 2 of 3).',
      },
      rule: { field: 'grade', op: 'in', value: [2, 3] },
      source: 'registry',
    },
    {
      id: 'sc2_rt_indication',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Standard treatment would be radiotherapy plus surgery: deep and/or 5 cm or more and/or a close margin expected and/or grade 2-3.',
        nl: 'Standaardbehandeling zou radiotherapie plus operatie zijn: diep en/of 5 cm of groter en/of krappe marge verwacht en/of graad 2-3.',
      },
      rule: {
        any: [
          { field: 'depth', op: '==', value: 'deep' },
          { field: 'sizeCm', op: '>=', value: 5 },
          { field: 'expectedMargin', op: '==', value: 'R1' },
          { field: 'grade', op: 'in', value: [2, 3] },
        ],
      },
      source: "registry (text cut after 'according to the FNCLCC'); rule inferred",
      note: {
        en: "'Anticipated close resection margin' read as expectedMargin R1 (inferred).",
        nl: "'Verwachte krappe resectiemarge' gelezen als verwachte marge R1 (afgeleid).",
        nlTranslated: true,
      },
    },
    {
      id: 'sc2_age',
      kind: 'inclusion',
      category: 'patient',
      text: { en: 'Age 18 or older.', nl: '18 jaar of ouder.' },
      rule: { field: 'age', op: '>=', value: 18 },
      source: "registry (ctv.veeva: '18+ years old')",
    },
    {
      id: 'sc2_rt_and_surgery',
      kind: 'inclusion',
      category: 'fitness',
      text: {
        en: 'Able to have both radiotherapy and surgery, and willing to attend follow-up and fill in questionnaires.',
        nl: 'Kan zowel bestraling als een operatie ondergaan, en is bereid tot follow-up en vragenlijsten.',
      },
      rule: {
        all: [
          { field: 'resectable', op: '==', value: true },
          { confirm: 'scopes2_fit_for_rt_and_surgery' },
        ],
      },
      source: 'lay summary (clinconnect); rule inferred',
      note: {
        en: "'Able to have both radiation and surgery' read as resectable = true plus a clinician's confirmation (inferred).",
        nl: "'Kan zowel bestraling als een operatie ondergaan' gelezen als resectabel = ja plus bevestiging door de arts (afgeleid).",
        nlTranslated: true,
      },
    },
    {
      id: 'sc2_unretrieved',
      kind: 'exclusion',
      category: 'other',
      text: {
        en: 'The remaining inclusion and exclusion criteria (among them pregnancy, certain sarcoma types and earlier cancers) could not be read here: check the full list in the registry record.',
        nl: 'De overige inclusie- en exclusiecriteria (waaronder zwangerschap, bepaalde sarcoomtypen en eerdere kanker) konden hier niet worden gelezen: controleer de volledige lijst in het register.',
      },
      rule: null,
      source: 'missing',
    },
  ],
  dataCompiled: '2026-12-07',
} as const satisfies Trial
