import { z } from 'zod';
import { requiredOr } from '../fields.js';
import {
  type ActionType,
  actionTypeValues,
  fieldByCode,
  type ProgrammeField,
  programmeFields,
} from './actions.js';

/** The parts of a 2021-2027 grant agreement number such as `2024-1-DE02-KA122-SCH-000123456`. */
export interface GrantAgreementNumber {
  callYear: number;
  /** Application round within the call year. */
  round: number;
  /** National agency: country letters and a two-digit number, e.g. DE02. */
  nationalAgency: string;
  action: ActionType;
  field: ProgrammeField;
  serial: string;
}

const fieldCodes = Object.values(programmeFields).map((field) => field.code);
const pattern = new RegExp(
  `^(20\\d{2})-([1-9])-([A-Z]{2}\\d{2})-(${actionTypeValues.join('|')})-(${fieldCodes.join('|')})-(\\d{9})$`,
);

/** Splits a grant agreement number into its parts; null when it does not have the programme's shape. */
export function parseGrantAgreementNumber(input: string): GrantAgreementNumber | null {
  const match = pattern.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [, callYear, round, nationalAgency, action, fieldCode, serial] = match;
  const field = fieldByCode(fieldCode ?? '');
  if (!field) return null;
  return {
    callYear: Number(callYear),
    round: Number(round),
    nationalAgency: nationalAgency ?? '',
    action: action as ActionType,
    field,
    serial: serial ?? '',
  };
}

export const GrantAgreementNumberSchema = z
  .string({ error: requiredOr('Grant agreement number', 'must be text') })
  .trim()
  .toUpperCase()
  .refine(
    (value) => parseGrantAgreementNumber(value) !== null,
    'Grant agreement number must look like 2024-1-DE02-KA122-SCH-000123456: call year, round, national agency, action (KA121-KA155), field (SCH, VET, HED, ADU or YOU) and a 9-digit serial',
  );
