import type { ActivityTypeCode } from '../mobility/activity-types.js';
import type { ParticipantKind } from '../participant/kinds.js';

// Eligibility rules as data, one row per activity type. Durations are activity days, travel excluded, as in
// the Programme Guide. Ages are in full years on the first day of the activity.
//
// Sources: Erasmus+ Programme Guide 2025 (2026 where said), Part B, "Key Action 1", in the sections named on each
// group of rows. The stored copies of the Guide showed those sections' introductions only, so most figures were
// confirmed through summaries of the same rules: the Commission's "Opportunities for individuals" pages and
// national agencies' pages (IKY for Greece, INJUVE for Spain, Léargas for Ireland, Eurydice). Each group says which.
// A figure marked "not confirmed" comes from the Guide as we know it but was not seen in any stored source.

export interface DurationRange {
  minDays: number;
  maxDays: number;
  /** Names the range when there are several, e.g. "short-term physical mobility". */
  label?: string;
  /** The range is meant for blended mobility: a warning when the mobility is not blended. */
  blendedExpected?: boolean;
}

export interface GroupRule {
  minLearners: number;
  maxLearners?: number;
  accompanyingRequired: boolean;
  accompanyingMinAge?: number;
}

export type Venue =
  /** Abroad, in an EU member state or a third country associated to the Programme. */
  | 'programme-country-abroad'
  /** In another country than the origin. */
  | 'abroad'
  /** Anywhere, the participant's own country included. */
  | 'any';

export interface EligibilityRule {
  participantKinds: readonly ParticipantKind[];
  /** Allowed activity durations; null where the Guide sets none for the activity itself. */
  durations: readonly DurationRange[] | null;
  age?: { min?: number; max?: number };
  /** For group participation. */
  group?: GroupRule;
  venue: Venue;
  /** The activity counts as long-term from this many activity days; null if never long-term. */
  longTermFromDays: number | null;
  blendedRequired?: boolean;
}

const educationStaff = ['teacher', 'trainer', 'staff', 'professional'] as const;
const vetLearners = ['trainee', 'apprentice'] as const;
const heStudentDurations = [
  // "2 to 12 months" of physical mobility; counted here as 60 to 365 calendar days.
  { minDays: 60, maxDays: 365, label: 'long-term physical mobility' },
  // Short-term physical mobility is for blended mobility or doctoral candidates.
  { minDays: 5, maxDays: 30, label: 'short-term physical mobility', blendedExpected: true },
] as const;

