import type {
  ActionType,
  ActivityTypeCode,
  EuLanguageCode,
  OrganisationCreate,
  OutcomeCode,
  ParticipantKind,
  ProgrammeField,
} from '@mobilis/schema';

// The demo's cast: five organisations in five countries, one field of the programme each, with partners abroad
// and the activities such an organisation really runs.

export interface DemoActivity {
  type: ActivityTypeCode;
  /** Relative frequency among the organisation's mobilities. */
  weight: number;
  kind: ParticipantKind;
  /** Ages of participants of this kind at the start of the mobility. */
  ages: [number, number];
  /** Typical activity days, within the programme's limits for the type. */
  days: [number, number];
  group?: { learners: [number, number]; accompanying: number };
  /** The outcomes such a mobility aims at, which its surveys ask about. */
  outcomes: OutcomeCode[];
  /** The language mainly used abroad when it is not the host's, e.g. English on a staff course. */
  workingLanguage?: EuLanguageCode;
}

export interface DemoOrganisation {
  organisation: OrganisationCreate;
  locale: 'de' | 'es' | 'pl' | 'it' | 'nl';
  language: string;
  project: { number: string; title: string; actionType: ActionType; field: ProgrammeField };
  partners: Array<{
    legalName: string;
    city: string;
    country: string;
    type: OrganisationCreate['type'];
    /** The language participants mainly use there. */
    language: EuLanguageCode;
  }>;
  activities: DemoActivity[];
  mobilities: number;
}

const teacherAges: [number, number] = [27, 62];

