import { allLocales } from '@faker-js/faker';
import {
  type ActionType,
  activityTypes,
  eligibilityRules,
  type ParticipantKind,
  type ProgrammeField,
  participantKinds,
} from '@mobilis/schema';

// The fixed inputs of the generator: places, names, and the shares the random picks follow. Everything valid for
// the domain comes from @mobilis/schema, so the generated rows pass the same rules the API applies.

/** A national agency's data: every organisation is in this country, most participants are its nationals. */
export const homeCountry = 'DE';
export const nationalAgencyCode = 'DE02';

/** The day the generated statuses are relative to (past: completed, now: ongoing, future: planned or draft). */
export const referenceDay = '2026-11-28';

export interface City {
  country: string;
  name: string;
  lat: number;
  lon: number;
}

const city = (country: string, name: string, lat: number, lon: number): City => ({ country, name, lat, lon });

export const cities: readonly City[] = [
  city('DE', 'Berlin', 52.52, 13.405),
  city('DE', 'Hamburg', 53.551, 9.994),
  city('DE', 'München', 48.137, 11.575),
  city('DE', 'Köln', 50.938, 6.96),
  city('DE', 'Frankfurt am Main', 50.11, 8.682),
  city('DE', 'Stuttgart', 48.776, 9.183),
  city('DE', 'Düsseldorf', 51.228, 6.773),
  city('DE', 'Leipzig', 51.34, 12.375),
  city('DE', 'Dortmund', 51.514, 7.468),
  city('DE', 'Essen', 51.456, 7.012),
  city('DE', 'Bremen', 53.079, 8.802),
  city('DE', 'Dresden', 51.05, 13.738),
  city('DE', 'Hannover', 52.375, 9.732),
  city('DE', 'Nürnberg', 49.452, 11.077),
  city('DE', 'Duisburg', 51.434, 6.762),
  city('DE', 'Bochum', 51.482, 7.216),
  city('DE', 'Freiburg im Breisgau', 47.999, 7.842),
  city('DE', 'Kiel', 54.323, 10.123),
  city('DE', 'Rostock', 54.092, 12.099),
  city('DE', 'Erfurt', 50.978, 11.029),
  city('DE', 'Magdeburg', 52.12, 11.628),
  city('DE', 'Mainz', 49.993, 8.247),
  city('DE', 'Saarbrücken', 49.24, 6.997),
  city('DE', 'Potsdam', 52.391, 13.064),
  city('DE', 'Schwerin', 53.635, 11.401),
  city('ES', 'Madrid', 40.417, -3.704),
  city('ES', 'Barcelona', 41.385, 2.173),
  city('ES', 'Valencia', 39.47, -0.376),
  city('ES', 'Sevilla', 37.389, -5.984),
  city('ES', 'Málaga', 36.721, -4.421),
  city('IT', 'Roma', 41.903, 12.496),
  city('IT', 'Milano', 45.464, 9.19),
  city('IT', 'Bologna', 44.494, 11.343),
  city('IT', 'Firenze', 43.77, 11.256),
  city('IT', 'Napoli', 40.852, 14.268),
  city('FR', 'Paris', 48.857, 2.352),
  city('FR', 'Lyon', 45.764, 4.836),
  city('FR', 'Toulouse', 43.605, 1.444),
  city('FR', 'Bordeaux', 44.838, -0.579),
  city('FR', 'Lille', 50.629, 3.057),
  city('PT', 'Lisboa', 38.722, -9.139),
  city('PT', 'Porto', 41.158, -8.629),
  city('IE', 'Dublin', 53.35, -6.26),
  city('IE', 'Cork', 51.899, -8.476),
  city('NL', 'Amsterdam', 52.368, 4.904),
  city('NL', 'Utrecht', 52.091, 5.122),
  city('NL', 'Rotterdam', 51.924, 4.478),
  city('FI', 'Helsinki', 60.17, 24.938),
  city('FI', 'Tampere', 61.498, 23.761),
  city('SE', 'Stockholm', 59.329, 18.069),
  city('SE', 'Göteborg', 57.709, 11.975),
  city('AT', 'Wien', 48.208, 16.374),
  city('AT', 'Graz', 47.071, 15.44),
  city('PL', 'Kraków', 50.065, 19.945),
  city('PL', 'Warszawa', 52.23, 21.012),
  city('PL', 'Wrocław', 51.108, 17.039),
  city('DK', 'København', 55.676, 12.568),
  city('DK', 'Aarhus', 56.163, 10.204),
  city('BE', 'Bruxelles', 50.85, 4.352),
  city('BE', 'Gent', 51.054, 3.717),
  city('CZ', 'Praha', 50.076, 14.438),
  city('CZ', 'Brno', 49.195, 16.607),
  city('GR', 'Athína', 37.984, 23.728),
  city('GR', 'Thessaloníki', 40.64, 22.944),
  city('MT', 'Valletta', 35.899, 14.514),
  city('HU', 'Budapest', 47.498, 19.04),
  city('HR', 'Zagreb', 45.815, 15.982),
  city('HR', 'Split', 43.508, 16.44),
  city('SI', 'Ljubljana', 46.057, 14.506),
  city('SK', 'Bratislava', 48.149, 17.107),
  city('RO', 'București', 44.427, 26.103),
  city('RO', 'Cluj-Napoca', 46.771, 23.624),
  city('BG', 'Sofia', 42.698, 23.322),
  city('EE', 'Tallinn', 59.437, 24.754),
  city('LV', 'Rīga', 56.95, 24.106),
  city('LT', 'Vilnius', 54.687, 25.28),
  city('CY', 'Lefkosia', 35.186, 33.382),
  city('LU', 'Luxembourg', 49.612, 6.13),
];