export const eligibilityRules: Record<ActivityTypeCode, EligibilityRule> = {
  // "Mobility of pupils and staff in school education", "Mobility of learners and staff in VET",
  // "Mobility of learners and staff in adult education", Eligible activities: staff mobility is the same in the
  // three fields (confirmed: IKY's school and VET pages; the Commission's school staff page).
  'SM-JOB-SHDW': {
    participantKinds: educationStaff,
    durations: [{ minDays: 2, maxDays: 60 }],
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },
  'SM-TTA': {
    participantKinds: educationStaff,
    durations: [{ minDays: 2, maxDays: 365 }],
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },
  'SM-COUR-TRAIN': {
    participantKinds: educationStaff,
    // At most 10 days of course fees are funded; the activity itself may last up to 30 days.
    durations: [{ minDays: 2, maxDays: 30 }],
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },

  // "Mobility of pupils and staff in school education", Eligible activities (confirmed: the Commission's pupil
  // mobility page, IKY). Pupils in a group are accompanied by teachers or other authorised persons from the sending
  // school for the whole activity.
  'LM-GRP-PUPIL': {
    participantKinds: ['pupil'],
    durations: [{ minDays: 2, maxDays: 30 }],
    group: { minLearners: 2, accompanyingRequired: true },
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },
  'LM-SHORT-PUPIL': {
    participantKinds: ['pupil'],
    durations: [{ minDays: 10, maxDays: 29 }],
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },
  'LM-LONG-PUPILS': {
    participantKinds: ['pupil'],
    durations: [{ minDays: 30, maxDays: 365 }],
    venue: 'programme-country-abroad',
    longTermFromDays: 30,
  },

  // "Mobility of learners and staff in VET", Eligible activities (confirmed: IKY's VET page; group mobility of VET
  // learners 2 to 30 days with accompanying persons: not confirmed).
  'LM-SKILL-VET': {
    participantKinds: vetLearners,
    durations: [{ minDays: 1, maxDays: 10 }],
    group: { minLearners: 1, accompanyingRequired: false },
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },
  'MOB-GRP-VET': {
    participantKinds: vetLearners,
    durations: [{ minDays: 2, maxDays: 30 }],
    group: { minLearners: 2, accompanyingRequired: true },
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },
  'LM-SHORT-VET': {
    participantKinds: vetLearners,
    durations: [{ minDays: 10, maxDays: 89 }],
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },
  'LM-LONG-VET': {
    participantKinds: vetLearners,
    durations: [{ minDays: 90, maxDays: 365 }],
    venue: 'programme-country-abroad',
    longTermFromDays: 90,
  },

  // "Mobility of learners and staff in adult education", Eligible activities (confirmed: the Commission's adult
  // learners page, Eurydice). Qualified trainers from the sending organisation accompany a group of learners.
  'MOB-GRP-ADU': {
    participantKinds: ['adult_learner'],
    durations: [{ minDays: 2, maxDays: 30 }],
    group: { minLearners: 2, accompanyingRequired: true },
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },
  'MOB-IND-ADU': {
    participantKinds: ['adult_learner'],
    durations: [{ minDays: 2, maxDays: 30 }],
    venue: 'programme-country-abroad',
    longTermFromDays: null,
  },

  // Other activities in the three fields, "Invited experts" and "Hosting teachers and educators in training"
  // (confirmed: Eurydice). The participant comes from abroad to the beneficiary, so only "abroad" is checked.
  'OA-INV-EXP': {
    participantKinds: educationStaff,
    durations: [{ minDays: 2, maxDays: 60 }],
    venue: 'abroad',
    longTermFromDays: null,
  },
  'OA-HOS-TTT': {
    participantKinds: ['student', 'teacher', 'trainer'],
    durations: [{ minDays: 10, maxDays: 365 }],
    venue: 'abroad',
    longTermFromDays: null,
  },

  // "Mobility of higher education students and staff" (confirmed: universities' pages quoting the Guide). Staff:
  // 2 to 60 days; not checked here: 5 to 60 days with third countries not associated to the Programme, and 1 day
  // minimum for invited staff from enterprises. BIP: physical mobility of 5 to 30 days, always blended.
  'HE-SMS': {
    participantKinds: ['student'],
    durations: heStudentDurations,
    venue: 'abroad',
    longTermFromDays: 60,
  },
  'HE-SMT': {
    participantKinds: ['student'],
    durations: heStudentDurations,
    venue: 'abroad',
    longTermFromDays: 60,
  },
  'HE-STA': {
    participantKinds: ['teacher', 'staff', 'professional'],
    durations: [{ minDays: 2, maxDays: 60 }],
    venue: 'abroad',
    longTermFromDays: null,
  },
  'HE-STT': {
    participantKinds: ['teacher', 'staff'],
    durations: [{ minDays: 2, maxDays: 60 }],
    venue: 'abroad',
    longTermFromDays: null,
  },
  'HE-BIP': {
    participantKinds: ['student', 'teacher', 'staff'],
    durations: [{ minDays: 5, maxDays: 30 }],
    venue: 'abroad',
    longTermFromDays: null,
    blendedRequired: true,
  },

  // "Mobility projects for young people - Youth Exchanges": 5 to 21 days without travel, participants 13 to 30,
  // group leaders at least 18 (confirmed: national agencies' pages). Each national group has at least four young
  // people (confirmed only by an organiser's page).
  'MOB-YE': {
    participantKinds: ['young_person'],
    durations: [{ minDays: 5, maxDays: 21 }],
    age: { min: 13, max: 30 },
    group: { minLearners: 4, accompanyingRequired: true, accompanyingMinAge: 18 },
    venue: 'abroad',
    longTermFromDays: null,
  },
  // "Mobility projects for youth workers": 2 to 60 days without travel, no age limit (confirmed: INJUVE).
  'MOB-YW': {
    participantKinds: ['youth_worker', 'staff', 'professional'],
    durations: [{ minDays: 2, maxDays: 60 }],
    venue: 'abroad',
    longTermFromDays: null,
  },
  // "Youth participation activities": participants 13 to 30; activities may be national, and the Guide sets
  // the project's duration (3 to 24 months), not the activity's (confirmed: INJUVE).
  'MOB-YPA': {
    participantKinds: ['young_person'],
    durations: null,
    age: { min: 13, max: 30 },
    group: { minLearners: 1, accompanyingRequired: false },
    venue: 'any',
    longTermFromDays: null,
  },
  // "Mobility projects for young people - DiscoverEU Inclusion Action": one to five young people travel for
  // 1 to 30 days (confirmed: Léargas). Earlier Guides name 18-year-olds; the Guide's later text (2026) extends the
  // action to ages 18 to 21, which is used here.
  'MOB-DEU-INC': {
    participantKinds: ['young_person'],
    durations: [{ minDays: 1, maxDays: 30 }],
    age: { min: 18, max: 21 },
    group: { minLearners: 1, maxLearners: 5, accompanyingRequired: false },
    venue: 'any',
    longTermFromDays: null,
  },
};
