// PROSARC-2 (NCT07173972, 916024 (org study id)). Written from ../shared/trials/trials.json
// (compiled 2026-11-24), trial and criterion ids kept. Texts paraphrase the sources; numbers,
// doses, schedules and identifiers are copied exactly. Each rule states the condition for the
// patient to pass its criterion, exclusions included (../shared/trials/README.md, section 2);
// `nlTranslated` marks Dutch that is our own translation of an English-only source.

import type { Trial } from '../types'
import { HISTOLOGY_IDS } from '../../model/vocabulary'

export const prosarc2 = {
  id: 'prosarc2',
  acronym: 'PROSARC-2',
  title: {
    en: 'Dose-escalated proton radiotherapy instead of surgery for inoperable soft-tissue sarcoma (Norway)',
    nl: 'Protonenbestraling met dosisescalatie in plaats van chirurgie bij inoperabel wekedelensarcoom (Noorwegen)',
  },
  officialTitle: {
    en: 'Dose-escalated, Hypofractionated, Definitive Proton Radiotherapy for Patients With Inoperable Soft Tissue Sarcoma.',
    nl: 'Definitieve, gehypofractioneerde protonenradiotherapie met dosisescalatie voor patiënten met inoperabel wekedelensarcoom.',
    nlTranslated: true,
  },
  registryIds: {
    nct: 'NCT07173972',
    eudract: null,
    euct: null,
    nl: null,
    other: ['916024 (org study id)'],
  },
  studyType: 'interventional',
  phase: '2',
  design: {
    en: 'Single-arm, open-label, multicentre phase II trial from Oslo University Hospital; primary endpoint 2-year local progression-free survival; translational biomarker and MRI work.',
    nl: 'Eenarmige, open, multicentrische fase II-studie vanuit Oslo University Hospital; primair eindpunt lokale progressievrije overleving na 2 jaar; translationeel biomarker- en MRI-onderzoek.',
  },
  arms: [
    {
      id: 'definitive_proton_rt',
      label: { en: 'Definitive proton radiotherapy', nl: 'Definitieve protonenbestraling' },
      description: {
        en: '56 Gy in 16 fractions over 4 weeks (4 fractions a week, 14 Gy a week), with escalation in the tumour core up to 80 Gy (5 Gy per fraction). Given in Oslo or Bergen.',
        nl: '56 Gy in 16 fracties in 4 weken (4 fracties per week, 14 Gy per week), met escalatie in de tumorkern tot 80 Gy (5 Gy per fractie). Gegeven in Oslo of Bergen.',
      },
    },
  ],
  primaryOutcome: {
    en: 'Local control (local progression-free survival) at 2 years.',
    nl: 'Lokale controle (lokale progressievrije overleving) na 2 jaar.',
  },
  sponsor: 'Oslo University Hospital',
  collaborators: [
    'Haukeland University Hospital',
    'St. Olavs Hospital',
    'University Hospital of North Norway',
  ],
  enrollment: 40,
  recruitment: {
    start: '2026-01-26',
    end: null,
    endBasis: 'not stated; inclusion planned over three years (would be about early 2029 - inferred); study completion 2035-11-01',
    status: 'recruiting',
    statusAsOf: '2026-01-28',
    statusSource: 'seed (registry copy last updated 2026-01-28)',
    seedStatus: 'RECRUITING',
  },
  countries: ['NO'],
  sitesNetherlands: [],
  sitesNote: 'Oslo University Hospital (recruiting), Haukeland University Hospital, Bergen (not yet recruiting); all four Norwegian sarcoma centres take part. A national Norwegian study with protons in Oslo/Bergen: not realistically open to patients treated in the Netherlands (inferred).',
  contact: {
    name: 'Martine Karlsen Ødegaard (cancer nurse)',
    phone: '+47 99562019',
    email: null,
    principalInvestigator: 'Ivar Hompland, MD, PhD (Oslo University Hospital)',
  },
  sourceUrl: 'https://meddatax.com/clinical-trials/NCT07173972',
  sourceUrlNote: 'Seed text matches the layout of this site; no URL in the seed.',
  registryUrl: 'https://clinicaltrials.gov/study/NCT07173972',
  registryDates: {
    start: '2026-01-26',
    primaryCompletion: null,
    completion: '2035-11-01',
    source: "Start 2026-01-26 and study completion 2035-11-01 from the seed's registry copy (last updated 2026-01-28; README section 5.8). Primary completion: not in the compilation.",
  },
  ambiguities: [
    {
      en: "'Inoperable' is the main inclusion criterion in the description, not a numbered item; it is encoded as resectable = false.",
      nl: "'Inoperabel' is het hoofdcriterium in de beschrijving, geen genummerd punt; het is vastgelegd als resectabel = nee.",
      nlTranslated: true,
    },
    {
      en: 'GIST is explicitly included.',
      nl: 'GIST is uitdrukkelijk toegestaan.',
      nlTranslated: true,
    },
    {
      en: "Metastatic patients are allowed if life expectancy is over 2 years: 'to confirm', not 'not met'.",
      nl: "Patiënten met metastasen mogen meedoen bij een levensverwachting van meer dan 2 jaar: 'te bevestigen', niet 'niet voldaan'.",
      nlTranslated: true,
    },
    {
      en: 'Systemic therapy is only excluded within 14 days before the first fraction.',
      nl: 'Systemische therapie is alleen uitgesloten in de 14 dagen vóór de eerste fractie.',
      nlTranslated: true,
    },
  ],
  criteria: [
    {
      id: 'ps_age',
      kind: 'inclusion',
      category: 'patient',
      text: { en: 'Age 18 or older at consent.', nl: '18 jaar of ouder bij toestemming.' },
      rule: { field: 'age', op: '>=', value: 18 },
      source: 'seed',
    },
    {
      id: 'ps_histology',
      kind: 'inclusion',
      category: 'tumour',
      text: {
        en: 'Histological diagnosis of soft-tissue sarcoma, GIST included.',
        nl: 'Histologische diagnose wekedelensarcoom, GIST inbegrepen.',
      },
      rule: {
        field: 'histology',
        op: 'in',
        // Every soft-tissue sarcoma, GIST included: the whole vocabulary, so a histology added
        // to it later is taken in too, as the trial intends.
        value: [...HISTOLOGY_IDS],
      },
      source: 'seed',
    },
    {
      id: 'ps_inoperable',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'Inoperable sarcoma.', nl: 'Inoperabel sarcoom.' },
      rule: { field: 'resectable', op: '==', value: false },
      source: 'seed description (main inclusion criterion)',
    },
    {
      id: 'ps_mdt_definitive_rt',
      kind: 'inclusion',
      category: 'treatment_plan',
      text: {
        en: 'Definitive radiotherapy advised by the sarcoma team, and proton therapy judged feasible by the national sarcoma RT meeting.',
        nl: 'Definitieve radiotherapie geadviseerd door het sarcoomteam en protonentherapie haalbaar geacht door het landelijke sarcoom-RT-overleg.',
      },
      rule: null,
      source: 'seed description',
    },
    {
      id: 'ps_measurable',
      kind: 'inclusion',
      category: 'tumour',
      text: { en: 'Measurable disease (RECIST 1.1).', nl: 'Meetbare ziekte (RECIST 1.1).' },
      rule: null,
      source: 'seed',
    },
    {
      id: 'ps_ecog',
      kind: 'inclusion',
      category: 'fitness',
      text: { en: 'ECOG performance status 0, 1 or 2.', nl: 'ECOG-performancestatus 0, 1 of 2.' },
      rule: { field: 'performanceStatus', op: '<=', value: 2 },
      source: 'seed',
    },
    {
      id: 'ps_life_expectancy',
      kind: 'inclusion',
      category: 'patient',
      text: {
        en: 'If metastatic: life expectancy over 2 years.',
        nl: 'Bij metastasen: levensverwachting meer dan 2 jaar.',
      },
      rule: {
        any: [
          { field: 'metastatic', op: '==', value: false },
          { confirm: 'life_expectancy_over_2_years' },
        ],
      },
      source: 'seed',
    },
    {
      id: 'ps_consent_logistics',
      kind: 'inclusion',
      category: 'consent_logistics',
      text: {
        en: 'Written consent; able to complete questionnaires, follow the study and travel to Bergen or Oslo for proton therapy.',
        nl: 'Schriftelijke toestemming; kan vragenlijsten invullen, de studie volgen en naar Bergen of Oslo reizen voor protonentherapie.',
      },
      rule: null,
      source: 'seed',
      alsoListedAs: 'exclusion',
    },
    {
      id: 'ps_ex_other_cancer',
      kind: 'exclusion',
      category: 'patient',
      text: {
        en: 'No other cancer that could interfere with safety or results (breast cancer on hormonal therapy and prostate cancer on LHRH agonists are allowed).',
        nl: 'Geen andere kanker die veiligheid of resultaten kan verstoren (borstkanker met hormonale therapie en prostaatkanker met LHRH-agonisten mogen).',
      },
      rule: null,
      source: 'seed',
    },
    {
      id: 'ps_ex_prior_rt',
      kind: 'exclusion',
      category: 'treatment_history',
      text: {
        en: 'No earlier radiotherapy to the tumour site.',
        nl: 'Geen eerdere bestraling van de tumorplek.',
      },
      rule: { field: 'priorRadiotherapy', op: '==', value: false },
      source: 'seed',
    },
    {
      id: 'ps_ex_pacemaker',
      kind: 'exclusion',
      category: 'fitness',
      text: { en: 'No pacemaker or implanted defibrillator.', nl: 'Geen pacemaker of ICD.' },
      rule: null,
      source: 'seed',
    },
    {
      id: 'ps_ex_recent_systemic',
      kind: 'exclusion',
      category: 'treatment_history',
      text: {
        en: 'No chemotherapy, targeted or immune therapy in the 14 days before the first fraction.',
        nl: 'Geen chemotherapie, doelgerichte of immuuntherapie in de 14 dagen voor de eerste fractie.',
      },
      rule: {
        any: [
          { field: 'priorChemotherapy', op: '==', value: false },
          { confirm: 'no_systemic_therapy_within_14_days' },
        ],
      },
      source: 'seed',
    },
  ],
  dataCompiled: '2026-11-24',
} as const satisfies Trial
