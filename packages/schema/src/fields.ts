import { z } from 'zod';

// Field builders shared by every schema, so each message names the field and says why in plain English.
// `label` is the field as a person reads it, e.g. "Given name".

export function requiredOr(label: string, why: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `${label} is required` : `${label} ${why}`;
}

const nul = String.fromCharCode(0);
const unpairedSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text PostgreSQL can store: no NUL character, and no half of a UTF-16 surrogate pair (neither has a UTF-8 form), so
 * that such input is refused with the field's name instead of failing in the database.
 */
export function storable<T extends z.ZodType<string>>(label: string, schema: T) {
  return schema.refine((value) => !value.includes(nul) && !unpairedSurrogate.test(value), {
    error: `${label} must not contain a NUL character or a broken character (half of a surrogate pair)`,
  });
}

/** A value as a message may quote it: a NUL shown as ␀ and half a surrogate pair as �, so the message can be stored. */
export function quotable(value: string): string {
  return value.replaceAll(nul, '\u2400').replace(new RegExp(unpairedSurrogate.source, 'g'), '\uFFFD');
}

export function text(label: string, { min = 1, max = 200 }: { min?: number; max?: number } = {}) {
  return storable(
    label,
    z
      .string({ error: requiredOr(label, 'must be text') })
      .trim()
      .min(min, min === 1 ? `${label} must not be empty` : `${label} must be at least ${min} characters`)
      .max(max, `${label} must be at most ${max} characters`),
  );
}

export function id(label: string) {
  return z.uuid({ error: requiredOr(label, 'must be an id (a UUID)') });
}

/** Years a date of this domain can fall in (birth dates included); PostgreSQL refuses year 0. */
export const dateYears = { min: 1900, max: 2199 } as const;

export function isoDate(label: string) {
  return z.iso
    .date({
      error: requiredOr(label, 'must be a calendar date written YYYY-MM-DD, e.g. 2025-09-01'),
    })
    .refine(
      (value) => {
        const year = Number(value.slice(0, 4));
        return year >= dateYears.min && year <= dateYears.max;
      },
      { error: `${label} must fall between the years ${dateYears.min} and ${dateYears.max}` },
    );
}

export function email(label: string) {
  return z.email({ error: requiredOr(label, 'must be an email address, e.g. ana@example.org') });
}

export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: requiredOr(label, `must be one of: ${values.join(', ')}`) });
}

export function flag(label: string) {
  return z.boolean({ error: requiredOr(label, 'must be true or false') });
}

export function wholeNumber(label: string, { min, max }: { min: number; max: number }) {
  return z
    .number({ error: requiredOr(label, 'must be a number') })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);
}

/** Lists are unique by value: a repeated entry is almost always a mistake in a form. */
export function uniqueList<T extends z.ZodType<string>>(label: string, item: T) {
  return z
    .array(item, { error: requiredOr(label, 'must be a list') })
    .refine((values) => new Set(values).size === values.length, `${label} must not contain duplicates`);
}
