import type { AppRouter } from '@mobilis/api';
import { TRPCClientError } from '@trpc/client';
import type { ReactNode } from 'react';

const unreachable = 'The server could not be reached. Check your connection and try again.';

function serverError(error: unknown): TRPCClientError<AppRouter> | undefined {
  return error instanceof TRPCClientError ? (error as TRPCClientError<AppRouter>) : undefined;
}

/** The tRPC error code ("UNAUTHORIZED", "CONFLICT"…), or undefined when the server did not answer. */
export function errorCode(error: unknown): string | undefined {
  return serverError(error)?.data?.code;
}

/**
 * A message a person can act on. The server's messages are written for people (and it never sends stack
 * traces); anything without a tRPC answer, such as a dropped connection or a proxy's HTML page, gets a plain one.
 */
export function errorMessage(error: unknown): string {
  const trpcError = serverError(error);
  if (!trpcError?.data) return unreachable;
  return trpcError.message;
}

/** The server's reasons by field ("startDate" → messages), when it refused an input; undefined otherwise. */
export function fieldErrorsOf(error: unknown): Record<string, string[] | undefined> | undefined {
  return serverError(error)?.data?.fieldErrors;
}

interface FormLike {
  getValues(): object;
  setErrors(errors: Record<string, ReactNode>): void;
}

/**
 * Shows a failed submission: the server's field errors beside the form's fields, and returns what is left
 * to show above the form (null when every problem has a field).
 */
export function showServerError(form: FormLike, error: unknown): string | null {
  const fieldErrors = serverError(error)?.data?.fieldErrors;
  if (!fieldErrors) return errorMessage(error);
  const fields = new Set(Object.keys(form.getValues()));
  const beside: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const message = messages?.[0];
    if (!message) continue;
    // Nested fields ("origin.city", "participation.learnerIds") are shown beside the field they belong to.
    if (fields.has(path.split('.')[0] ?? path)) beside[path] = message;
    else elsewhere.push(message);
  }
  form.setErrors(beside);
  if (elsewhere.length > 0) return elsewhere.join(' ');
  return Object.keys(beside).length > 0 ? null : errorMessage(error);
}
