import { z } from 'zod';
import { email, flag, id, isoDate, oneOf, text, uniqueList } from '../fields.js';
import { countryCode } from '../reference/countries.js';
import { languageCode } from '../reference/languages.js';
import { BarrierCategorySchema } from './fewer-opportunities.js';
import { ParticipantKindSchema } from './kinds.js';

export const genders = ['female', 'male', 'non_binary', 'undisclosed'] as const;
export const GenderSchema = oneOf('Gender', genders);

/**
 * European Student Identifier: `urn:schac:personalUniqueCode:int:esi:<scope>:<code>`, where the scope is a
 * two-letter country code or the domain of the institution that issued the code.
 */
const esiPattern =
  /^urn:schac:personalUniqueCode:int:esi:(?:[a-z]{2}|[a-z0-9-]+(?:\.[a-z0-9-]+)+):[a-z0-9][a-z0-9._~+-]*$/i;

export const EsiSchema = z
  .string({ error: 'ESI must be text' })
  .trim()
  .regex(
    esiPattern,
    'ESI must look like urn:schac:personalUniqueCode:int:esi:<country or institution domain>:<code>, e.g. urn:schac:personalUniqueCode:int:esi:es:12345678',
  );

const birthDate = isoDate('Birth date')
  .refine((date) => date >= '1900-01-01', 'Birth date must be on or after 1900-01-01')
  .refine((date) => date <= new Date().toISOString().slice(0, 10), 'Birth date must not be in the future');

const fields = {
  givenName: text('Given name', { max: 100 }),
  familyName: text('Family name', { max: 100 }),
  /** Needed for survey invitations; optional because young pupils may have none. */
  email: email('Email').nullish(),
  birthDate,
  gender: GenderSchema,
  /** ISO 3166-1 alpha-2. */
  nationality: countryCode('Nationality'),
  /** ISO 639-1: the language surveys are sent in. */
  preferredLanguage: languageCode('Preferred language'),
  kind: ParticipantKindSchema,
  fewerOpportunities: flag('Fewer opportunities'),
  barriers: uniqueList('Barriers', BarrierCategorySchema),
  /** European Student Identifier, for higher-education students. */
  esi: EsiSchema.nullish(),
};

type Checked = {
  fewerOpportunities?: boolean | undefined;
  barriers?: readonly string[] | undefined;
  kind?: string | undefined;
  esi?: string | null | undefined;
};

// Works on partial input too: a rule is checked only when the fields it compares are present.
function checkParticipant(value: Checked, ctx: z.RefinementCtx) {
  if (value.fewerOpportunities === false && (value.barriers?.length ?? 0) > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['barriers'],
      message:
        'Barriers can only be given for a participant with fewer opportunities: set fewerOpportunities first',
    });
  }
  if (value.esi && value.kind !== undefined && value.kind !== 'student') {
    ctx.addIssue({
      code: 'custom',
      path: ['esi'],
      message: 'ESI (European Student Identifier) is only for participants of kind student',
    });
  }
}

export const ParticipantSchema = z
  .object({ id: id('Participant id'), ...fields })
  .superRefine(checkParticipant);
export type Participant = z.infer<typeof ParticipantSchema>;

export const ParticipantCreateSchema = z
  .object({
    ...fields,
    preferredLanguage: fields.preferredLanguage.default('en'),
    fewerOpportunities: fields.fewerOpportunities.default(false),
    barriers: fields.barriers.default([]),
  })
  .superRefine(checkParticipant);
export type ParticipantCreate = z.infer<typeof ParticipantCreateSchema>;
export type ParticipantCreateInput = z.input<typeof ParticipantCreateSchema>;

/**
 * Only the fields given change. Rules that compare two fields run when both are in the update; the API should
 * also re-check the merged record with `ParticipantSchema`.
 */
export const ParticipantUpdateSchema = z
  .object(fields)
  .partial()
  .extend({ id: id('Participant id') })
  .superRefine(checkParticipant);
export type ParticipantUpdate = z.infer<typeof ParticipantUpdateSchema>;