export type Weighted<T extends string = string> = readonly (readonly [T, number])[];

/** Where mobilities go: the other 26 EU member states, the popular ones more often. */
export const destinationCountries: Weighted = [
  ['ES', 14],
  ['IT', 11],
  ['FR', 10],
  ['PT', 6],
  ['IE', 6],
  ['NL', 6],
  ['FI', 5],
  ['SE', 5],
  ['AT', 5],
  ['PL', 5],
  ['DK', 3],
  ['BE', 3],
  ['CZ', 3],
  ['GR', 3],
  ['MT', 3],
  ['HU', 2],
  ['HR', 2],
  ['SI', 2],
  ['SK', 1],
  ['RO', 1],
  ['BG', 1],
  ['EE', 1],
  ['LV', 1],
  ['LT', 1],
  ['CY', 1],
  ['LU', 1],
];

/** Participants' nationality: mostly the home country; the rest from countries whose names the pools hold. */
export const nationalities: Weighted = [
  ['DE', 85],
  ['AT', 1],
  ['FR', 1.5],
  ['IT', 2],
  ['ES', 1.5],
  ['PL', 3],
  ['NL', 1],
  ['PT', 0.5],
  ['SE', 0.5],
  ['RO', 2],
  ['HU', 0.5],
  ['HR', 1],
  ['FI', 0.25],
  ['DK', 0.25],
];

/** Nationality -> faker locale of the names, and the language surveys are sent in. */
export const nameOrigins: Record<string, { locale: keyof typeof allLocales; language: string }> = {
  DE: { locale: 'de', language: 'de' },
  AT: { locale: 'de_AT', language: 'de' },
  FR: { locale: 'fr', language: 'fr' },
  IT: { locale: 'it', language: 'it' },
  ES: { locale: 'es', language: 'es' },
  PL: { locale: 'pl', language: 'pl' },
  NL: { locale: 'nl', language: 'nl' },
  PT: { locale: 'pt_PT', language: 'pt' },
  SE: { locale: 'sv', language: 'sv' },
  RO: { locale: 'ro', language: 'ro' },
  HU: { locale: 'hu', language: 'hu' },
  HR: { locale: 'hr', language: 'hr' },
  FI: { locale: 'fi', language: 'fi' },
  DK: { locale: 'da', language: 'da' },
};

export interface NameRow {
  origin: string;
  part: 'female' | 'male' | 'family';
  name: string;
  /** ASCII form for e-mail addresses. */
  slug: string;
}

/**
 * Given and family names by nationality, from faker's locale lists, shuffled with a fixed seed. The generator
 * picks low positions more often (a power law), so a few surnames are common and most are rare, as in life.
 */
