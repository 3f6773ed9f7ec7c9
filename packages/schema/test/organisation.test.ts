import { describe, expect, it } from 'vitest';
import {
  ErasmusCodeSchema,
  OrganisationCreateSchema,
  OrganisationSchema,
  OrganisationUpdateSchema,
} from '../src/index.js';
import { expectIssue, uuid } from './helpers.js';

const valid = {
  id: uuid(10),
  legalName: 'Freie Universität Berlin',
  oid: 'E10209487',
  erasmusCode: 'D  BERLIN01',
  country: 'DE',
  city: 'Berlin',
  type: 'higher_education_institution',
};

describe('OrganisationSchema', () => {
  it('accepts a valid organisation', () => {
    expect(OrganisationSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['oid', 'E1234567', /OID must be E followed by 8 digits, e.g. E10123456/],
    ['oid', '10123456', /OID must be E followed by 8 digits/],
    ['legalName', '', /Legal name must not be empty/],
    ['country', 'Germany', /Country must be an ISO 3166-1 alpha-2 country code/],
    ['city', undefined, /City is required/],
    ['type', 'university', /Organisation type must be one of: school, vet_provider/],
    ['erasmusCode', 'BERLIN', /Erasmus code must be the country letters, a city code and a 2-3 digit number/],
  ])('rejects an invalid %s, naming the field and saying why', (field, value, message) => {
    expectIssue(OrganisationSchema, { ...valid, [field]: value }, field, message);
  });

  it('keeps Erasmus codes to higher education institutions', () => {
    expectIssue(
      OrganisationSchema,
      { ...valid, type: 'school' },
      'erasmusCode',
      /Erasmus code is only for higher education institutions/,
    );
    expect(OrganisationSchema.parse({ ...valid, type: 'school', erasmusCode: null }).erasmusCode).toBeNull();
  });

  it('accepts an OID in lower case and stores it upper case', () => {
    expect(OrganisationSchema.parse({ ...valid, oid: 'e10209487' }).oid).toBe('E10209487');
  });
});

describe('ErasmusCodeSchema', () => {
  it.each([
    ['D  BERLIN01', 'D  BERLIN01'],
    ['D BERLIN01', 'D  BERLIN01'],
    ['d berlin01', 'D  BERLIN01'],
    ['F  PARIS001', 'F  PARIS001'],
    ['UK LONDON029', 'UK LONDON029'],
    ['IRLDUBLIN01', 'IRLDUBLIN01'],
    ['E  LAS-PAL01', 'E  LAS-PAL01'],
    ['LUXLUX-VIL01', 'LUXLUX-VIL01'],
  ])('accepts %j as %j', (input, stored) => {
    expect(ErasmusCodeSchema.parse(input)).toBe(stored);
  });

  it.each(['BERLIN01', 'D  BERLIN', 'D  BERLIN1', 'D  BERLIN0001', 'D1 BERLIN01', ''])(
    'rejects %j',
    (input) => {
      expect(ErasmusCodeSchema.safeParse(input).success).toBe(false);
    },
  );
});

describe('Organisation create and update', () => {
  it('creates without an id', () => {
    const { id: _, ...input } = valid;
    expect(OrganisationCreateSchema.parse(input)).toEqual(input);
  });

  it('updates with an id and the changed fields', () => {
    expect(OrganisationUpdateSchema.parse({ id: uuid(10), city: 'Potsdam' })).toEqual({
      id: uuid(10),
      city: 'Potsdam',
    });
    expectIssue(
      OrganisationUpdateSchema,
      { id: uuid(10), oid: 'X' },
      'oid',
      /OID must be E followed by 8 digits/,
    );
  });
});
