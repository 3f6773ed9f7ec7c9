/** Errors the domain raises, free of any transport; one tRPC middleware maps them to error codes. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** Input that passed its schema but not a rule that needs the database (or the record's current state). */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(message);
  }
}

export class ConflictError extends Error {
  override name = 'ConflictError';
}

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

export class TooManyRequestsError extends Error {
  override name = 'TooManyRequestsError';
}

/** The PostgreSQL error code of a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
const unreachableMessages =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable/;

/**
 * Whether an error says the database cannot be reached just now (refused, dropped, shutting down or starting up),
 * rather than that the request was wrong: the caller may simply try again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && (unreachableCodes.has(code) || /^(08|57P0)/.test(code))) return true;
  if (typeof message === 'string' && unreachableMessages.test(message)) return true;
  // Node reports a refused connection to every address of a host as one AggregateError; a wrapped error keeps its
  // cause.
  if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  return 'cause' in error && error.cause !== error && isDatabaseUnavailable(error.cause);
}

export const databaseUnavailableMessage =
  'The database cannot be reached just now. Try again in a minute; what was not confirmed was not saved.';
