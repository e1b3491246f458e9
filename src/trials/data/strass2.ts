// STRASS-2 (NCT04031677, 2019-003543-30, EORTC 1809-STBSG, EA7211 (ECOG-ACRIN)). Written from
// ../shared/trials/trials.json (compiled 2026-11-24), trial and criterion ids kept. Texts
// paraphrase the sources; numbers, doses, schedules and identifiers are copied exactly. Each rule
// states the condition for the patient to pass its criterion, exclusions included
// (../shared/trials/README.md, section 2); `nlTranslated` marks Dutch that is our own translation
// of an English-only source.

import type { Trial } from '../types'

export const strass2 = {
  id: 'strass2',
  acronym: 'STRASS-2',
  title: {
    en: 'Surgery with or without chemotherapy first for high-risk retroperitoneal sarcoma',
    nl: 'Chirurgie met of zonder voorafgaande chemotherapie bij hoog-risico retroperitoneaal sarcoom',
  },
  officialTitle: {
    en: 'Surgery With Or Without Neoadjuvant Chemotherapy in High Risk RetroPeritoneal Sarcoma (scientific title: A Randomized Phase III Study of Neoadjuvant Chemotherapy Followed by Surgery Versus Surgery Alone for Patients With High Risk RetroPeritoneal Sarcoma (RPS))',
    nl: 'Chirurgie met of zonder neo-adjuvante chemotherapie in hoog risico retroperitoneale sarcomen.',
  },
  registryIds: {
    nct: 'NCT04031677',
    eudract: '2019-003543-30',
    euct: null,
    nl: null,
    other: ['EORTC 1809-STBSG', 'EA7211 (ECOG-ACRIN)'],
  },
  registryIdsNote: 'EudraCT number from the UK HRA research summary; EORTC and ECOG-ACRIN numbers from ANZCTR/ECOG-ACRIN pages. No Dutch NL/NTR number found.',
  studyType: 'interventional',
  phase: '3',
  design: {
    en: 'Multicentre, randomised, open-label phase III trial; primary endpoint disease-free survival.',
    nl: 'Multicentrische, gerandomiseerde, open fase III-studie; primair eindpunt ziektevrije overleving.',
  },
  arms: [
    {
      id: 'surgery_alone',
      label: { en: 'Surgery alone (standard)', nl: 'Alleen chirurgie (standaard)' },
      description: {
        en: 'Large en-bloc resection with curative intent within 4 weeks of randomisation.',
        nl: 'Ruime en-bloc resectie met curatieve opzet binnen 4 weken na randomisatie.',
      },
    },
    {
      id: 'neoadjuvant_chemo_then_surgery',
      label: {
        en: 'Chemotherapy, then surgery (experimental)',
        nl: 'Chemotherapie, daarna chirurgie (experimenteel)',
      },
      description: {
        en: '3 cycles every 3 weeks, starting within 2 weeks of randomisation. Liposarcoma: doxorubicin 75 mg/m2 (or epirubicin 120 mg/m2) + ifosfamide 9 g/m2. Leiomyosarcoma: doxorubicin 75 mg/m2 + dacarbazine 1 g/m2. Operability is reassessed; surgery 3-6 weeks after the last cycle.',
        nl: '3 kuren, elke 3 weken, start binnen 2 weken na randomisatie. Liposarcoom: doxorubicine 75 mg/m2 (of epirubicine 120 mg/m2) + ifosfamide 9 g/m2. Leiomyosarcoom: doxorubicine 75 mg/m2 + dacarbazine 1 g/m2. Daarna opnieuw beoordeling van operabiliteit; operatie 3-6 weken na de laatste kuur.',
      },
    },
  ],
  primaryOutcome: { en: 'Disease-free survival.', nl: 'Ziektevrije overleving.' },
  sponsor: 'European Organisation for Research and Treatment of Cancer (EORTC)',
  collaborators: ['Swiss Group for Clinical Cancer Research', 'Canadian Cancer Trials Group'],
  enrollment: 250,
  recruitment: {
    start: '2020-10-06',
    end: '2027-04-21',
    endBasis: "window on the seed page; equals the registry's estimated primary completion date (EORTC milestone page expects last patient in February 2028)",
    status: 'recruiting',
    statusAsOf: '2025-06-26',
    statusSource: 'ClinicalTrials.gov record as mirrored by clinconnect.io (current as of 2025-06-26); EORTC research-fund page also says recruiting',
    seedStatus: null,
  },
  countries: ['international'],
  countriesNote: '13 European countries plus Canada, USA and Australia (EORTC news item); 164 sites listed on findatrial.com.',
  sitesNetherlands: [],
  sitesNote: 'No Dutch site named in the seed; the trial is listed by the Dutch Sarcoma Group, which suggests Dutch participation (inferred).',
  contact: null,
  sourceUrl: 'https://clinicaltrials.gov/study/NCT04031677',
  sourceUrlNote: 'Seed text is the Dutch Sarcoma Group page (exact URL not retrieved); the registry record is used as source link.',
  registryUrl: 'https://clinicaltrials.gov/study/NCT04031677',
  // Its arms are the app's options for the retroperitoneum: surgery alone (standard) and
  // neoadjuvant chemotherapy with the STRASS-2 regimens, then surgery (arms, above).
  optionsStudied: ['surgery_alone', 'neoadjuvant_chemo'],
  registryDates: {
    start: null,
    primaryCompletion: '2027-04-21',
    completion: null,
    source: "Primary completion 2027-04-21: the registry's estimated primary completion date, which the seed's window end equals (compilation, recruitment.endBasis). Start and study completion: not in the compilation (the window start 2020-10-06 is the seed's).",
  },
  ambiguities: [
    {
      en: "Ifosfamide dose is written '9 g/m3' in the seed; read as 9 g/m2 (typo; body-surface dosing).",
      nl: "De ifosfamidedosis staat in de bron als '9 g/m3'; gelezen als 9 g/m2 (typefout; dosering per lichaamsoppervlak).",
      nlTranslated: true,
    },
    {
      en: "LMS grade: the seed says grades 2 and 3; the current registry text (clinconnect, trials.co, ECOG-ACRIN) says any grade. Grade 1 LMS >= 5 cm is therefore 'to confirm'.",
      nl: "LMS-graad: de bron zegt graad 2 en 3; de huidige registertekst (clinconnect, trials.co, ECOG-ACRIN) zegt elke graad. Graad 1 LMS >= 5 cm is daarom 'te bevestigen'.",
      nlTranslated: true,
    },
    {
      en: "LMS size: the seed and registry say minimum 5 cm (read as >= 5); the ECOG-ACRIN page writes '> 5 cm'. The rule uses >= 5.",
      nl: "LMS-grootte: bron en register zeggen minimaal 5 cm (gelezen als >= 5); de ECOG-ACRIN-pagina schrijft '> 5 cm'. De regel gebruikt >= 5.",
      nlTranslated: true,
    },
    {
      en: "Grade 2 DDLPS: the two extra conditions (FNCLCC score 5 with clear necrosis on imaging; CINSARC-high) are alternatives (ECOG-ACRIN page joins them with OR). 'FNCLCC score=5' is not a lost '>=': 5 is the highest score that is still grade 2. The app cannot see either feature, so grade 2 DDLPS is 'to confirm'.",
      nl: "Graad 2 DDLPS: de twee extra voorwaarden (FNCLCC-score 5 met duidelijke necrose op beeldvorming; CINSARC-hoog) zijn alternatieven (de ECOG-ACRIN-pagina verbindt ze met OF). 'FNCLCC score=5' is geen weggevallen '>=': 5 is de hoogste score die nog graad 2 is. De app kent geen van beide kenmerken, dus graad 2 DDLPS is 'te bevestigen'.",
      nlTranslated: true,
    },
    {
      en: "Infra-peritoneal pelvic tumours count as site 'retroperitoneum' in the app (inferred).",
      nl: "Infraperitoneale bekkentumoren gelden in de app als locatie 'retroperitoneum' (afgeleid).",
      nlTranslated: true,
    },
  ],
  criteria: [
    {
      id: 's2_site',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Tumour in the retroperitoneum or the extraperitoneal pelvis.',
        nl: 'Tumor in het retroperitoneum of het extraperitoneale bekken.',
      },
      rule: { field: 'site', op: '==', value: 'retroperitoneum' },
      source: 'seed',
    },
    {
      id: 's2_histology',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Leiomyosarcoma or dedifferentiated liposarcoma.',
        nl: 'Leiomyosarcoom of gededifferentieerd liposarcoom.',
      },
      rule: {
        field: 'histology',
        op: 'in',
        value: ['leiomyosarcoma', 'dedifferentiated_liposarcoma'],
      },
      source: 'seed',
    },
    {
      id: 's2_high_risk',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'High risk: LMS of at least 5 cm (grade 2-3; grade 1 only under the current registry text), or DDLPS grade 3, or DDLPS grade 2 with an FNCLCC score of 5 or a CINSARC-high profile (the current registry text admits either; the seed also asked for clear necrosis on imaging with the score of 5).',
        nl: 'Hoog risico: LMS van minstens 5 cm (graad 2-3; graad 1 alleen volgens de huidige registertekst), of DDLPS graad 3, of DDLPS graad 2 met een FNCLCC-score van 5 of een CINSARC-hoog profiel (de huidige registertekst laat elk van beide toe; de bron vroeg bij score 5 ook duidelijke necrose op beeldvorming).',
      },
      rule: {
        any: [
          {
            all: [
              { field: 'histology', op: '==', value: 'leiomyosarcoma' },
              { field: 'grade', op: 'in', value: [2, 3] },
              { field: 'sizeCm', op: '>=', value: 5 },
            ],
          },
          {
            all: [
              { field: 'histology', op: '==', value: 'leiomyosarcoma' },
              { field: 'grade', op: '==', value: 1 },
              { field: 'sizeCm', op: '>=', value: 5 },
              { confirm: 'strass2_lms_grade1_current_protocol' },
            ],
          },
          {
            all: [
              { field: 'histology', op: '==', value: 'dedifferentiated_liposarcoma' },
              { field: 'grade', op: '==', value: 3 },
            ],
          },
          {
            all: [
              { field: 'histology', op: '==', value: 'dedifferentiated_liposarcoma' },
              { field: 'grade', op: '==', value: 2 },
              { confirm: 'strass2_ddlps_grade2_features' },
            ],
          },
        ],
      },
      source: 'seed + registry',
    },
    {
      id: 's2_mdm2',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'For liposarcoma: MDM2 and CDK4 shown by immunohistochemistry (MDM2 amplification advised).',
        nl: 'Bij liposarcoom: MDM2 en CDK4 aangetoond met immunohistochemie (MDM2-amplificatie aanbevolen).',
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
      id: 's2_tissue',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Tumour blocks or slides available for central pathology review.',
        nl: 'Tumorblokjes of coupes beschikbaar voor centrale revisie.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_unifocal',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'One tumour (unifocal).', nl: 'Eén tumor (unifocaal).' },
      rule: { field: 'multifocal', op: '==', value: false },
      source: 'seed',
    },
    {
      id: 's2_no_extension',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'No growth through the sciatic notch or across the diaphragm.',
        nl: 'Geen doorgroei door de incisura ischiadica of door het diafragma.',
      },
      rule: null,
      source: 'seed',
      alsoListedAs: 'exclusion',
    },
    {
      id: 's2_resectable',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Resectable on imaging as judged by the local sarcoma team (not if only an R2 resection is expected; e.g. involvement of SMA, aorta, coeliac trunk or portal vein, bone, spinal canal, caval LMS towards the right atrium, several major organs).',
        nl: 'Resectabel op beeldvorming volgens het lokale sarcoomteam (niet als alleen een R2-resectie haalbaar lijkt; bijv. ingroei in AMS, aorta, truncus coeliacus of v. portae, bot, wervelkanaal, LMS van de v. cava richting rechter atrium, meerdere grote organen).',
      },
      rule: { field: 'resectable', op: '==', value: true },
      source: 'seed',
    },
    {
      id: 's2_untreated',
      kind: 'inclusion',
      category: 'treatment_history',
      text: {
        en: 'Primary tumour not treated before: no surgery other than a biopsy, no radiotherapy, no systemic therapy.',
        nl: 'Primaire tumor niet eerder behandeld: geen operatie behalve biopsie, geen radiotherapie, geen systemische therapie.',
      },
      rule: {
        all: [
          { field: 'recurrent', op: '==', value: false },
          { field: 'priorRadiotherapy', op: '==', value: false },
          {
            any: [
              { field: 'priorChemotherapy', op: '==', value: false },
              { confirm: 'prior_systemic_therapy_not_for_this_tumour' },
            ],
          },
        ],
      },
      source: 'seed',
      note: {
        en: "priorChemotherapy counts chemotherapy for any illness; if it was given for another cancer the tumour may still be untreated, hence 'to confirm'.",
        nl: "Het veld eerdere chemotherapie telt chemotherapie voor elke ziekte; als die voor een andere kanker werd gegeven, kan de tumor toch onbehandeld zijn, vandaar 'te bevestigen'.",
        nlTranslated: true,
      },
    },
    {
      id: 's2_measurable',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Measurable disease (RECIST 1.1) on imaging within 28 days before randomisation.',
        nl: 'Meetbare ziekte (RECIST 1.1) op beeldvorming binnen 28 dagen voor randomisatie.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_age',
      kind: 'inclusion',
      category: 'patient',
      text: { en: 'Age 18 or older (no upper limit).', nl: '18 jaar of ouder (geen bovengrens).' },
      rule: { field: 'age', op: '>=', value: 18 },
      source: 'seed',
    },
    {
      id: 's2_who_ps',
      kind: 'inclusion',
      category: 'fitness',
      text: { en: 'WHO performance status 0-2.', nl: 'WHO-performancestatus 0-2.' },
      rule: { field: 'performanceStatus', op: '<=', value: 2 },
      source: 'seed',
    },
    {
      id: 's2_organ_function',
      kind: 'inclusion',
      category: 'fitness',
      text: {
        en: 'Adequate blood counts, kidney and liver function (e.g. Hb > 9.0 g/dL, neutrophils > 1.5 x 10^9/L, platelets > 100 x 10^9/L, eGFR > 50, bilirubin <= 1.0 x ULN, ALT/AST <= 1.5 x ULN).',
        nl: 'Voldoende bloedwaarden, nier- en leverfunctie (bijv. Hb > 9,0 g/dL, neutrofielen > 1,5 x 10^9/L, trombocyten > 100 x 10^9/L, eGFR > 50, bilirubine <= 1,0 x ULN, ALAT/ASAT <= 1,5 x ULN).',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_cardiac',
      kind: 'inclusion',
      category: 'fitness',
      text: {
        en: 'Normal heart function: LVEF >= 50% and no relevant ECG abnormality.',
        nl: 'Normale hartfunctie: LVEF >= 50% en geen relevante ECG-afwijking.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_asa',
      kind: 'inclusion',
      category: 'fitness',
      text: { en: 'ASA score below 3.', nl: 'ASA-score lager dan 3.' },
      rule: null,
      source: 'seed',
      note: {
        en: 'The app has no ASA field.',
        nl: 'De app heeft geen ASA-veld.',
        nlTranslated: true,
      },
    },
    {
      id: 's2_reproductive',
      kind: 'inclusion',
      category: 'consent_logistics',
      text: {
        en: 'Not pregnant or breastfeeding; negative pregnancy test when relevant; effective contraception during and 6 months after treatment.',
        nl: 'Niet zwanger en geen borstvoeding; negatieve zwangerschapstest indien van toepassing; effectieve anticonceptie tijdens en tot 6 maanden na behandeling.',
      },
      rule: null,
      source: 'seed',
      alsoListedAs: 'exclusion',
    },
    {
      id: 's2_consent',
      kind: 'inclusion',
      category: 'consent_logistics',
      text: { en: 'Written informed consent.', nl: 'Schriftelijke toestemming.' },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_ex_origin',
      kind: 'exclusion',
      category: 'tumour',
      text: {
        en: 'Not a sarcoma arising from bone or from abdominal or gynaecological organs.',
        nl: 'Geen sarcoom uitgaande van bot of van buik- of gynaecologische organen.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_ex_metastatic',
      kind: 'exclusion',
      category: 'tumour',
      text: { en: 'No metastatic disease.', nl: 'Geen gemetastaseerde ziekte.' },
      rule: { field: 'metastatic', op: '==', value: false },
      source: 'seed',
    },
    {
      id: 's2_ex_drug_hypersensitivity',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No hypersensitivity to doxorubicin, ifosfamide or dacarbazine.',
        nl: 'Geen overgevoeligheid voor doxorubicine, ifosfamide of dacarbazine.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_ex_heart_marrow',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No persistent bone-marrow suppression, no myocardial infarction in the last 6 months, no uncontrolled arrhythmia.',
        nl: 'Geen aanhoudende beenmergsuppressie, geen hartinfarct in de laatste 6 maanden, geen ongecontroleerde ritmestoornis.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_ex_anthracycline_max',
      kind: 'exclusion',
      category: 'treatment_history',
      text: {
        en: 'No earlier anthracyclines up to the maximum cumulative dose (450 mg/m2 doxorubicin or 900 mg/m2 epirubicin equivalent).',
        nl: 'Niet eerder de maximale cumulatieve dosis anthracyclines gehad (450 mg/m2 doxorubicine of 900 mg/m2 epirubicine-equivalent).',
      },
      rule: {
        any: [
          { field: 'priorChemotherapy', op: '==', value: false },
          { confirm: 'cumulative_anthracycline_dose' },
        ],
      },
      source: 'seed',
    },
    {
      id: 's2_ex_other_medical',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No active uncontrolled infection, no live vaccine in the 30 days before entry, no interstitial cystitis or urinary outflow obstruction, no other uncontrolled severe illness (e.g. diabetes, hypertension).',
        nl: 'Geen actieve ongecontroleerde infectie, geen levend vaccin in de 30 dagen voor deelname, geen interstitiële cystitis of afvloedbelemmering van urine, geen andere ongecontroleerde ernstige ziekte (bijv. diabetes, hypertensie).',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_ex_other_cancer',
      kind: 'exclusion',
      category: 'patient',
      text: {
        en: 'No other invasive cancer in the last 5 years (except adequately treated non-melanoma skin cancer, localised cervical cancer, localised presumably cured prostate cancer).',
        nl: 'Geen andere invasieve kanker in de laatste 5 jaar (behalve adequaat behandelde niet-melanoom huidkanker, gelokaliseerd cervixcarcinoom, gelokaliseerd vermoedelijk genezen prostaatcarcinoom).',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_ex_compliance',
      kind: 'exclusion',
      category: 'consent_logistics',
      text: {
        en: 'No psychological, family, social or geographical situation that would hamper following the protocol.',
        nl: 'Geen psychologische, familiaire, sociale of geografische omstandigheden die het volgen van het protocol belemmeren.',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 's2_ex_imaging',
      kind: 'exclusion',
      category: 'fitness',
      text: {
        en: 'No known contraindication to the imaging tracer or to MRI.',
        nl: 'Geen bekende contra-indicatie voor de contrastvloeistof of voor MRI.',
      },
      rule: null,
      source: 'seed',
    },
  ],
  dataCompiled: '2026-11-24',
} as const satisfies Trial