export function nameRows(seed = 20261128): NameRow[] {
  const random = mulberry32(seed);
  const rows: NameRow[] = [];
  for (const [origin, { locale }] of Object.entries(nameOrigins)) {
    const person = allLocales[locale].person;
    if (!person?.first_name || !person.last_name) throw new Error(`faker locale ${locale} has no names`);
    const lists = {
      female: person.first_name.female ?? person.first_name.generic ?? [],
      male: person.first_name.male ?? person.first_name.generic ?? [],
      family: person.last_name.generic ?? [...(person.last_name.male ?? [])],
    };
    for (const part of ['female', 'male', 'family'] as const) {
      const names = shuffle(
        [...new Set(lists[part])].filter((name) => /^\p{L}[\p{L}' -]*$/u.test(name)),
        random,
      );
      for (const name of names) rows.push({ origin, part, name, slug: slug(name) });
    }
  }
  return rows;
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each organisation works in one field; its projects use the actions of that field. */
export const organisationFields: Weighted<ProgrammeField> = [
  ['school_education', 35],
  ['vet', 25],
  ['higher_education', 10],
  ['adult_education', 10],
  ['youth', 20],
];

export const fieldProfiles: Record<
  ProgrammeField,
  {
    organisationType: string;
    namePrefix: string;
    actions: readonly ActionType[];
    kinds: Weighted<ParticipantKind>;
  }
> = {
  school_education: {
    organisationType: 'school',
    namePrefix: 'Gymnasium',
    actions: ['KA121', 'KA122'],
    kinds: [
      ['pupil', 75],
      ['teacher', 20],
      ['staff', 5],
    ],
  },
  vet: {
    organisationType: 'vet_provider',
    namePrefix: 'Berufskolleg',
    actions: ['KA121', 'KA122'],
    kinds: [
      ['apprentice', 35],
      ['trainee', 35],
      ['teacher', 12],
      ['trainer', 13],
      ['staff', 5],
    ],
  },
  higher_education: {
    organisationType: 'higher_education_institution',
    namePrefix: 'Hochschule',
    actions: ['KA131'],
    kinds: [
      ['student', 80],
      ['teacher', 10],
      ['staff', 10],
    ],
  },
  adult_education: {
    organisationType: 'adult_education_provider',
    namePrefix: 'Volkshochschule',
    actions: ['KA121', 'KA122'],
    kinds: [
      ['adult_learner', 65],
      ['teacher', 15],
      ['trainer', 15],
      ['staff', 5],
    ],
  },
  youth: {
    organisationType: 'youth_organisation',
    namePrefix: 'Jugendwerk',
    // Accredited youth projects run every youth activity but DiscoverEU Inclusion (KA155).
    actions: ['KA151'],
    kinds: [
      ['young_person', 80],
      ['youth_worker', 20],
    ],
  },
};

/** Birth years by participant kind (inclusive). */
export const birthYears: Record<ParticipantKind, readonly [number, number]> = {
  pupil: [2008, 2013],
  student: [1997, 2006],
  trainee: [2000, 2009],
  apprentice: [2000, 2009],
  adult_learner: [1960, 2000],
  young_person: [1998, 2011],
  teacher: [1960, 1998],
  trainer: [1960, 1998],
  youth_worker: [1970, 2004],
  staff: [1960, 1998],
  professional: [1960, 1998],
};

/** How often each activity type is chosen among those a participant may take part in. */
const activityWeights: Record<string, number> = {
  'SM-JOB-SHDW': 4,
  'SM-COUR-TRAIN': 5,
  'SM-TTA': 2,
  'OA-INV-EXP': 1,
  'OA-HOS-TTT': 1,
  'LM-SHORT-PUPIL': 4,
  'LM-LONG-PUPILS': 1,
  'LM-GRP-PUPIL': 1,
  'LM-SHORT-VET': 7,
  'LM-LONG-VET': 2,
  'LM-SKILL-VET': 1,
  'MOB-GRP-VET': 1,
  'MOB-IND-ADU': 1,
  'MOB-GRP-ADU': 1,
  'HE-SMS': 6,
  'HE-SMT': 3,
  'HE-BIP': 2,
  'HE-STA': 2,
  'HE-STT': 2,
  'MOB-YE': 1,
  'MOB-YW': 1,
  'MOB-YPA': 1,
};

export interface ActivityChoice {
  field: ProgrammeField;
  /** The participant's kind for individual mobilities; '' for group mobilities (any learner of the field). */
  kind: string;
  mode: 'individual' | 'group';
  code: string;
  minDays: number;
  maxDays: number;
  /** Null when the type is never long-term. */
  longTermFromDays: number | null;
  blended: boolean;
}

/**
 * Every activity type an organisation of a field may record for a participant of a kind (individual) or a group
 * of its learners, repeated by weight so that the generator can pick one uniformly.
 */
export function activityChoices(): ActivityChoice[] {
  const choices: ActivityChoice[] = [];
  for (const field of Object.keys(fieldProfiles) as ProgrammeField[]) {
    const profile = fieldProfiles[field];
    const fieldTypes = activityTypes.filter(
      (type) =>
        (type.fields as readonly string[]).includes(field) &&
        (type.actions as readonly string[]).some((action) => profile.actions.includes(action as ActionType)),
    );
    const add = (type: (typeof activityTypes)[number], kind: string, mode: 'individual' | 'group') => {
      const rule = eligibilityRules[type.code];
      const range = rule.durations?.[0] ?? { minDays: 1, maxDays: 5 };
      const weight = activityWeights[type.code] ?? 1;
      for (let i = 0; i < weight; i++) {
        choices.push({
          field,
          kind,
          mode,
          code: type.code,
          minDays: range.minDays,
          maxDays: range.maxDays,
          longTermFromDays: rule.longTermFromDays,
          blended: rule.blendedRequired === true,
        });
      }
    };
    for (const [kind] of profile.kinds) {
      for (const type of fieldTypes) {
        const rule = eligibilityRules[type.code];
        if (type.participation !== 'group' && (rule.participantKinds as readonly string[]).includes(kind))
          add(type, kind, 'individual');
      }
    }
    for (const type of fieldTypes) {
      if (type.participation !== 'individual' && type.targetGroup === 'learner') add(type, '', 'group');
    }
  }
  return choices;
}

export function isLearnerKind(kind: ParticipantKind): boolean {
  return participantKinds[kind] === 'learner';
}
