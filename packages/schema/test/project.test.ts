import { describe, expect, it } from 'vitest';
import {
  activityTypesFor,
  ProjectCreateSchema,
  ProjectSchema,
  ProjectUpdateSchema,
  parseGrantAgreementNumber,
} from '../src/index.js';
import { expectIssue, uuid } from './helpers.js';

describe('parseGrantAgreementNumber', () => {
  it('returns the parts of a grant agreement number', () => {
    expect(parseGrantAgreementNumber('2024-1-DE02-KA122-SCH-000123456')).toEqual({
      callYear: 2024,
      round: 1,
      nationalAgency: 'DE02',
      action: 'KA122',
      field: 'school_education',
      serial: '000123456',
    });
    expect(parseGrantAgreementNumber(' 2023-2-fr01-ka131-hed-000987654 ')?.field).toBe('higher_education');
  });

  it.each([
    '2024-1-DE02-KA122-SCH-12345',
    '2024-1-DE02-KA220-SCH-000123456',
    '2024-1-DE02-KA122-XYZ-000123456',
    '24-1-DE02-KA122-SCH-000123456',
    '2024-1-D02-KA122-SCH-000123456',
    '',
  ])('returns null for %j', (input) => {
    expect(parseGrantAgreementNumber(input)).toBeNull();
  });
});

const valid = {
  id: uuid(20),
  grantAgreementNumber: '2024-1-DE02-KA121-VET-000123456',
  title: 'Apprentices abroad 2024',
  actionType: 'KA121',
  field: 'vet',
  startDate: '2024-06-01',
  endDate: '2025-08-31',
  beneficiaryOrganisationId: uuid(1),
  consortiumMemberIds: [uuid(2), uuid(3)],
};

describe('ProjectSchema', () => {
  it('accepts a valid project', () => {
    expect(ProjectSchema.parse(valid)).toEqual(valid);
  });

  it('rejects a malformed grant agreement number, saying what it should look like', () => {
    expectIssue(
      ProjectSchema,
      { ...valid, grantAgreementNumber: '2024-DE02-KA121' },
      'grantAgreementNumber',
      /Grant agreement number must look like 2024-1-DE02-KA122-SCH-000123456/,
    );
  });

  it('checks that the action type agrees with the number', () => {
    expectIssue(
      ProjectSchema,
      { ...valid, actionType: 'KA122', consortiumMemberIds: [] },
      'actionType',
      /Action type KA122 does not match the grant agreement number, which is for KA121/,
    );
  });

  it('checks that the field agrees with the number and the action', () => {
    expectIssue(
      ProjectSchema,
      { ...valid, field: 'school_education' },
      'field',
      /does not match the grant agreement number/,
    );
    expectIssue(
      ProjectSchema,
      { ...valid, grantAgreementNumber: '2024-1-DE02-KA121-HED-000123456', field: 'higher_education' },
      'field',
      /Field Higher education is not part of KA121/,
    );
  });

  it('rejects an end date before the start date', () => {
    expectIssue(
      ProjectSchema,
      { ...valid, endDate: '2024-05-31' },
      'endDate',
      /End date must not be before the start date/,
    );
  });

  it('allows consortium members only for KA121, KA131 and KA151', () => {
    expectIssue(
      ProjectSchema,
      { ...valid, grantAgreementNumber: '2024-1-DE02-KA122-VET-000123456', actionType: 'KA122' },
      'consortiumMemberIds',
      /Consortium members are only allowed for KA121, KA131 and KA151 projects, not KA122/,
    );
    expectIssue(
      ProjectSchema,
      { ...valid, consortiumMemberIds: [uuid(1)] },
      'consortiumMemberIds',
      /must not include the beneficiary/,
    );
  });

  it('names required fields', () => {
    expectIssue(
      ProjectSchema,
      { ...valid, beneficiaryOrganisationId: undefined },
      'beneficiaryOrganisationId',
      /Beneficiary organisation is required/,
    );
    expectIssue(
      ProjectSchema,
      { ...valid, actionType: 'KA999' },
      'actionType',
      /Action type must be one of: KA121/,
    );
  });
});

describe('Project create and update', () => {
  it('creates without an id and with no consortium by default', () => {
    const { id: _, consortiumMemberIds: __, ...input } = valid;
    expect(ProjectCreateSchema.parse(input).consortiumMemberIds).toEqual([]);
  });

  it('updates with an id and the changed fields', () => {
    expect(ProjectUpdateSchema.parse({ id: uuid(20), endDate: '2025-12-31' })).toEqual({
      id: uuid(20),
      endDate: '2025-12-31',
    });
    expectIssue(
      ProjectUpdateSchema,
      { id: uuid(20), startDate: '2025-01-01', endDate: '2024-01-01' },
      'endDate',
      /before the start date/,
    );
  });
});

describe('activity types by action and field', () => {
  it('lists the activities of a project', () => {
    expect(activityTypesFor('KA122', 'school_education').map((type) => type.code)).toEqual([
      'SM-JOB-SHDW',
      'SM-TTA',
      'SM-COUR-TRAIN',
      'LM-GRP-PUPIL',
      'LM-SHORT-PUPIL',
      'LM-LONG-PUPILS',
      'OA-INV-EXP',
      'OA-HOS-TTT',
    ]);
    expect(activityTypesFor('KA131', 'higher_education')).toHaveLength(5);
    expect(activityTypesFor('KA152', 'youth').map((type) => type.code)).toEqual(['MOB-YE']);
    expect(activityTypesFor('KA131', 'vet')).toEqual([]);
  });
});
