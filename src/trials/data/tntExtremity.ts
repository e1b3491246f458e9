// TNT extremity STS (NCT06593899) (NCT06593899). Written from ../shared/trials/trials.json
// (compiled 2026-11-24), trial and criterion ids kept. Texts paraphrase the sources; numbers,
// doses, schedules and identifiers are copied exactly. Each rule states the condition for the
// patient to pass its criterion, exclusions included (../shared/trials/README.md, section 2);
// `nlTranslated` marks Dutch that is our own translation of an English-only source.

import type { Trial } from '../types'

export const tntExtremity = {
  id: 'tnt_extremity',
  acronym: null,
  shortName: 'TNT extremity STS (NCT06593899)',
  title: {
    en: 'Total neoadjuvant therapy (short radiotherapy then AI chemotherapy) for extremity soft-tissue sarcoma (China)',
    nl: 'Totale neoadjuvante behandeling (korte radiotherapie en daarna AI-chemotherapie) bij wekedelensarcoom van de extremiteit (China)',
  },
  officialTitle: {
    en: 'The Total Neoadjuvant Therapy for Soft Tissue Sarcoma of the Extremities',
    nl: 'Totale neoadjuvante behandeling van wekedelensarcoom van de extremiteiten',
    nlTranslated: true,
  },
  registryIds: { nct: 'NCT06593899', eudract: null, euct: null, nl: null, other: [] },
  studyType: 'interventional',
  phase: '2',
  design: {
    en: 'Phase II trial of hypofractionated preoperative radiotherapy followed by 3 cycles of AI chemotherapy (anthracycline + ifosfamide) before surgery. The summary cites one-week 5 x 5 Gy schedules; the exact schedule and drug doses of this trial are not in the seed.',
    nl: "Fase II-studie met gehypofractioneerde preoperatieve radiotherapie, gevolgd door 3 kuren AI-chemotherapie (anthracycline + ifosfamide) vóór de operatie. De samenvatting noemt schema's van 5 x 5 Gy in een week; het precieze schema en de doses staan niet in de bron.",
  },
  arms: [
    {
      id: 'hypofractionated_rt_then_ai',
      label: { en: 'Short RT, then AI, then surgery', nl: 'Korte RT, dan AI, dan operatie' },
      description: {
        en: 'Hypofractionated preoperative RT (5 x 5 Gy per the summary - inferred as the trial schedule), then 3 cycles of AI, then surgery.',
        nl: 'Gehypofractioneerde preoperatieve RT (5 x 5 Gy volgens de samenvatting - afgeleid als studieschema), dan 3 kuren AI, dan operatie.',
      },
    },
  ],
  primaryOutcome: {
    en: 'Short-term treatment efficacy (exact endpoint not in the seed).',
    nl: 'Behandeleffect op korte termijn (precies eindpunt niet in de bron).',
  },
  sponsor: 'Fujian Medical University Union Hospital',
  enrollment: 51,
  enrollmentNote: 'Target of 51 from a MedPath copy of the registry.',
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
  sitesNote: 'Sponsor site in Fuzhou, China (other sites not stated).',
  contact: null,
  sourceUrl: 'https://www.trialx.com/clinical-trials/listings/319967/the-total-neoadjuvant-therapy-for-soft-tissue-sarcoma-of-the-extremities/',
  sourceUrlNote: 'Seed text matches this page; no URL in the seed.',
  registryUrl: 'https://clinicaltrials.gov/study/NCT06593899',
  registryDates: {
    start: null,
    primaryCompletion: null,
    completion: null,
    source: 'No dates in the seed or the registry copies read (compilation, README section 6).',
  },
  ambiguities: [
    {
      en: "'High grade' is not defined: grade 3 counts; grade 2 is 'to confirm' unless the tumour is >= 5 cm or deep.",
      nl: "'Hooggradig' is niet gedefinieerd: graad 3 telt; graad 2 is 'te bevestigen', tenzij de tumor >= 5 cm of diep is.",
      nlTranslated: true,
    },
    {
      en: "Exclusion 1 is garbled ('There were no patients with gross tumors after unplanned mass resection in another hospital'): read as excluding patients without visible tumour left after an unplanned excision elsewhere.",
      nl: "Exclusiecriterium 1 is verminkt ('There were no patients with gross tumors after unplanned mass resection in another hospital'): gelezen als uitsluiting van patiënten bij wie na een ongeplande excisie elders geen zichtbare tumor meer over is.",
      nlTranslated: true,
    },
    {
      en: "'Curable by simple expansion' read as curable by a wide excision alone.",
      nl: "'Curable by simple expansion' gelezen als te genezen met alleen een ruime excisie.",
      nlTranslated: true,
    },
    {
      en: "Non-pleomorphic rhabdomyosarcoma and Ewing sarcoma have no app id (they fall under 'other'), so 'other' is 'to confirm'.",
      nl: "Niet-pleiomorf rabdomyosarcoom en Ewing-sarcoom hebben geen id in de app (ze vallen onder 'overig'), dus 'overig' is 'te bevestigen'.",
      nlTranslated: true,
    },
    {
      en: "Exact RT schedule and AI doses not stated; '5 x 5 Gy' is from the background text.",
      nl: "Precies RT-schema en AI-doses niet vermeld; '5 x 5 Gy' komt uit de achtergrondtekst.",
      nlTranslated: true,
    },
  ],
  criteria: [
    {
      id: 'tnt_site_primary',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'Primary sarcoma of an arm or leg.', nl: 'Primair sarcoom van arm of been.' },
      rule: {
        all: [
          { field: 'site', op: '==', value: 'extremity' },
          { field: 'recurrent', op: '==', value: false },
        ],
      },
      source: 'seed',
    },
    {
      id: 'tnt_risk_feature',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'At least one of: high grade, >= 5 cm, deep.',
        nl: 'Minstens één van: hooggradig, >= 5 cm, diep.',
      },
      rule: {
        any: [
          { field: 'grade', op: '==', value: 3 },
          { field: 'sizeCm', op: '>=', value: 5 },
          { field: 'depth', op: '==', value: 'deep' },
          {
            all: [
              { field: 'grade', op: '==', value: 2 },
              { confirm: 'grade2_counts_as_high_grade' },
            ],
          },
        ],
      },
      source: 'seed',
      note: {
        en: 'Grade 3 is high grade; whether FNCLCC grade 2 counts is not stated.',
        nl: 'Graad 3 is hooggradig; of FNCLCC-graad 2 meetelt, staat er niet.',
        nlTranslated: true,
      },
    },
    {
      id: 'tnt_mdt_rt',
      kind: 'inclusion',
      category: 'treatment_plan',
      text: {
        en: 'The multidisciplinary team advises neoadjuvant radiotherapy.',
        nl: 'Het multidisciplinair team adviseert neoadjuvante radiotherapie.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'tnt_ecog',
      kind: 'inclusion',
      category: 'fitness',
      text: { en: 'ECOG performance status 0-2.', nl: 'ECOG-performancestatus 0-2.' },
      rule: { field: 'performanceStatus', op: '<=', value: 2 },
      source: 'seed',
    },
    {
      id: 'tnt_age',
      kind: 'inclusion',
      category: 'patient',
      text: { en: 'Age 18 to 75.', nl: 'Leeftijd 18 tot en met 75 jaar.' },
      rule: { all: [{ field: 'age', op: '>=', value: 18 }, { field: 'age', op: '<=', value: 75 }] },
      source: 'seed',
    },
    {
      id: 'tnt_histology',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Histological diagnosis of soft-tissue sarcoma.',
        nl: 'Histologische diagnose wekedelensarcoom.',
      },
      rule: { field: 'histology', op: '!=', value: 'gist' },
      source: 'seed',
    },
    {
      id: 'tnt_tolerance',
      kind: 'inclusion',
      category: 'fitness',
      text: {
        en: 'Can tolerate radiotherapy and the AI regimen.',
        nl: 'Kan radiotherapie en het AI-schema verdragen.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'tnt_organ',
      kind: 'inclusion',
      category: 'fitness',
      text: {
        en: 'Normal function of the major organs.',
        nl: 'Normale functie van de belangrijke organen.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'tnt_ex_no_gross_tumour',
      kind: 'exclusion',
      category: 'treatment_history',
      text: {
        en: 'Not if no visible tumour is left after an unplanned excision in another hospital.',
        nl: 'Niet als na een ongeplande excisie elders geen zichtbare tumor meer over is.',
      },
      rule: null,
      source: 'seed',
      note: {
        en: 'Garbled source sentence; reading is an interpretation.',
        nl: 'Verminkte zin in de bron; de lezing is een interpretatie.',
        nlTranslated: true,
      },
    },
    {
      id: 'tnt_ex_ai_contraindication',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No condition that rules out AI chemotherapy (drug allergy, active bleeding, ulcer, bowel perforation or obstruction, uncontrolled hypertension, NYHA III-IV heart failure, severe (grade IV) liver or kidney failure).',
        nl: 'Geen aandoening die AI-chemotherapie uitsluit (geneesmiddelallergie, actieve bloeding, ulcus, darmperforatie of -obstructie, ongecontroleerde hypertensie, hartfalen NYHA III-IV, ernstig (graad IV) lever- of nierfalen).',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'tnt_ex_other_cancer',
      kind: 'exclusion',
      category: 'patient',
      text: {
        en: 'No new cancer in the last 5 years (except cervical carcinoma in situ or early basal cell carcinoma of the skin).',
        nl: 'Geen nieuwe kanker in de laatste 5 jaar (behalve cervixcarcinoom in situ of vroeg basaalcelcarcinoom van de huid).',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'tnt_ex_histotype',
      kind: 'exclusion',
      category: 'tumour',
      text: {
        en: 'Not non-pleomorphic rhabdomyosarcoma or Ewing sarcoma.',
        nl: 'Geen niet-pleiomorf rabdomyosarcoom of Ewing-sarcoom.',
      },
      rule: {
        any: [
          { field: 'histology', op: '!=', value: 'other' },
          { confirm: 'not_nonpleomorphic_rms_or_ewing' },
        ],
      },
      source: 'seed',
    },
    {
      id: 'tnt_ex_excision_alone',
      kind: 'exclusion',
      category: 'treatment_plan',
      text: {
        en: 'Not if a wide excision alone can cure the sarcoma.',
        nl: 'Niet als een ruime excisie alleen het sarcoom kan genezen.',
      },
      rule: null,
      source: 'seed',
      note: {
        en: "Source says 'curable by simple expansion'; reading is an interpretation.",
        nl: "De bron zegt 'curable by simple expansion'; de lezing is een interpretatie.",
        nlTranslated: true,
      },
    },
    {
      id: 'tnt_ex_prior_rt',
      kind: 'exclusion',
      category: 'treatment_history',
      text: {
        en: 'No earlier radiotherapy to the same site.',
        nl: 'Geen eerdere radiotherapie op dezelfde plek.',
      },
      rule: { field: 'priorRadiotherapy', op: '==', value: false },
      source: 'seed',
    },
    {
      id: 'tnt_ex_metastatic',
      kind: 'exclusion',
      category: 'tumour',
      text: {
        en: 'No distant metastasis (M1) or lymph-node metastasis (N1).',
        nl: 'Geen verre metastasen (M1) of lymfekliermetastasen (N1).',
      },
      rule: { field: 'metastatic', op: '==', value: false },
      source: 'seed',
    },
    {
      id: 'tnt_ex_comorbidity',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No other severe illness that rules out surgery or the study.',
        nl: 'Geen andere ernstige ziekte die operatie of deelname uitsluit.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'tnt_ex_prior_chemo',
      kind: 'exclusion',
      category: 'treatment_history',
      text: { en: 'No earlier chemotherapy.', nl: 'Nooit eerder chemotherapie.' },
      rule: { field: 'priorChemotherapy', op: '==', value: false },
      source: 'seed',
    },
  ],
  dataCompiled: '2026-11-24',
} as const satisfies Trial
