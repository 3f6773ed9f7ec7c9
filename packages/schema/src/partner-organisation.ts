import { z } from 'zod';
import { id, text } from './fields.js';
import { ErasmusCodeSchema, OidSchema, OrganisationTypeSchema } from './organisation.js';
import { countryCode } from './reference/countries.js';

// An organisation's address book of the organisations its mobilities are sent from and hosted by: itself, its
// consortium members and its partners abroad. Partners are not Mobilis tenants, so the OID is optional.
const fields = {
  legalName: text('Legal name', { max: 300 }),
  oid: OidSchema.nullish(),
  erasmusCode: ErasmusCodeSchema.nullish(),
  country: countryCode('Country'),
  city: text('City', { max: 100 }),
  type: OrganisationTypeSchema,
};

export const PartnerOrganisationSchema = z.object({ id: id('Partner organisation id'), ...fields });
export type PartnerOrganisation = z.infer<typeof PartnerOrganisationSchema>;

export const PartnerOrganisationCreateSchema = z.object(fields);
export type PartnerOrganisationCreate = z.infer<typeof PartnerOrganisationCreateSchema>;

export const PartnerOrganisationUpdateSchema = z
  .object(fields)
  .partial()
  .extend({ id: id('Partner organisation id') });
export type PartnerOrganisationUpdate = z.infer<typeof PartnerOrganisationUpdateSchema>;
