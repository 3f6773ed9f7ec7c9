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
