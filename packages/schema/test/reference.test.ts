import { describe, expect, it } from 'vitest';
import {
  CefrLevelSchema,
  CountryCodeSchema,
  countries,
  countryByCode,
  EqfLevelSchema,
  EuLanguageCodeSchema,
  euOfficialLanguages,
  IscedBroadFieldSchema,
  iscedBroadFields,
  isProgrammeCountry,
  LanguageCodeSchema,
} from '../src/index.js';
import { expectIssue } from './helpers.js';

describe('countries', () => {
  it('lists ISO 3166-1 countries with English names', () => {
    expect(countries.length).toBeGreaterThan(240);
    expect(countryByCode('DE')?.name).toBe('Germany');
    expect(countryByCode('fr')?.code).toBe('FR');
  });

  it('flags the EU-27 and the Erasmus+ programme countries', () => {
    expect(countries.filter((country) => country.euMember)).toHaveLength(27);
    expect(
      countries
        .filter((country) => country.programmeCountry && !country.euMember)
        .map((country) => country.code)
        .sort(),
    ).toEqual(['IS', 'LI', 'MK', 'NO', 'RS', 'TR']);
    expect(isProgrammeCountry('NO')).toBe(true);
    expect(isProgrammeCountry('CH')).toBe(false);
  });

  it('validates country codes, naming the field', () => {
    expect(CountryCodeSchema.parse('de')).toBe('DE');
    expectIssue(CountryCodeSchema, 'ZZ', '', /Country must be an ISO 3166-1 alpha-2 country code/);
  });
});

describe('languages', () => {
  it('lists the 24 official EU languages with names', () => {
    expect(euOfficialLanguages).toHaveLength(24);
    expect(euOfficialLanguages.find((language) => language.code === 'ga')?.name).toBe('Irish');
    expect(euOfficialLanguages.every((language) => language.name.length > 0)).toBe(true);
  });

  it('validates language codes', () => {
    expect(LanguageCodeSchema.parse('NO')).toBe('no');
    expect(EuLanguageCodeSchema.parse('mt')).toBe('mt');
    expect(EuLanguageCodeSchema.safeParse('no').success).toBe(false);
    expectIssue(LanguageCodeSchema, 'zz', '', /Language must be an ISO 639-1 language code/);
  });
});

describe('levels and fields', () => {
  it('has the ISCED-F broad fields 00 to 10', () => {
    expect(iscedBroadFields.map((field) => field.code)).toEqual([
      '00',
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
    ]);
    expect(IscedBroadFieldSchema.safeParse('11').success).toBe(false);
  });

  it('has EQF levels 1 to 8 and CEFR levels A1 to C2', () => {
    expect(EqfLevelSchema.parse(8)).toBe(8);
    expectIssue(EqfLevelSchema, 9, '', /EQF level must be a whole number from 1 to 8/);
    expect(CefrLevelSchema.parse('B2')).toBe('B2');
    expectIssue(CefrLevelSchema, 'B3', '', /CEFR level must be one of A1, A2, B1, B2, C1, C2/);
  });
});
