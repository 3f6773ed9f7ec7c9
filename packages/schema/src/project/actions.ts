import { oneOf } from '../fields.js';

// Fields and Key Action 1 actions (Erasmus+ Programme Guide 2025, Part B, "Key Action 1").

export const programmeFields = {
  school_education: { code: 'SCH', name: 'School education' },
  vet: { code: 'VET', name: 'Vocational education and training' },
  higher_education: { code: 'HED', name: 'Higher education' },
  adult_education: { code: 'ADU', name: 'Adult education' },
  youth: { code: 'YOU', name: 'Youth' },
} as const;

export type ProgrammeField = keyof typeof programmeFields;
export type ProgrammeFieldCode = (typeof programmeFields)[ProgrammeField]['code'];

export const programmeFieldValues = Object.keys(programmeFields) as [ProgrammeField, ...ProgrammeField[]];
export const ProgrammeFieldSchema = oneOf('Field', programmeFieldValues);

export function fieldByCode(code: string): ProgrammeField | undefined {
  return programmeFieldValues.find((field) => programmeFields[field].code === code);
}

/** `consortium`: whether the project may have consortium members besides the beneficiary. */
export const actionTypes = {
  KA121: {
    name: 'Accredited projects for mobility of learners and staff',
    fields: ['school_education', 'vet', 'adult_education'],
    consortium: true,
  },
  KA122: {
    name: 'Short-term projects for mobility of learners and staff',
    fields: ['school_education', 'vet', 'adult_education'],
    consortium: false,
  },
  KA131: {
    name: 'Mobility of higher education students and staff',
    fields: ['higher_education'],
    consortium: true,
  },
  KA151: {
    name: 'Accredited projects for mobility of young people and youth workers',
    fields: ['youth'],
    consortium: true,
  },
  KA152: {
    name: 'Mobility projects for young people: youth exchanges',
    fields: ['youth'],
    consortium: false,
  },
  KA153: { name: 'Mobility projects for youth workers', fields: ['youth'], consortium: false },
  KA154: { name: 'Youth participation activities', fields: ['youth'], consortium: false },
  KA155: { name: 'DiscoverEU Inclusion Action', fields: ['youth'], consortium: false },
} as const satisfies Record<string, { name: string; fields: readonly ProgrammeField[]; consortium: boolean }>;

export type ActionType = keyof typeof actionTypes;
export const actionTypeValues = Object.keys(actionTypes) as [ActionType, ...ActionType[]];
export const ActionTypeSchema = oneOf('Action type', actionTypeValues);

export function actionAllowsField(action: ActionType, field: ProgrammeField): boolean {
  return (actionTypes[action].fields as readonly ProgrammeField[]).includes(field);
}
