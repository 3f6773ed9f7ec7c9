import countriesLib from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { z } from 'zod';
import { requiredOr } from '../fields.js';

// The list and the English names come from i18n-iso-countries; only the EU and programme memberships are ours.
countriesLib.registerLocale(en);

/** EU member states (EU-27). */
const euMembers = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/** Third countries associated to the Programme (Erasmus+ Programme Guide, Part A, "Eligible countries"). */
const associatedCountries = new Set(['IS', 'LI', 'NO', 'MK', 'RS', 'TR']);

export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  name: string;
  euMember: boolean;
  /** EU member state or third country associated to the Erasmus+ programme. */
  programmeCountry: boolean;
}

const names = countriesLib.getNames('en', { select: 'official' });

export const countries: readonly Country[] = Object.keys(countriesLib.getAlpha2Codes())
  .map((code) => ({
    code,
    name: names[code] ?? code,
    euMember: euMembers.has(code),
    programmeCountry: euMembers.has(code) || associatedCountries.has(code),
  }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const byCode = new Map(countries.map((country) => [country.code, country]));

export function countryByCode(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

export function isProgrammeCountry(code: string): boolean {
  return countryByCode(code)?.programmeCountry ?? false;
}

/** A country field: ISO 3166-1 alpha-2, accepted in any case and stored upper-case. */
export function countryCode(label: string) {
  return z
    .string({ error: requiredOr(label, 'must be text') })
    .trim()
    .toUpperCase()
    .refine((code) => byCode.has(code), `${label} must be an ISO 3166-1 alpha-2 country code, e.g. DE or FR`);
}

export const CountryCodeSchema = countryCode('Country');
export type CountryCode = z.infer<typeof CountryCodeSchema>;
