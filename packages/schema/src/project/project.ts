import { z } from 'zod';
import { id, isoDate, text, uniqueList } from '../fields.js';
import {
  type ActionType,
  ActionTypeSchema,
  actionAllowsField,
  actionTypes,
  type ProgrammeField,
  ProgrammeFieldSchema,
  programmeFields,
} from './actions.js';
import { GrantAgreementNumberSchema, parseGrantAgreementNumber } from './grant-agreement-number.js';

const fields = {
  grantAgreementNumber: GrantAgreementNumberSchema,
  title: text('Title', { max: 300 }).nullish(),
  actionType: ActionTypeSchema,
  field: ProgrammeFieldSchema,
  startDate: isoDate('Start date'),
  endDate: isoDate('End date'),
  beneficiaryOrganisationId: id('Beneficiary organisation'),
  /** Organisations in the beneficiary's consortium, for the actions that allow one (KA121, KA131, KA151). */
  consortiumMemberIds: uniqueList('Consortium members', id('Consortium member')),
};

type Checked = Partial<{
  grantAgreementNumber: string;
  actionType: ActionType;
  field: ProgrammeField;
  startDate: string;
  endDate: string;
  beneficiaryOrganisationId: string;
  consortiumMemberIds: readonly string[];
}>;

// Works on partial input too: a rule is checked only when the fields it compares are present.
function checkProject(value: Checked, ctx: z.RefinementCtx) {
  const { actionType, field, consortiumMemberIds } = value;
  const number = value.grantAgreementNumber ? parseGrantAgreementNumber(value.grantAgreementNumber) : null;
  if (number && actionType && number.action !== actionType) {
    ctx.addIssue({
      code: 'custom',
      path: ['actionType'],
      message: `Action type ${actionType} does not match the grant agreement number, which is for ${number.action}`,
    });
  }
  if (number && field && number.field !== field) {
    ctx.addIssue({
      code: 'custom',
      path: ['field'],
      message: `Field ${programmeFields[field].name} does not match the grant agreement number, which is for ${programmeFields[number.field].code}`,
    });
  }
  if (actionType && field && !actionAllowsField(actionType, field)) {
    ctx.addIssue({
      code: 'custom',
      path: ['field'],
      message: `Field ${programmeFields[field].name} is not part of ${actionType} (${actionTypes[actionType].name})`,
    });
  }
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'End date must not be before the start date',
    });
  }
  if (actionType && consortiumMemberIds?.length && !actionTypes[actionType].consortium) {
    ctx.addIssue({
      code: 'custom',
      path: ['consortiumMemberIds'],
      message: `Consortium members are only allowed for KA121, KA131 and KA151 projects, not ${actionType}`,
    });
  }
  if (value.beneficiaryOrganisationId && consortiumMemberIds?.includes(value.beneficiaryOrganisationId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['consortiumMemberIds'],
      message: 'Consortium members must not include the beneficiary organisation itself',
    });
  }
}

export const ProjectSchema = z.object({ id: id('Project id'), ...fields }).superRefine(checkProject);
export type Project = z.infer<typeof ProjectSchema>;

export const ProjectCreateSchema = z
  .object({ ...fields, consortiumMemberIds: fields.consortiumMemberIds.default([]) })
  .superRefine(checkProject);
export type ProjectCreate = z.infer<typeof ProjectCreateSchema>;
export type ProjectCreateInput = z.input<typeof ProjectCreateSchema>;

export const ProjectUpdateSchema = z
  .object(fields)
  .partial()
  .extend({ id: id('Project id') })
  .superRefine(checkProject);
export type ProjectUpdate = z.infer<typeof ProjectUpdateSchema>;
