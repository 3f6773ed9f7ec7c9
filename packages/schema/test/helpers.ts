import { expect } from 'vitest';
import type { z } from 'zod';

/** A valid UUID (v4 layout) numbered n, for readable fixtures. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The issues of a failed parse as `path: message` lines, path dot-joined. */
export function issues(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  expect(result.success, 'expected the input to be rejected').toBe(false);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Asserts that parsing fails with an issue on `path` whose message matches `message`. */
export function expectIssue(schema: z.ZodType, input: unknown, path: string, message: RegExp) {
  const found = issues(schema, input);
  expect(
    found.some((line) => line.startsWith(`${path}: `) && message.test(line)),
    found.join('\n'),
  ).toBe(true);
}
