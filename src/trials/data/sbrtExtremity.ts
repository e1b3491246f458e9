// Preoperative SBRT extremity STS (NCT06760221) (NCT06760221). Written from
// ../shared/trials/trials.json (compiled 2026-11-24), trial and criterion ids kept. Texts
// paraphrase the sources; numbers, doses, schedules and identifiers are copied exactly. Each rule
// states the condition for the patient to pass its criterion, exclusions included
// (../shared/trials/README.md, section 2); `nlTranslated` marks Dutch that is our own translation
// of an English-only source.

import type { Trial } from '../types'

export const sbrtExtremity = {
  id: 'sbrt_extremity',
  acronym: null,
  shortName: 'Preoperative SBRT extremity STS (NCT06760221)',
  title: {
    en: 'Preoperative stereotactic radiotherapy (SBRT) and surgery for extremity soft-tissue sarcoma (China)',
    nl: 'Preoperatieve stereotactische radiotherapie (SBRT) en chirurgie bij wekedelensarcoom van de extremiteit (China)',
  },
  officialTitle: {
    en: 'Safety and Efficacy of Preoperative SBRT and Radical Surgery for Soft Tissue Sarcoma of Extremities',
    nl: 'Veiligheid en werkzaamheid van preoperatieve SBRT en radicale chirurgie bij wekedelensarcoom van de extremiteiten',
    nlTranslated: true,
  },
  registryIds: { nct: 'NCT06760221', eudract: null, euct: null, nl: null, other: [] },
  studyType: 'interventional',
  phase: 'n/a',
  design: {
    en: 'Multicentre, prospective, single-arm study: preoperative SBRT followed by radical surgery; endpoints surgical safety, quality of life and tumour control. SBRT dose and fractionation are not stated in the seed (not found).',
    nl: 'Multicentrische, prospectieve, eenarmige studie: preoperatieve SBRT gevolgd door radicale chirurgie; eindpunten chirurgische veiligheid, kwaliteit van leven en tumorcontrole. Dosis en fractionering van SBRT staan niet in de bron (niet gevonden).',
  },
  arms: [
    {
      id: 'sbrt_then_surgery',
      label: { en: 'SBRT, then surgery', nl: 'SBRT, daarna operatie' },
      description: {
        en: 'Preoperative stereotactic body radiotherapy (schedule not stated), then radical resection.',
        nl: 'Preoperatieve stereotactische radiotherapie (schema niet vermeld), daarna radicale resectie.',
      },
    },
  ],
  primaryOutcome: {
    en: 'Surgical safety (exact endpoint not in the seed).',
    nl: 'Chirurgische veiligheid (precies eindpunt niet in de bron).',
  },
  sponsor: 'Second Affiliated Hospital, School of Medicine, Zhejiang University',
  enrollment: null,
  recruitment: {
    start: null,
    end: null,
    endBasis: 'no dates in the seed',
    status: 'recruiting',
    statusAsOf: '2025-10-15',
    statusSource: 'seed (trialx listing dated 15 October 2025)',
    seedStatus: 'Recruiting',
  },
  countries: ['CN'],
  sitesNetherlands: [],
  contact: null,
  sourceUrl: 'https://www.trialx.com/clinical-trials/listings/318871/safety-and-efficacy-of-preoperative-sbrt-and-radical-surgery-for-soft-tissue-sarcoma-of-extremities/',
  sourceUrlNote: 'Seed text matches this page; no URL in the seed.',
  registryUrl: 'https://clinicaltrials.gov/study/NCT06760221',
  registryDates: {
    start: null,
    primaryCompletion: null,
    completion: null,
    source: 'No dates in the seed or the registry copies read (compilation, README section 6).',
  },
  ambiguities: [
    {
      en: 'The listing gives ages 18-80; the criteria text only says >= 18. Both are applied.',
      nl: 'De vermelding geeft leeftijd 18-80; de criteria zeggen alleen >= 18. Beide worden toegepast.',
      nlTranslated: true,
    },
    {
      en: "'Highly malignant' read as high grade: grade 3 met, grade 2 'to confirm'. The summary also mentions tumours > 5 cm or near vessels/nerves, but the formal inclusion list requires high grade.",
      nl: "'Highly malignant' gelezen als hooggradig: graad 3 voldaan, graad 2 'te bevestigen'. De samenvatting noemt ook tumoren > 5 cm of nabij vaten of zenuwen, maar de formele inclusielijst vraagt hooggradig.",
      nlTranslated: true,
    },
    {
      en: 'The extremity site comes from the title and summary (not a numbered criterion).',
      nl: 'De locatie extremiteit komt uit de titel en de samenvatting (geen genummerd criterium).',
      nlTranslated: true,
    },
    {
      en: "Exclusion 1 (superficial, small, low grade and operable) needs all four; 'small' read as <= 5 cm (inferred from the summary's '> 5 cm').",
      nl: "Exclusiecriterium 1 (oppervlakkig, klein, laaggradig en operabel) vraagt alle vier; 'klein' gelezen als <= 5 cm (afgeleid uit '> 5 cm' in de samenvatting).",
      nlTranslated: true,
    },
    {
      en: "'Distant metastasis' only; the app's metastatic field also covers lymph-node spread, so a node-only patient may be wrongly 'not met' (rare).",
      nl: "Alleen 'verre metastasen'; het app-veld metastasen omvat ook lymfekliermetastasen, dus een patiënt met alleen kliermetastasen kan ten onrechte 'niet voldaan' krijgen (zeldzaam).",
      nlTranslated: true,
    },
  ],
  criteria: [
    {
      id: 'sb_age',
      kind: 'inclusion',
      category: 'patient',
      text: { en: 'Age 18 to 80.', nl: 'Leeftijd 18 tot en met 80 jaar.' },
      rule: { all: [{ field: 'age', op: '>=', value: 18 }, { field: 'age', op: '<=', value: 80 }] },
      source: 'seed criteria (>= 18) + listing age range (18-80)',
    },
    {
      id: 'sb_site',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'Sarcoma of an arm or leg.', nl: 'Sarcoom van arm of been.' },
      rule: { field: 'site', op: '==', value: 'extremity' },
      source: 'seed title/summary',
    },
    {
      id: 'sb_sts',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'Confirmed soft-tissue sarcoma.', nl: 'Bevestigd wekedelensarcoom.' },
      rule: { field: 'histology', op: '!=', value: 'gist' },
      source: 'seed',
    },
    {
      id: 'sb_high_grade',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'High-grade sarcoma.', nl: 'Hooggradig sarcoom.' },
      rule: {
        any: [
          { field: 'grade', op: '==', value: 3 },
          {
            all: [
              { field: 'grade', op: '==', value: 2 },
              { confirm: 'grade2_counts_as_high_grade' },
            ],
          },
        ],
      },
      source: 'seed',
    },
    {
      id: 'sb_untreated',
      kind: 'inclusion',
      category: 'treatment_history',
      text: {
        en: 'No earlier surgery, chemotherapy or other anticancer treatment.',
        nl: 'Geen eerdere operatie, chemotherapie of andere antikankerbehandeling.',
      },
      rule: {
        all: [
          { field: 'recurrent', op: '==', value: false },
          { field: 'priorRadiotherapy', op: '==', value: false },
          { field: 'priorChemotherapy', op: '==', value: false },
        ],
      },
      source: 'seed',
      alsoListedAs: 'exclusion',
    },
    {
      id: 'sb_ecog',
      kind: 'inclusion',
      category: 'fitness',
      text: { en: 'ECOG performance status 0 or 1.', nl: 'ECOG-performancestatus 0 of 1.' },
      rule: { field: 'performanceStatus', op: '<=', value: 1 },
      source: 'seed',
    },
    {
      id: 'sb_consent_samples',
      kind: 'inclusion',
      category: 'consent_logistics',
      text: {
        en: 'Signed consent; willing to give tumour tissue from an excisional biopsy and blood before and after treatment.',
        nl: 'Getekende toestemming; bereid tumorweefsel uit een excisiebiopt en bloed voor en na behandeling af te staan.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'sb_ex_low_risk',
      kind: 'exclusion',
      category: 'tumour',
      text: {
        en: 'Not a superficial, small, low-grade and operable tumour.',
        nl: 'Geen oppervlakkige, kleine, laaggradige en operabele tumor.',
      },
      rule: {
        not: {
          all: [
            { field: 'depth', op: '==', value: 'superficial' },
            { field: 'sizeCm', op: '<=', value: 5 },
            { field: 'grade', op: '==', value: 1 },
            { field: 'resectable', op: '==', value: true },
          ],
        },
      },
      source: 'seed',
      note: {
        en: "'Small' read as <= 5 cm (inferred).",
        nl: "'Klein' gelezen als <= 5 cm (afgeleid).",
        nlTranslated: true,
      },
    },
    {
      id: 'sb_ex_metastatic',
      kind: 'exclusion',
      category: 'tumour',
      text: { en: 'No distant metastasis.', nl: 'Geen verre metastasen.' },
      rule: { field: 'metastatic', op: '==', value: false },
      source: 'seed',
    },
    {
      id: 'sb_ex_other_trials',
      kind: 'exclusion',
      category: 'consent_logistics',
      text: {
        en: 'Not previously in another clinical trial.',
        nl: 'Niet eerder in een andere klinische studie.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'sb_ex_allergy',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No history of severe allergy (e.g. to contrast agents).',
        nl: 'Geen ernstige allergie in de voorgeschiedenis (bijv. voor contrastmiddel).',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'sb_ex_other_cancer',
      kind: 'exclusion',
      category: 'patient',
      text: {
        en: 'No other cancer that is progressing or needs treatment (except treated basal or squamous cell skin cancer, cervical carcinoma in situ).',
        nl: 'Geen andere kanker die groeit of behandeling nodig heeft (behalve behandeld basaal- of plaveiselcelcarcinoom van de huid, cervixcarcinoom in situ).',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'sb_ex_immune_infection',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No immunodeficiency, systemic steroids or other immunosuppression, active infection needing systemic therapy, or known HIV.',
        nl: 'Geen immuundeficiëntie, systemische corticosteroïden of andere immuunsuppressie, actieve infectie die systemische behandeling vraagt, of bekende hiv.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'sb_ex_other',
      kind: 'exclusion',
      category: 'consent_logistics',
      text: {
        en: 'No psychiatric or substance-use disorder, not pregnant or breastfeeding, no live vaccine within 30 days before RT, able to lie flat.',
        nl: 'Geen psychiatrische of verslavingsproblematiek, niet zwanger en geen borstvoeding, geen levend vaccin binnen 30 dagen voor RT, kan plat liggen.',
      },
      rule: null,
      source: 'seed',
    },
  ],
  dataCompiled: '2026-11-24',
} as const satisfies Trial
