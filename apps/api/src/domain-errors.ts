/** Errors the domain raises, free of any transport; one tRPC middleware maps them to error codes. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
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
