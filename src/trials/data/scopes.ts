// SCOPES (NCT04425967). Written from ../shared/trials/trials.json (compiled 2026-11-24), trial and
// criterion ids kept. Texts paraphrase the sources; numbers, doses, schedules and identifiers are
// copied exactly. Each rule states the condition for the patient to pass its criterion, exclusions
// included (../shared/trials/README.md, section 2); `nlTranslated` marks Dutch that is our own
// translation of an English-only source.

import type { Trial } from '../types'

export const scopes = {
  id: 'scopes',
  acronym: 'SCOPES',
  title: {
    en: 'Short course of preoperative radiotherapy for head and neck, trunk and extremity soft-tissue sarcoma',
    nl: 'Kortdurende preoperatieve radiotherapie bij wekedelensarcoom van hoofd-hals, romp en extremiteiten',
  },
  officialTitle: {
    en: 'Short Course Of Preoperative Radiotherapy in Head and Neck-, Trunk- and Extremity Soft Tissue Sarcomas (SCOPES)',
    nl: 'Kortdurende pre-operatieve radiotherapie bij hoofd- en nek-, romp- en extremiteiten weke delen sarcomen',
  },
  registryIds: { nct: 'NCT04425967', eudract: null, euct: null, nl: null, other: [] },
  registryIdsNote: 'NCT number from a later copy of the Dutch Sarcoma Group page and the registry; no EudraCT/NL number found (radiotherapy-only trial; absence of a EudraCT number is expected but inferred).',
  studyType: 'interventional',
  phase: '2',
  phaseNote: "Randomised phase II per the registry record of 2022 and the Dutch oncology journal (NTVO 2024); later registry copies list phase 'N/A'.",
  design: {
    en: 'Randomised comparison of two preoperative radiotherapy schedules, each followed by surgery. Endpoints: wound complications up to 30 days after surgery and local control at 2 years (expected to be similar), plus quality of life and costs.',
    nl: "Gerandomiseerde vergelijking van twee preoperatieve bestralingsschema's, telkens gevolgd door een operatie. Eindpunten: wondcomplicaties tot 30 dagen na de operatie en lokale controle na 2 jaar (verwacht gelijk), plus kwaliteit van leven en kosten.",
  },
  arms: [
    {
      id: 'arm_a_25x2',
      label: { en: 'Arm A: 25 x 2 Gy (standard)', nl: 'Arm A: 25 x 2 Gy (standaard)' },
      description: {
        en: '50 Gy in 25 fractions of 2 Gy over 5 weeks before surgery.',
        nl: '50 Gy in 25 fracties van 2 Gy in 5 weken vóór de operatie.',
      },
    },
    {
      id: 'arm_b_14x3',
      label: {
        en: 'Arm B: 14 x 3 Gy (hypofractionated)',
        nl: 'Arm B: 14 x 3 Gy (gehypofractioneerd)',
      },
      description: {
        en: '14 fractions of 3 Gy (42 Gy in total, computed) before surgery.',
        nl: '14 fracties van 3 Gy (42 Gy totaal, berekend) vóór de operatie.',
      },
    },
  ],
  primaryOutcome: {
    en: 'Wound complications within 30 days after surgery; local control at 2 years.',
    nl: 'Wondcomplicaties binnen 30 dagen na de operatie; lokale controle na 2 jaar.',
  },
  sponsor: 'The Netherlands Cancer Institute (NKI-AVL)',
  sponsorNote: 'Sponsor from CenterWatch listing; funded by the Dutch Cancer Society (KWF grant 13697) and designed by Prof. R.L.M. Haas (NKI and LUMC) per a Sarcoma-EuroNet news item.',
  enrollment: 168,
  recruitment: {
    start: '2021-06-25',
    end: '2034-04-01',
    endBasis: 'window on the seed page (CenterWatch: end date Apr 1, 2034); a 2026 registry copy lists study completion 2031-05-01',
    status: 'active_not_recruiting',
    statusAsOf: '2026-01-20',
    statusSource: 'ClinicalTrials.gov data as mirrored by meddatax.com (last updated 2026-01-20): ACTIVE_NOT_RECRUITING, 168 participants',
    seedStatus: null,
    earlierStatus: 'recruiting (ClinicalTrials.gov record, last update 2022-10-07)',
  },
  countries: ['NL'],
  sitesNetherlands: [],
  sitesNote: "No sites named in the seed (NKI-AVL is sponsor; LUMC involvement inferred from the designer's affiliation).",
  contact: null,
  sourceUrl: 'https://www.dutchsarcomagroup.nl/studies/short-course-of-preoperative-radiotherapy-in-head-and-neck-trunk-and-extremity-soft-tissue-sarcomas/',
  registryUrl: 'https://clinicaltrials.gov/study/NCT04425967',
  criteriaIncomplete: true,
  criteriaSource: 'trials.co copy of the ClinicalTrials.gov record (https://trials.co/clinical-trials-details/short-course-of-preoperative-radiotherapy-in-head-and-neck-trunk-and-extremity-soft-tissue-sarcomas/NCT04425967) and a later version of the Dutch Sarcoma Group page; the IKNL page the seed refers to was not available.',
  relatedTrials: [
    {
      nct: 'NCT07071727',
      acronym: 'SCOPES II',
      note: 'Successor (14 x 3 Gy vs 5 x 6 Gy), NKI, recruiting from 2025-12-11; NL009842. In this data set since 2026-12-07 (scopes2).',
      relation: 'successor',
    },
  ],
  // Arm A is the app's conventional preoperative option (25 x 2 Gy), arm B its hypofractionated
  // one (14 x 3 Gy; src/model/data/schedules.ts).
  optionsStudied: ['preop_rt_conventional', 'preop_rt_hypofractionated'],
  registryDates: {
    start: null,
    primaryCompletion: null,
    completion: '2031-05-01',
    source: "Study completion 2031-05-01 from a 2026 registry copy (compilation, recruitment.endBasis). Start and primary completion: not in the compilation (the window 2021-06-25 to 2034-04-01 is the seed's).",
  },
  ambiguities: [
    {
      en: "Criteria are not in the seed (it links to IKNL). Inclusion criteria were found complete; of the exclusion criteria only the first and the start of the second were readable. The rest is a single 'to confirm' criterion (sc_ex_unretrieved).",
      nl: "De criteria staan niet in de bron (die verwijst naar IKNL). De inclusiecriteria zijn volledig gevonden; van de exclusiecriteria waren alleen het eerste en het begin van het tweede leesbaar. De rest is één criterium 'te bevestigen' (sc_ex_unretrieved).",
      nlTranslated: true,
    },
    {
      en: "Inclusion says 'newly diagnosed', yet an exclusion names recurrent sarcomas with earlier radiotherapy to the target lesion, which suggests recurrences without earlier radiotherapy may be allowed. Recurrent tumours without prior RT are therefore 'to confirm'.",
      nl: "De inclusie zegt 'nieuw gediagnosticeerd', maar een exclusiecriterium noemt recidiverende sarcomen met eerdere bestraling van de doellaesie; dat wijst erop dat recidieven zonder eerdere bestraling mogelijk wel mogen. Recidieftumoren zonder eerdere RT zijn daarom 'te bevestigen'.",
      nlTranslated: true,
    },
    {
      en: "'Low metastatic burden' may be allowed: metastatic patients are 'to confirm', not 'not met'.",
      nl: "Een 'lage metastaselast' is mogelijk toegestaan: patiënten met metastasen zijn 'te bevestigen', niet 'niet voldaan'.",
      nlTranslated: true,
    },
    {
      en: 'Status: the seed gives only the window (to 2034-04-01); the newest registry copy says active, not recruiting. The data use the newer status, so the trial is closed for matching.',
      nl: 'Status: de bron geeft alleen de periode (tot 2034-04-01); de nieuwste registerkopie zegt actief, werft niet. De gegevens volgen de nieuwere status, dus de studie is gesloten bij het matchen.',
      nlTranslated: true,
    },
  ],
  criteria: [
    {
      id: 'sc_site',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Sarcoma of an extremity, the trunk or chest wall, or the head and neck.',
        nl: 'Sarcoom van extremiteit, romp of thoraxwand, of hoofd-hals.',
      },
      rule: { field: 'site', op: 'in', value: ['extremity', 'trunk_wall', 'head_neck'] },
      source: 'registry',
    },
    {
      id: 'sc_grade',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Intermediate or high grade (FNCLCC grade 2 or 3).',
        nl: 'Intermediaire of hoge graad (FNCLCC-graad 2 of 3).',
      },
      rule: { field: 'grade', op: 'in', value: [2, 3] },
      source: 'registry',
    },
    {
      id: 'sc_newly_diagnosed',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Newly diagnosed, histologically confirmed (recurrence only if not irradiated before - to confirm).',
        nl: 'Nieuw gediagnosticeerd, histologisch bevestigd (recidief alleen als niet eerder bestraald - te bevestigen).',
      },
      rule: {
        any: [
          { field: 'recurrent', op: '==', value: false },
          {
            all: [
              { field: 'priorRadiotherapy', op: '==', value: false },
              { confirm: 'scopes_recurrence_without_prior_rt' },
            ],
          },
        ],
      },
      source: 'registry',
    },
    {
      id: 'sc_rt_indication',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Standard treatment would be radiotherapy plus surgery: deep and/or > 5 cm and/or close margin expected and/or grade 2-3.',
        nl: 'Standaardbehandeling zou radiotherapie plus operatie zijn: diep en/of > 5 cm en/of krappe marge verwacht en/of graad 2-3.',
      },
      rule: {
        any: [
          { field: 'depth', op: '==', value: 'deep' },
          { field: 'sizeCm', op: '>', value: 5 },
          { field: 'grade', op: 'in', value: [2, 3] },
        ],
      },
      source: 'registry',
      note: {
        en: "'Anticipated close margin' has no app field and is left out of the rule; with sc_grade also required, this criterion is met whenever grade is 2-3.",
        nl: "'Verwachte krappe marge' heeft geen veld in de app en is uit de regel weggelaten; omdat sc_grade ook vereist is, is dit criterium voldaan zodra de graad 2-3 is.",
        nlTranslated: true,
      },
    },
    {
      id: 'sc_no_metastases',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'No regional or distant spread on staging (at least CT chest); uncertain status or a low metastatic burden that still allows preoperative RT and definitive surgery is allowed.',
        nl: 'Geen regionale of verre uitzaaiingen bij stadiëring (minstens CT thorax); onzekere status of een lage metastaselast die preoperatieve RT en definitieve chirurgie niet in de weg staat is toegestaan.',
      },
      rule: {
        any: [
          { field: 'metastatic', op: '==', value: false },
          { confirm: 'scopes_low_metastatic_burden' },
        ],
      },
      source: 'registry',
    },
    {
      id: 'sc_who_ps',
      kind: 'inclusion',
      category: 'fitness',
      text: { en: 'WHO performance status 0-2.', nl: 'WHO-performancestatus 0-2.' },
      rule: { field: 'performanceStatus', op: '<=', value: 2 },
      source: 'registry',
    },
    {
      id: 'sc_surgery',
      kind: 'inclusion',
      category: 'fitness',
      text: {
        en: 'Able to undergo definitive surgery.',
        nl: 'Kan een definitieve operatie ondergaan.',
      },
      rule: { field: 'resectable', op: '==', value: true },
      source: 'registry; rule inferred',
      note: {
        en: "'Able to undergo definitive surgery' read as resectable = true (inferred).",
        nl: "'Kan een definitieve operatie ondergaan' gelezen als resectabel = ja (afgeleid).",
        nlTranslated: true,
      },
    },
    {
      id: 'sc_willing',
      kind: 'inclusion',
      category: 'consent_logistics',
      text: {
        en: 'Willing to have preoperative RT, surgery, follow-up visits, questionnaires and randomisation.',
        nl: 'Bereid tot preoperatieve RT, operatie, follow-up, vragenlijsten en randomisatie.',
      },
      rule: null,
      source: 'registry',
    },
    {
      id: 'sc_age',
      kind: 'inclusion',
      category: 'patient',
      text: { en: 'Age 18 or older.', nl: '18 jaar of ouder.' },
      rule: { field: 'age', op: '>=', value: 18 },
      source: 'registry',
    },
    {
      id: 'sc_consent',
      kind: 'inclusion',
      category: 'consent_logistics',
      text: { en: 'Signed informed consent.', nl: 'Getekende toestemming.' },
      rule: null,
      source: 'registry',
    },
    {
      id: 'sc_ex_prior_cancer',
      kind: 'exclusion',
      category: 'patient',
      text: {
        en: 'No earlier cancer, unless disease-free for at least 5 years, or a completely removed non-melanoma skin cancer, or a successfully treated in-situ carcinoma.',
        nl: 'Geen eerdere kanker, tenzij minstens 5 jaar ziektevrij, of volledig verwijderde niet-melanoom huidkanker, of succesvol behandeld carcinoma in situ.',
      },
      rule: null,
      source: 'registry',
    },
    {
      id: 'sc_ex_recurrent_prior_rt',
      kind: 'exclusion',
      category: 'treatment_history',
      text: {
        en: 'Not a recurrent sarcoma that was irradiated before (target lesion).',
        nl: 'Geen recidief sarcoom dat al eerder bestraald is (doellaesie).',
      },
      rule: {
        not: {
          all: [
            { field: 'recurrent', op: '==', value: true },
            { field: 'priorRadiotherapy', op: '==', value: true },
          ],
        },
      },
      source: 'registry',
    },
    {
      id: 'sc_ex_unretrieved',
      kind: 'exclusion',
      category: 'other',
      text: {
        en: 'Further exclusion criteria exist in the registry record but could not be retrieved: check the full list.',
        nl: 'Er zijn meer exclusiecriteria in het register die niet konden worden opgehaald: controleer de volledige lijst.',
      },
      rule: null,
      source: 'missing',
    },
  ],
  dataCompiled: '2026-11-24',
} as const satisfies Trial
