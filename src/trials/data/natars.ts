// NATARS (NCT05844813). Written from ../shared/trials/trials.json (compiled 2026-11-24), trial and
// criterion ids kept. Texts paraphrase the sources; numbers, doses, schedules and identifiers are
// copied exactly. Each rule states the condition for the patient to pass its criterion, exclusions
// included (../shared/trials/README.md, section 2); `nlTranslated` marks Dutch that is our own
// translation of an English-only source.

import type { Trial } from '../types'

export const natars = {
  id: 'natars',
  acronym: 'NATARS',
  title: {
    en: 'Chemotherapy plus targeted drug before surgery for high-risk retroperitoneal sarcoma (China)',
    nl: 'Chemotherapie plus doelgericht middel vóór chirurgie bij hoog-risico retroperitoneaal sarcoom (China)',
  },
  officialTitle: {
    en: 'Neoadjuvant Chemotherapy Combined With Targeted Treatment in High-risk Retroperitoneal Sarcoma-- A Nationwide Multicentered Prospective Controlled Study',
    nl: 'Neoadjuvante chemotherapie gecombineerd met doelgerichte behandeling bij hoog-risico retroperitoneaal sarcoom -- een landelijke, multicentrische, prospectieve, gecontroleerde studie',
    nlTranslated: true,
  },
  registryIds: { nct: 'NCT05844813', eudract: null, euct: null, nl: null, other: [] },
  registryIdsNote: 'The seed carries no NCT number; it was found via the trial name (trials.co, inclinicaltrials.com, careacross, meddatax).',
  studyType: 'interventional',
  phase: '4',
  phaseNote: 'Registered as phase 4 (as stated in the registry copies; unusual for this design).',
  design: {
    en: 'Prospective, non-randomised, controlled, multicentre study in China: patients are allocated to surgery alone or to neoadjuvant therapy followed by surgery. Primary endpoint 3-year progression-free survival.',
    nl: 'Prospectieve, niet-gerandomiseerde, gecontroleerde multicenterstudie in China: patiënten krijgen alleen chirurgie of eerst neoadjuvante therapie en dan chirurgie. Primair eindpunt progressievrije overleving na 3 jaar.',
  },
  arms: [
    {
      id: 'surgery_only',
      label: { en: 'Surgery only', nl: 'Alleen chirurgie' },
      description: {
        en: 'Radical resection after the biopsy diagnosis.',
        nl: 'Radicale resectie na de diagnose met biopsie.',
      },
    },
    {
      id: 'neoadjuvant_ai_anlotinib',
      label: {
        en: 'Chemotherapy + anlotinib, then surgery',
        nl: 'Chemotherapie + anlotinib, daarna chirurgie',
      },
      description: {
        en: '3 cycles every 3 weeks: doxorubicin (PLD, pegylated liposomal) 40 mg/m2 day 1, ifosfamide 1 g/m2 days 1-5, anlotinib 10 mg days 1-14; then radical resection.',
        nl: '3 kuren elke 3 weken: doxorubicine (PLD, gepegyleerd liposomaal) 40 mg/m2 dag 1, ifosfamide 1 g/m2 dag 1-5, anlotinib 10 mg dag 1-14; daarna radicale resectie.',
      },
    },
  ],
  primaryOutcome: {
    en: '3-year progression-free survival.',
    nl: 'Progressievrije overleving na 3 jaar.',
  },
  sponsor: 'Peking University International Hospital',
  collaborators: [
    'Beijing Friendship Hospital',
    "First Affiliated Hospital Xi'an Jiaotong University",
    'Peking University First Hospital',
    'Shanghai Cancer Hospital, China',
    'Shanghai Zhongshan Hospital',
    'The Affiliated Hospital of Qingdao University',
  ],
  enrollment: 102,
  recruitment: {
    start: '2022-11-01',
    end: '2025-11-01',
    endBasis: "not stated; the registry's estimated primary completion date (2025-11-01) is used as the latest plausible recruitment end (inferred); estimated study completion 2027-11-01",
    status: 'enrolling_by_invitation',
    statusAsOf: '2023-05',
    statusSource: 'seed (verified date May 2023)',
    seedStatus: 'Enrolling by invitation',
  },
  countries: ['CN'],
  sitesNetherlands: [],
  sitesNote: "Six Chinese hospitals (Beijing x2, Qingdao, Shanghai x2, Xi'an). Enrolment is by invitation, so the trial is not open to patients of this app (inferred).",
  contact: null,
  sourceUrl: 'http://inclinicaltrials.com/retroperitoneal-sarcoma/nct05844813/details',
  sourceUrlNote: 'Seed text matches this page; no URL in the seed.',
  registryUrl: 'https://clinicaltrials.gov/study/NCT05844813',
  // Randomises surgery alone against chemotherapy (with anlotinib) before surgery: the app's
  // surgery-alone and neoadjuvant-chemotherapy options (its regimen differs: see arms).
  optionsStudied: ['surgery_alone', 'neoadjuvant_chemo'],
  registryDates: {
    start: '2022-11-01',
    primaryCompletion: '2025-11-01',
    completion: '2027-11-01',
    source: 'Start 2022-11-01, estimated primary completion 2025-11-01 and estimated study completion 2027-11-01 from the registry copy the compilation used (README section 5.5; recruitment.endBasis).',
  },
  ambiguities: [
    {
      en: "'Tumor size =10cm' in the seed read as >= 10 cm (registry copy on trials.co: 'Tumor size ≥10cm'). It sits under the LMS heading, so it is applied to LMS only (reading of the list nesting).",
      nl: "'Tumor size =10cm' in de bron gelezen als >= 10 cm (registerkopie op trials.co: 'Tumor size ≥10cm'). Het staat onder het kopje LMS en geldt daarom alleen voor LMS (lezing van de opsomming).",
      nlTranslated: true,
    },
    {
      en: "'score =6' for SFT read as >= 6 (trials.co copy: 'score ≥6').",
      nl: "'score =6' bij SFT gelezen als >= 6 (kopie op trials.co: 'score ≥6').",
      nlTranslated: true,
    },
    {
      en: "'ASA =3' read as ASA <= 3 (trials.co copy: 'ASA ≤3'); the app has no ASA field.",
      nl: "'ASA =3' gelezen als ASA <= 3 (kopie op trials.co: 'ASA ≤3'); de app heeft geen ASA-veld.",
      nlTranslated: true,
    },
    {
      en: 'No performance-status criterion is listed.',
      nl: 'Er is geen criterium voor de performancestatus.',
      nlTranslated: true,
    },
    {
      en: "Age 18-75 comes from the registry's age field, not from the criteria text.",
      nl: 'Leeftijd 18-75 komt uit het leeftijdsveld van het register, niet uit de tekst van de criteria.',
      nlTranslated: true,
    },
  ],
  criteria: [
    {
      id: 'na_site',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'Primary retroperitoneal sarcoma.', nl: 'Primair retroperitoneaal sarcoom.' },
      rule: { field: 'site', op: '==', value: 'retroperitoneum' },
      source: 'seed',
    },
    {
      id: 'na_histology',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Dedifferentiated liposarcoma, leiomyosarcoma, undifferentiated pleomorphic sarcoma or solitary fibrous tumour.',
        nl: 'Gededifferentieerd liposarcoom, leiomyosarcoom, ongedifferentieerd pleiomorf sarcoom of solitaire fibreuze tumor.',
      },
      rule: {
        field: 'histology',
        op: 'in',
        value: [
          'dedifferentiated_liposarcoma',
          'leiomyosarcoma',
          'undifferentiated_pleomorphic_sarcoma',
          'solitary_fibrous_tumour',
        ],
      },
      source: 'seed',
    },
    {
      id: 'na_high_risk',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'High risk: DDLPS grade 2-3; LMS of any grade and >= 10 cm; UPS of any grade; SFT with WHO metastasis-risk score >= 6.',
        nl: 'Hoog risico: DDLPS graad 2-3; LMS van elke graad en >= 10 cm; UPS van elke graad; SFT met WHO-metastaserisicoscore >= 6.',
      },
      rule: {
        any: [
          {
            all: [
              { field: 'histology', op: '==', value: 'dedifferentiated_liposarcoma' },
              { field: 'grade', op: 'in', value: [2, 3] },
            ],
          },
          {
            all: [
              { field: 'histology', op: '==', value: 'leiomyosarcoma' },
              { field: 'sizeCm', op: '>=', value: 10 },
            ],
          },
          { field: 'histology', op: '==', value: 'undifferentiated_pleomorphic_sarcoma' },
          {
            all: [
              { field: 'histology', op: '==', value: 'solitary_fibrous_tumour' },
              { confirm: 'natars_sft_risk_score_6_or_more' },
            ],
          },
        ],
      },
      source: 'seed + registry',
    },
    {
      id: 'na_ddlps_mdm2',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'For DDLPS: MDM2 and CDK4 shown by immunohistochemistry (FISH for MDM2 advised).',
        nl: 'Bij DDLPS: MDM2 en CDK4 aangetoond met immunohistochemie (FISH voor MDM2 aanbevolen).',
      },
      rule: {
        any: [
          { field: 'histology', op: '!=', value: 'dedifferentiated_liposarcoma' },
          { confirm: 'mdm2_cdk4_ihc' },
        ],
      },
      source: 'seed',
    },
    {
      id: 'na_primary_untreated',
      kind: 'inclusion',
      category: 'treatment_history',
      text: {
        en: 'Primary, localised and untreated: no resection (laparotomy with biopsy only is allowed), no chemotherapy, radiotherapy or targeted therapy.',
        nl: 'Primair, gelokaliseerd en onbehandeld: geen resectie (alleen laparotomie met biopsie mag), geen chemotherapie, radiotherapie of doelgerichte therapie.',
      },
      rule: {
        all: [
          { field: 'recurrent', op: '==', value: false },
          { field: 'priorRadiotherapy', op: '==', value: false },
          { field: 'priorChemotherapy', op: '==', value: false },
        ],
      },
      source: 'seed',
      note: {
        en: "Earlier chemotherapy for another cancer would also fail na_no_second_cancer, so prior chemotherapy of any kind gives 'not met'.",
        nl: "Eerdere chemotherapie voor een andere kanker zou ook na_no_second_cancer doen falen, dus elke eerdere chemotherapie geeft 'niet voldaan'.",
        nlTranslated: true,
      },
    },
    {
      id: 'na_no_second_cancer',
      kind: 'inclusion',
      category: 'patient',
      text: {
        en: 'No history of a second malignant tumour.',
        nl: 'Geen voorgeschiedenis van een tweede maligniteit.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'na_no_diaphragm',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Tumour does not extend across the diaphragm into the chest.',
        nl: 'Tumor groeit niet door het diafragma naar de borstholte.',
      },
      rule: null,
      source: 'seed',
      alsoListedAs: 'exclusion',
    },
    {
      id: 'na_r0_r1',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'R0 or R1 resection judged possible by the multidisciplinary team.',
        nl: 'R0- of R1-resectie mogelijk volgens het multidisciplinair team.',
      },
      rule: {
        all: [
          { field: 'resectable', op: '==', value: true },
          { field: 'expectedMargin', op: 'in', value: ['R0', 'R1'] },
        ],
      },
      source: 'seed',
    },
    {
      id: 'na_organ',
      kind: 'inclusion',
      category: 'fitness',
      text: {
        en: 'No multi-organ failure; only mild, easily reversible organ dysfunction.',
        nl: 'Geen multi-orgaanfalen; alleen lichte, makkelijk herstelbare orgaandysfunctie.',
      },
      rule: null,
      source: 'seed',
      alsoListedAs: 'exclusion',
    },
    {
      id: 'na_fit',
      kind: 'inclusion',
      category: 'fitness',
      text: {
        en: 'Fit for chemotherapy and surgery according to the team and tests.',
        nl: 'Volgens team en onderzoeken fit voor chemotherapie en chirurgie.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'na_asa',
      kind: 'inclusion',
      category: 'fitness',
      text: { en: 'ASA score 3 or lower.', nl: 'ASA-score 3 of lager.' },
      rule: null,
      source: 'registry (seed garbled)',
      note: {
        en: "Seed reads 'ASA =3'; registry copy reads '≤3'. No ASA field in the app.",
        nl: "De bron leest 'ASA =3'; de registerkopie leest '≤3'. Geen ASA-veld in de app.",
        nlTranslated: true,
      },
    },
    {
      id: 'na_consent',
      kind: 'inclusion',
      category: 'consent_logistics',
      text: {
        en: 'Understands the information and consents.',
        nl: 'Begrijpt de informatie en geeft toestemming.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'na_age',
      kind: 'inclusion',
      category: 'patient',
      text: { en: 'Age 18 to 75.', nl: 'Leeftijd 18 tot en met 75 jaar.' },
      rule: { all: [{ field: 'age', op: '>=', value: 18 }, { field: 'age', op: '<=', value: 75 }] },
      source: 'registry age field',
    },
    {
      id: 'na_ex_origin',
      kind: 'exclusion',
      category: 'tumour',
      text: {
        en: 'Not a sarcoma arising from the digestive tract, uterus or urinary tract.',
        nl: 'Geen sarcoom uitgaande van maag-darmkanaal, baarmoeder of urinewegen.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'na_ex_final_pathology',
      kind: 'exclusion',
      category: 'tumour',
      text: {
        en: 'Removed again if the final pathology shows WDLPS, grade 1 liposarcoma or a type not listed.',
        nl: 'Alsnog uitgesloten als de definitieve pathologie WDLPS, graad 1 liposarcoom of een niet genoemd type laat zien.',
      },
      rule: {
        all: [
          { field: 'histology', op: '!=', value: 'well_differentiated_liposarcoma' },
          {
            not: {
              all: [
                {
                  field: 'histology',
                  op: 'in',
                  value: [
                    'well_differentiated_liposarcoma',
                    'dedifferentiated_liposarcoma',
                    'myxoid_liposarcoma',
                    'pleomorphic_liposarcoma',
                  ],
                },
                { field: 'grade', op: '==', value: 1 },
              ],
            },
          },
        ],
      },
      source: 'seed',
      note: {
        en: 'Applied to the histology and grade entered now; the trial applies it again after surgery.',
        nl: 'Toegepast op de nu ingevoerde histologie en graad; de studie past het na de operatie opnieuw toe.',
        nlTranslated: true,
      },
    },
    {
      id: 'na_ex_metastatic',
      kind: 'exclusion',
      category: 'tumour',
      text: {
        en: 'No metastases (proven, or highly suspect on imaging; PET-CT advised).',
        nl: 'Geen metastasen (bewezen, of sterk verdacht op beeldvorming; PET-CT aanbevolen).',
      },
      rule: { field: 'metastatic', op: '==', value: false },
      source: 'seed',
    },
    {
      id: 'na_ex_prior_drugs',
      kind: 'exclusion',
      category: 'treatment_history',
      text: {
        en: 'Never treated with anthracyclines, ifosfamide or targeted drugs.',
        nl: 'Nooit behandeld met anthracyclines, ifosfamide of doelgerichte middelen.',
      },
      rule: {
        any: [
          { field: 'priorChemotherapy', op: '==', value: false },
          { confirm: 'natars_prior_anthracycline_ifosfamide_targeted' },
        ],
      },
      source: 'seed',
    },
    {
      id: 'na_ex_contraindications',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No serious contraindication to surgery or chemotherapy, such as persistent bone-marrow suppression, or myocardial, cerebral or pulmonary infarction or uncontrolled arrhythmia in the last 6 months.',
        nl: 'Geen ernstige contra-indicatie voor chirurgie of chemotherapie, zoals aanhoudende beenmergsuppressie, of hart-, hersen- of longinfarct of ongecontroleerde ritmestoornis in de laatste 6 maanden.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'na_ex_infection_bleeding',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No severe infection and no surgery with high bleeding risk in the past month.',
        nl: 'Geen ernstige infectie en geen operatie met hoog bloedingsrisico in de afgelopen maand.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'na_ex_pregnancy',
      kind: 'exclusion',
      category: 'consent_logistics',
      text: {
        en: 'Not pregnant or breastfeeding; effective contraception if of reproductive potential.',
        nl: 'Niet zwanger en geen borstvoeding; effectieve anticonceptie indien vruchtbaar.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'na_ex_psych',
      kind: 'exclusion',
      category: 'consent_logistics',
      text: {
        en: 'No psychological condition that prevents participation.',
        nl: 'Geen psychische aandoening die deelname verhindert.',
      },
      rule: null,
      source: 'seed',
    },
  ],
  dataCompiled: '2026-11-24',
} as const satisfies Trial
