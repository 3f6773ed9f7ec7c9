import { oneOf } from '../fields.js';
import type { TargetGroup } from '../outcomes/definitions.js';
import type { ActionType, ProgrammeField } from '../project/actions.js';

// Mobility activity types, by field and action: the one place to add a type. The compiler then asks for its
// eligibility row in eligibility/rules.ts.
//
// `codeSource: 'beneficiary-module'` codes are the Beneficiary Module's activity codes. The Module's codes for the
// other activities are not published alongside the Programme Guide, so Mobilis gives them its own codes, all
// starting with `MOB-` so they can never clash with a Module code; names follow the Programme Guide.

export type ParticipationMode = 'individual' | 'group' | 'either';

export interface ActivityTypeDefinition {
  code: string;
  codeSource: 'beneficiary-module' | 'mobilis';
  name: string;
  fields: readonly ProgrammeField[];
  actions: readonly ActionType[];
  /** Whose outcomes the activity serves. */
  targetGroup: TargetGroup;
  /** One participant per mobility, a group of learners with accompanying persons, or either. */
  participation: ParticipationMode;
}

const schoolVetAdult = ['school_education', 'vet', 'adult_education'] as const;
const schoolVetAdultActions = ['KA121', 'KA122'] as const;

export const activityTypes = [
  // Staff in school education, VET and adult education
  {
    code: 'SM-JOB-SHDW',
    codeSource: 'beneficiary-module',
    name: 'Job shadowing',
    fields: schoolVetAdult,
    actions: schoolVetAdultActions,
    targetGroup: 'staff',
    participation: 'individual',
  },
  {
    code: 'SM-TTA',
    codeSource: 'beneficiary-module',
    name: 'Teaching or training assignment',
    fields: schoolVetAdult,
    actions: schoolVetAdultActions,
    targetGroup: 'staff',
    participation: 'individual',
  },
  {
    code: 'SM-COUR-TRAIN',
    codeSource: 'beneficiary-module',
    name: 'Courses and training',
    fields: schoolVetAdult,
    actions: schoolVetAdultActions,
    targetGroup: 'staff',
    participation: 'individual',
  },
  // Pupils
  {
    code: 'LM-GRP-PUPIL',
    codeSource: 'beneficiary-module',
    name: 'Group mobility of school pupils',
    fields: ['school_education'],
    actions: schoolVetAdultActions,
    targetGroup: 'learner',
    participation: 'group',
  },
  {
    code: 'LM-SHORT-PUPIL',
    codeSource: 'beneficiary-module',
    name: 'Short-term learning mobility of pupils',
    fields: ['school_education'],
    actions: schoolVetAdultActions,
    targetGroup: 'learner',
    participation: 'individual',
  },
  {
    code: 'LM-LONG-PUPILS',
    codeSource: 'beneficiary-module',
    name: 'Long-term learning mobility of pupils',
    fields: ['school_education'],
    actions: schoolVetAdultActions,
    targetGroup: 'learner',
    participation: 'individual',
  },
  // VET learners
  {
    code: 'LM-SKILL-VET',
    codeSource: 'beneficiary-module',
    name: 'Participation in VET skills competitions',
    fields: ['vet'],
    actions: schoolVetAdultActions,
    targetGroup: 'learner',
    participation: 'either',
  },
  {
    code: 'MOB-GRP-VET',
    codeSource: 'mobilis',
    name: 'Group mobility of VET learners',
    fields: ['vet'],
    actions: schoolVetAdultActions,
    targetGroup: 'learner',
    participation: 'group',
  },
  {
    code: 'LM-SHORT-VET',
    codeSource: 'beneficiary-module',
    name: 'Short-term learning mobility of VET learners',
    fields: ['vet'],
    actions: schoolVetAdultActions,
    targetGroup: 'learner',
    participation: 'individual',
  },
  {
    code: 'LM-LONG-VET',
    codeSource: 'beneficiary-module',
    name: 'Long-term learning mobility of VET learners (ErasmusPro)',
    fields: ['vet'],
    actions: schoolVetAdultActions,
    targetGroup: 'learner',
    participation: 'individual',
  },
  // Adult learners
  {
    code: 'MOB-GRP-ADU',
    codeSource: 'mobilis',
    name: 'Group mobility of adult learners',
    fields: ['adult_education'],
    actions: schoolVetAdultActions,
    targetGroup: 'learner',
    participation: 'group',
  },
  {
    code: 'MOB-IND-ADU',
    codeSource: 'mobilis',
    name: 'Individual learning mobility of adult learners',
    fields: ['adult_education'],
    actions: schoolVetAdultActions,
    targetGroup: 'learner',
    participation: 'individual',
  },
  // Other activities in school education, VET and adult education
  {
    code: 'OA-INV-EXP',
    codeSource: 'beneficiary-module',
    name: 'Invited experts',
    fields: schoolVetAdult,
    actions: schoolVetAdultActions,
    targetGroup: 'staff',
    participation: 'individual',
  },
  {
    code: 'OA-HOS-TTT',
    codeSource: 'beneficiary-module',
    name: 'Hosting teachers and educators in training',
    fields: schoolVetAdult,
    actions: schoolVetAdultActions,
    targetGroup: 'staff',
    participation: 'individual',
  },
  // Higher education
  {
    code: 'HE-SMS',
    codeSource: 'beneficiary-module',
    name: 'Student mobility for studies',
    fields: ['higher_education'],
    actions: ['KA131'],
    targetGroup: 'learner',
    participation: 'individual',
  },
  {
    code: 'HE-SMT',
    codeSource: 'beneficiary-module',
    name: 'Student mobility for traineeships',
    fields: ['higher_education'],
    actions: ['KA131'],
    targetGroup: 'learner',
    participation: 'individual',
  },
  {
    code: 'HE-STA',
    codeSource: 'beneficiary-module',
    name: 'Staff mobility for teaching',
    fields: ['higher_education'],
    actions: ['KA131'],
    targetGroup: 'staff',
    participation: 'individual',
  },
  {
    code: 'HE-STT',
    codeSource: 'beneficiary-module',
    name: 'Staff mobility for training',
    fields: ['higher_education'],
    actions: ['KA131'],
    targetGroup: 'staff',
    participation: 'individual',
  },
  {
    code: 'HE-BIP',
    codeSource: 'beneficiary-module',
    name: 'Blended intensive programme',
    fields: ['higher_education'],
    actions: ['KA131'],
    targetGroup: 'learner',
    participation: 'individual',
  },
  // Youth
  {
    code: 'MOB-YE',
    codeSource: 'mobilis',
    name: 'Youth exchange',
    fields: ['youth'],
    actions: ['KA151', 'KA152'],
    targetGroup: 'learner',
    participation: 'group',
  },
  {
    code: 'MOB-YW',
    codeSource: 'mobilis',
    name: "Youth workers' mobility (professional development activity)",
    fields: ['youth'],
    actions: ['KA151', 'KA153'],
    targetGroup: 'staff',
    participation: 'individual',
  },
  {
    code: 'MOB-YPA',
    codeSource: 'mobilis',
    name: 'Youth participation activity',
    fields: ['youth'],
    actions: ['KA151', 'KA154'],
    targetGroup: 'learner',
    participation: 'either',
  },
  {
    code: 'MOB-DEU-INC',
    codeSource: 'mobilis',
    name: 'DiscoverEU Inclusion Action',
    fields: ['youth'],
    actions: ['KA155'],
    targetGroup: 'learner',
    participation: 'either',
  },
] as const satisfies readonly ActivityTypeDefinition[];

export type ActivityType = (typeof activityTypes)[number];
export type ActivityTypeCode = ActivityType['code'];

export const activityTypeCodes = activityTypes.map((type) => type.code) as [
  ActivityTypeCode,
  ...ActivityTypeCode[],
];
export const ActivityTypeCodeSchema = oneOf('Activity type', activityTypeCodes);

const byCode = new Map<string, ActivityType>(activityTypes.map((type) => [type.code, type]));

export function activityTypeByCode(code: ActivityTypeCode): ActivityType {
  const type = byCode.get(code);
  if (!type) throw new RangeError(`Unknown activity type: ${code}`);
  return type;
}

export function activityTypesFor(action: ActionType, field: ProgrammeField): ActivityType[] {
  return activityTypes.filter(
    (type) =>
      (type.actions as readonly ActionType[]).includes(action) &&
      (type.fields as readonly ProgrammeField[]).includes(field),
  );
}
