import { type DistanceBandCode, distanceBands } from '../geo.js';
import { activityTypes } from '../mobility/activity-types.js';
import { countries } from '../reference/countries.js';

// Cell values as spreadsheets write them, read into the values the schemas validate, and written back the way
// the Beneficiary Module reads them. A reader returns `undefined` for an empty cell and leaves text it does not
// recognise as it is, so that the schema's own message says what is allowed.

/** Lower-case, accents and every character but letters and digits removed: for headers and names. */
export function looseKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function readText(cell: string | undefined): string | undefined {
  const value = cell?.trim();
  return value ? value : undefined;
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug included), so serial 45658 is 2025-01-01.
const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 24 * 60 * 60 * 1000;

const monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > (monthDays[month - 1] ?? 0))
    return undefined;
  if (month === 2 && day === 29 && !isLeapYear(year)) return undefined;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * A date as YYYY-MM-DD. Accepts YYYY-MM-DD (with an optional time), DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY and an
 * Excel serial day number. An impossible date (31/02/2027) stays as typed, so the schema rejects it.
 */
export function readDate(cell: string | undefined): string | undefined {
  const value = readText(cell);
  if (value === undefined) return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? value;
  const european = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (european) return isoOf(Number(european[3]), Number(european[2]), Number(european[1])) ?? value;
  if (/^\d{4,5}(?:\.\d+)?$/.test(value)) {
    const serial = Math.floor(Number(value));
    if (serial > 0) return new Date(excelEpochMs + serial * dayMs).toISOString().slice(0, 10);
  }
  return value;
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'oui', 'si', 'sim']);
const no = new Set(['no', 'n', 'false', '0', 'nein', 'non', 'nao']);

/** Yes/No as a boolean; anything else stays as typed for the schema to reject. */
export function readYesNo(cell: string | undefined): boolean | string | undefined {
  const value = readText(cell);
  if (value === undefined) return undefined;
  const key = looseKey(value);
  if (yes.has(key)) return true;
  if (no.has(key)) return false;
  return value;
}

export function writeYesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

export function readWholeNumber(cell: string | undefined): number | string | undefined {
  const value = readText(cell);
  if (value === undefined) return undefined;
  return /^-?\d+(?:\.0+)?$/.test(value) ? Number(value) : value;
}

const countryByName = new Map(countries.map((country) => [looseKey(country.name), country.code]));
// Short names people write that are not the official English names.
const countryAliases: Record<string, string> = {
  czechrepublic: 'CZ',
  czechia: 'CZ',
  netherlands: 'NL',
  turkey: 'TR',
  turkiye: 'TR',
  northmacedonia: 'MK',
  unitedkingdom: 'GB',
  uk: 'GB',
  greece: 'GR',
  el: 'GR',
};

/** An ISO 3166-1 alpha-2 code from a code or an English name; unknown text stays as typed. */
export function readCountry(cell: string | undefined): string | undefined {
  const value = readText(cell);
  if (value === undefined) return undefined;
  if (/^[a-z]{2}$/i.test(value)) return value.toUpperCase();
  const key = looseKey(value);
  return countryAliases[key] ?? countryByName.get(key) ?? value;
}

const activityTypeCodes: ReadonlySet<string> = new Set(activityTypes.map((type) => type.code));
const activityTypeByKey = new Map(
  activityTypes.flatMap((type) => [
    [looseKey(type.code), type.code],
    [looseKey(type.name), type.code],
  ]),
);

/** An activity type code from its code or its name. */
export function readActivityType(cell: string | undefined): string | undefined {
  const value = readText(cell);
  if (value === undefined || activityTypeCodes.has(value)) return value;
  return activityTypeByKey.get(looseKey(value)) ?? value;
}

const genderByKey: Record<string, string> = {
  female: 'female',
  f: 'female',
  woman: 'female',
  male: 'male',
  m: 'male',
  man: 'male',
  nonbinary: 'non_binary',
  other: 'non_binary',
  x: 'non_binary',
  undisclosed: 'undisclosed',
  undefined: 'undisclosed',
  prefernottosay: 'undisclosed',
};

export function readGender(cell: string | undefined): string | undefined {
  const value = readText(cell);
  if (value === undefined) return undefined;
  return genderByKey[looseKey(value)] ?? value;
}

/** A code written with spaces or dashes instead of underscores, in any case (“Car sharing” → car_sharing). */
export function readCode(cell: string | undefined): string | undefined {
  const value = readText(cell);
  return value?.toLowerCase().replace(/[\s-]+/g, '_');
}

/** A list separated by commas or semicolons; empty gives an empty list. */
export function readList(cell: string | undefined): string[] {
  return (readText(cell) ?? '')
    .split(/[;,]/)
    .map((item) => readCode(item))
    .filter((item): item is string => item !== undefined);
}

/** The band as the Beneficiary Module writes it, e.g. "Between 500 and 1999 KM". */
export function writeDistanceBand(code: string): string {
  const band = distanceBands.find((candidate) => candidate.code === code);
  if (!band) return code;
  return Number.isFinite(band.belowKm)
    ? `Between ${band.minKm} and ${band.belowKm - 1} KM`
    : `${band.minKm} KM or more`;
}

/** A band code from "Between 500 and 1999 KM", "500-1999" or "8000 KM or more"; undefined when unrecognised. */
export function readDistanceBand(cell: string | undefined): DistanceBandCode | undefined {
  const value = readText(cell);
  const lowest = value && /\d+/.exec(value.replace(/[\s.,](?=\d{3}\b)/g, ''));
  if (!lowest) return undefined;
  return distanceBands.find((band) => band.minKm === Number(lowest[0]))?.code;
}

const genderWords: Record<string, string> = {
  female: 'Female',
  male: 'Male',
  non_binary: 'Non-binary',
  undisclosed: 'Undefined',
};

/** The gender as a word the Beneficiary Module and people read; `readGender` reads it back. */
export function writeGender(gender: string): string {
  return genderWords[gender] ?? gender;
}
