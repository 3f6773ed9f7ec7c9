import type { z } from 'zod';
import { ValidationError } from './domain-errors.js';

/** Keyset cursors travel as opaque base64url JSON of the last row's sort values. */
export function encodeCursor(values: unknown): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
  } catch {
    throw new ValidationError('This page link is out of date: go back to the first page', {
      cursor: ['Not a valid cursor'],
    });
  }
}

/** A page of a keyset list with the cursor to the next one, or null when this page is the last. */
export function keysetPage<Row>(
  { rows, total }: { rows: Row[]; total: number },
  limit: number,
  sortValuesOf: (row: Row) => unknown,
) {
  const last = rows.at(-1);
  return { rows, total, nextCursor: rows.length === limit && last ? encodeCursor(sortValuesOf(last)) : null };
}
