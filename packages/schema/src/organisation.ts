import { z } from 'zod';
import { id, oneOf, requiredOr, text } from './fields.js';
import { countryCode } from './reference/countries.js';

export const organisationTypes = [
  'school',
  'vet_provider',
  'higher_education_institution',
  'adult_education_provider',
  'youth_organisation',
  'public_body',
  'ngo',
  'company',
  'other',
] as const;
export const OrganisationTypeSchema = oneOf('Organisation type', organisationTypes);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;

/** Organisation ID in the EU's Organisation Registration System. */
export const OidSchema = z
  .string({ error: requiredOr('OID', 'must be text') })
  .trim()
  .toUpperCase()
  .regex(/^E\d{8}$/, 'OID must be E followed by 8 digits, e.g. E10123456');

// An Erasmus code is the country letters padded with spaces to 3 characters, a city code, and a 2-3 digit number:
// "D  BERLIN01", "F  PARIS001", "UK LONDON029", "IRLDUBLIN01". People type the spaces loosely, so any spacing is
// accepted and the code is stored in its padded form. Only the 3-letter prefixes (IRL, LUX) can go without a space:
// otherwise "BERLIN01" would read as country "BER".
const erasmusCodePattern = /^(?:([A-Z]{1,3})\s+|(IRL|LUX))([A-Z][A-Z-]{0,7})(\d{2,3})$/;

export const ErasmusCodeSchema = z
  .string({ error: 'Erasmus code must be text' })
  .trim()
  .toUpperCase()
  .regex(
    erasmusCodePattern,
    'Erasmus code must be the country letters, a city code and a 2-3 digit number, e.g. "D  BERLIN01" or "F  PARIS001"',
  )
  .transform((code) => {
    const [, shortCountry, longCountry, city, number] = erasmusCodePattern.exec(code) ?? [];
    return `${(shortCountry ?? longCountry ?? '').padEnd(3, ' ')}${city}${number}`;
  });

const fields = {
  legalName: text('Legal name', { max: 300 }),
  oid: OidSchema,
  /** Only higher-education institutions holding the Erasmus Charter have one. */
  erasmusCode: ErasmusCodeSchema.nullish(),
  country: countryCode('Country'),
  city: text('City', { max: 100 }),
  type: OrganisationTypeSchema,
};

function checkOrganisation(
  value: { erasmusCode?: string | null | undefined; type?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.erasmusCode && value.type !== undefined && value.type !== 'higher_education_institution') {
    ctx.addIssue({
      code: 'custom',
      path: ['erasmusCode'],
      message: 'Erasmus code is only for higher education institutions (set the organisation type first)',
    });
  }
}

export const OrganisationSchema = z
  .object({ id: id('Organisation id'), ...fields })
  .superRefine(checkOrganisation);
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationCreateSchema = z.object(fields).superRefine(checkOrganisation);
export type OrganisationCreate = z.infer<typeof OrganisationCreateSchema>;

/** The fields a change may touch, without the id (the API takes the organisation from its scope). */
export const OrganisationChangesSchema = z.object(fields).partial().superRefine(checkOrganisation);
export type OrganisationChanges = z.infer<typeof OrganisationChangesSchema>;

export const OrganisationUpdateSchema = z
  .object(fields)
  .partial()
  .extend({ id: id('Organisation id') })
  .superRefine(checkOrganisation);
export type OrganisationUpdate = z.infer<typeof OrganisationUpdateSchema>;
