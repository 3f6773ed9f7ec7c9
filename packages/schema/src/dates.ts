import { isoDate } from './fields.js';

// Dates are ISO calendar dates (YYYY-MM-DD) everywhere. Arithmetic runs on UTC day numbers,
// so no time zone or daylight-saving change can shift a date by one.

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export const IsoDateSchema = isoDate('Date');

const MS_PER_DAY = 86_400_000;

function parts(date: IsoDate): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(date: IsoDate): number {
  const [year, month, day] = parts(date);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  return new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Days from `from` to `to`, counting both ends: the same day is 1; `to` before `from` is 0. */
export function inclusiveDays(from: IsoDate, to: IsoDate): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/** Age in full years on `date`. Someone born on 29 February turns a year older on 1 March in other years. */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const [birthYear, birthMonth, birthDay] = parts(birthDate);
  const [year, month, day] = parts(date);
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}