export const demoOrganisations: DemoOrganisation[] = [
  {
    organisation: {
      legalName: 'Gymnasium am Goetheplatz',
      oid: 'E10345678',
      country: 'DE',
      city: 'Munich',
      type: 'school',
    },
    locale: 'de',
    language: 'de',
    project: {
      number: '2025-1-DE03-KA122-SCH-000213456',
      title: 'Europa im Klassenzimmer',
      actionType: 'KA122',
      field: 'school_education',
    },
    partners: [
      { legalName: 'Lycée Jean Moulin', city: 'Lyon', country: 'FR', type: 'school', language: 'fr' },
      {
        legalName: 'Liceo Classico Dante Alighieri',
        city: 'Florence',
        country: 'IT',
        type: 'school',
        language: 'it',
      },
      {
        legalName: 'Escola Secundária Camões',
        city: 'Lisbon',
        country: 'PT',
        type: 'school',
        language: 'pt',
      },
      { legalName: 'Gimnazjum nr 3', city: 'Kraków', country: 'PL', type: 'school', language: 'pl' },
    ],
    activities: [
      {
        type: 'LM-SHORT-PUPIL',
        weight: 4,
        kind: 'pupil',
        ages: [14, 17],
        days: [10, 21],
        outcomes: ['L04', 'L05', 'L06', 'L08'],
      },
      {
        type: 'LM-GRP-PUPIL',
        weight: 2,
        kind: 'pupil',
        ages: [12, 16],
        days: [5, 10],
        group: { learners: [4, 8], accompanying: 2 },
        outcomes: ['L06', 'L08', 'L09'],
      },
      {
        type: 'SM-JOB-SHDW',
        weight: 2,
        kind: 'teacher',
        ages: teacherAges,
        days: [3, 10],
        outcomes: ['S01', 'S02', 'S03', 'S08'],
        workingLanguage: 'en',
      },
      {
        type: 'SM-COUR-TRAIN',
        weight: 2,
        kind: 'teacher',
        ages: teacherAges,
        days: [5, 10],
        outcomes: ['S01', 'S06', 'S10', 'S11'],
        workingLanguage: 'en',
      },
    ],
    mobilities: 70,
  },
  {
    organisation: {
      legalName: 'Centro Integrado de Formación Profesional Corona de Aragón',
      oid: 'E10456789',
      country: 'ES',
      city: 'Zaragoza',
      type: 'vet_provider',
    },
    locale: 'es',
    language: 'es',
    project: {
      number: '2025-1-ES01-KA121-VET-000187654',
      title: 'FP sin fronteras',
      actionType: 'KA121',
      field: 'vet',
    },
    partners: [
      {
        legalName: 'Berufsbildende Schulen Hannover',
        city: 'Hannover',
        country: 'DE',
        type: 'vet_provider',
        language: 'de',
      },
      { legalName: 'ROC Amsterdam', city: 'Amsterdam', country: 'NL', type: 'vet_provider', language: 'en' },
      { legalName: 'Hotel Lido Mare', city: 'Rimini', country: 'IT', type: 'company', language: 'it' },
      {
        legalName: 'Tallinna Teeninduskool',
        city: 'Tallinn',
        country: 'EE',
        type: 'vet_provider',
        language: 'en',
      },
    ],
    activities: [
      {
        type: 'LM-SHORT-VET',
        weight: 5,
        kind: 'trainee',
        ages: [17, 24],
        days: [14, 60],
        outcomes: ['L02', 'L03', 'L05', 'L06'],
      },
      {
        type: 'LM-LONG-VET',
        weight: 2,
        kind: 'apprentice',
        ages: [18, 26],
        days: [90, 180],
        outcomes: ['L01', 'L02', 'L04', 'L05'],
      },
      {
        type: 'SM-JOB-SHDW',
        weight: 2,
        kind: 'trainer',
        ages: teacherAges,
        days: [3, 10],
        outcomes: ['S02', 'S04', 'S05', 'S09'],
        workingLanguage: 'en',
      },
    ],
    mobilities: 70,
  },
  {
    organisation: {
      legalName: 'Uniwersytet Ekonomiczny w Poznaniu',
      oid: 'E10567890',
      erasmusCode: 'PL POZNAN03',
      country: 'PL',
      city: 'Poznań',
      type: 'higher_education_institution',
    },
    locale: 'pl',
    language: 'pl',
    project: {
      number: '2025-1-PL01-KA131-HED-000112233',
      title: 'Erasmus+ KA131 2025',
      actionType: 'KA131',
      field: 'higher_education',
    },
    partners: [
      {
        legalName: 'Universidad de Granada',
        city: 'Granada',
        country: 'ES',
        type: 'higher_education_institution',
        language: 'es',
      },
      {
        legalName: 'Université de Lille',
        city: 'Lille',
        country: 'FR',
        type: 'higher_education_institution',
        language: 'fr',
      },
      {
        legalName: 'Rijksuniversiteit Groningen',
        city: 'Groningen',
        country: 'NL',
        type: 'higher_education_institution',
        language: 'en',
      },
      {
        legalName: 'Università di Bologna',
        city: 'Bologna',
        country: 'IT',
        type: 'higher_education_institution',
        language: 'it',
      },
    ],
    activities: [
      {
        type: 'HE-SMS',
        weight: 6,
        kind: 'student',
        ages: [20, 26],
        days: [120, 150],
        outcomes: ['L01', 'L05', 'L06', 'L09', 'L10'],
      },
      {
        type: 'HE-SMT',
        weight: 2,
        kind: 'student',
        ages: [21, 27],
        days: [60, 90],
        outcomes: ['L02', 'L03', 'L05'],
      },
      {
        type: 'HE-STA',
        weight: 2,
        kind: 'teacher',
        ages: teacherAges,
        days: [5, 7],
        outcomes: ['S01', 'S02', 'S09', 'S10'],
        workingLanguage: 'en',
      },
    ],
    mobilities: 60,
  },
  {
    organisation: {
      legalName: 'Università Popolare di Torino',
      oid: 'E10678901',
      country: 'IT',
      city: 'Turin',
      type: 'adult_education_provider',
    },
    locale: 'it',
    language: 'it',
    project: {
      number: '2025-1-IT02-KA122-ADU-000098765',
      title: 'Imparare insieme',
      actionType: 'KA122',
      field: 'adult_education',
    },
    partners: [
      {
        legalName: 'Volkshochschule Wien',
        city: 'Vienna',
        country: 'AT',
        type: 'adult_education_provider',
        language: 'de',
      },
      {
        legalName: 'Folkuniversitetet',
        city: 'Stockholm',
        country: 'SE',
        type: 'adult_education_provider',
        language: 'en',
      },
      {
        legalName: 'Kansalaisopisto Helsinki',
        city: 'Helsinki',
        country: 'FI',
        type: 'adult_education_provider',
        language: 'en',
      },
    ],
    activities: [
      {
        type: 'MOB-IND-ADU',
        weight: 3,
        kind: 'adult_learner',
        ages: [25, 70],
        days: [5, 14],
        outcomes: ['L04', 'L05', 'L07', 'L10'],
      },
      {
        type: 'SM-COUR-TRAIN',
        weight: 2,
        kind: 'staff',
        ages: teacherAges,
        days: [5, 10],
        outcomes: ['S05', 'S06', 'S07', 'S11'],
        workingLanguage: 'en',
      },
    ],
    mobilities: 40,
  },
  {
    organisation: {
      legalName: 'Stichting Jong Europa Utrecht',
      oid: 'E10789012',
      country: 'NL',
      city: 'Utrecht',
      type: 'youth_organisation',
    },
    locale: 'nl',
    language: 'nl',
    project: {
      number: '2025-1-NL02-KA152-YOU-000054321',
      title: 'Voices of Tomorrow',
      actionType: 'KA152',
      field: 'youth',
    },
    partners: [
      {
        legalName: 'Asociația Tineri pentru Europa',
        city: 'Cluj-Napoca',
        country: 'RO',
        type: 'youth_organisation',
        language: 'en',
      },
      {
        legalName: 'Jugendhaus Leipzig e.V.',
        city: 'Leipzig',
        country: 'DE',
        type: 'youth_organisation',
        language: 'de',
      },
      {
        legalName: 'Youth Centre Ljubljana',
        city: 'Ljubljana',
        country: 'SI',
        type: 'youth_organisation',
        language: 'en',
      },
    ],
    activities: [
      {
        type: 'MOB-YE',
        weight: 1,
        kind: 'young_person',
        ages: [15, 25],
        days: [7, 12],
        group: { learners: [6, 12], accompanying: 1 },
        outcomes: ['L06', 'L07', 'L08', 'L09'],
        workingLanguage: 'en',
      },
    ],
    mobilities: 12,
  },
];
