import ISO6391 from 'iso-639-1';
import { z } from 'zod';
import { requiredOr } from '../fields.js';

export interface Language {
  /** ISO 639-1 code. */
  code: string;
  name: string;
  nativeName: string;
}

/** The 24 official languages of the EU (codes only; names come from iso-639-1). */
const euOfficialCodes = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

export type EuLanguageCode = (typeof euOfficialCodes)[number];

export const euOfficialLanguages: readonly Language[] = ISO6391.getLanguages([...euOfficialCodes]);

/** Every ISO 639-1 language, for fields such as a participant's preferred survey language. */
export const languages: readonly Language[] = ISO6391.getLanguages(ISO6391.getAllCodes());

/** A language field: ISO 639-1, accepted in any case and stored lower-case. */
export function languageCode(label: string) {
  return z
    .string({ error: requiredOr(label, 'must be text') })
    .trim()
    .toLowerCase()
    .refine((code) => ISO6391.validate(code), `${label} must be an ISO 639-1 language code, e.g. en or de`);
}

export const LanguageCodeSchema = languageCode('Language');

export const EuLanguageCodeSchema = z.enum(euOfficialCodes, {
  error: 'Language must be one of the 24 official EU languages, as an ISO 639-1 code (e.g. de)',
});
