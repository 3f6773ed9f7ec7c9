import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import {
  ConflictError,
  databaseUnavailableMessage,
  ForbiddenError,
  isDatabaseUnavailable,
  isUniqueViolation,
  NotFoundError,
  TooManyRequestsError,
  ValidationError,
} from '../domain-errors.js';
import type { Context } from './context.js';
import { noteSessionWrite, type ReadKind, readFromReplicaOrPrimary } from './reads.js';
import { type OrganisationScope, organisationScope, requireAdministratorSecondStep } from './scope.js';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Never send a stack trace or SQL to the client, whatever NODE_ENV says.
    const { stack: _stack, ...data } = shape.data;
    const cause = error.code === 'BAD_REQUEST' ? error.cause : undefined;
    const fieldErrors =
      cause instanceof ZodError
        ? fieldErrorsOf(cause)
        : cause instanceof ValidationError
          ? cause.fieldErrors
          : undefined;
    return {
      ...shape,
      message: error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on the server.' : shape.message,
      data: { ...data, fieldErrors },
    };
  },
});

/** Zod issues keyed by their dotted path ("participation.learnerIds"), as the forms name their fields. */
function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps domain errors to tRPC codes, so handlers and repositories stay free of transport concerns. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  const mapped =
    cause instanceof ZodError || cause instanceof ValidationError
      ? 'BAD_REQUEST'
      : cause instanceof NotFoundError
        ? 'NOT_FOUND'
        : cause instanceof ConflictError || isUniqueViolation(cause)
          ? 'CONFLICT'
          : cause instanceof ForbiddenError
            ? 'FORBIDDEN'
            : cause instanceof TooManyRequestsError
              ? 'TOO_MANY_REQUESTS'
              : isDatabaseUnavailable(cause)
                ? 'SERVICE_UNAVAILABLE'
                : undefined;
  if (!mapped) return result;
  const message =
    cause instanceof ZodError
      ? 'Some fields are not valid'
      : isUniqueViolation(cause)
        ? 'A record with this value exists already'
        : mapped === 'SERVICE_UNAVAILABLE'
          ? databaseUnavailableMessage
          : (cause as Error).message;
  throw new TRPCError({ code: mapped, message, cause });
});

/** Open to everyone, signed in or not. */
export const publicProcedure = t.procedure.use(domainErrors);

/**
 * What an administrator signed in with the password alone may still do where administrators need a second step:
 * see who they are, set the second step up, sign out. Everything else waits, so that no procedure can forget it.
 */
const beforeAdministratorsSecondStep = new Set([
  'auth.me',
  'auth.logout',
  'secondFactor.status',
  'secondFactor.startAuthenticator',
  'secondFactor.confirmAuthenticator',
  'secondFactor.passkeyOptions',
  'secondFactor.addPasskey',
]);

/** Signed-in users. Their writes are noted for read-your-own-writes on a replica (reads.ts). */
export const authedProcedure = publicProcedure.use(async ({ ctx, path, type, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in' });
  if (!beforeAdministratorsSecondStep.has(path))
    requireAdministratorSecondStep(ctx.user, ctx.services.config);
  const result = await next({ ctx: { user: ctx.user } });
  if (type === 'mutation' && result.ok) await noteSessionWrite(ctx);
  return result;
});

/**
 * Runs the procedure on `db`. On the replica, a failure because it could not be reached is thrown rather than
 * answered, so that readFromReplicaOrPrimary asks the primary instead.
 */
async function readOn<R extends { ok: boolean }>(
  ctx: Context,
  db: Context['db'],
  next: (options: { ctx: { db: Context['db'] } }) => Promise<R>,
): Promise<R> {
  const result = await next({ ctx: { db } });
  const error = (result as { error?: unknown }).error;
  if (!result.ok && db === ctx.services.database.replica && isDatabaseUnavailable(error)) throw error;
  return result;
}

/**
 * Lists and analytics read from the replica where there is one and it has the caller's latest write; analytics in a
 * read-only transaction with their planner settings (reads.ts).
 */
const readsAs = (kind: ReadKind) =>
  t.middleware(({ ctx, next }) => readFromReplicaOrPrimary(ctx, kind, (db) => readOn(ctx, db, next)));
export const listReads = readsAs('list');
export const analyticsReads = readsAs('analytics');

/** Platform administrators (for example a national agency): organisations and their users. */
export const platformAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isPlatformAdmin)
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only administrators can do this' });
  requireAdministratorSecondStep(ctx.user, ctx.services.config);
  return next();
});

const OrganisationScopeSchema = z.object({
  organisationId: z.uuid({ error: 'Organisation id must be an id (a UUID)' }),
});

export type { OrganisationScope };

/**
 * Members of the organisation named in `input.organisationId`. Everything an organisation owns is reached
 * through here; for anyone else the organisation does not exist (NOT_FOUND, as for an unknown id).
 */
export const organisationProcedure = authedProcedure
  .input(OrganisationScopeSchema)
  .use(async ({ ctx, input, next }) => {
    const organisation = await organisationScope(ctx.db, ctx.user, input.organisationId, {
      config: ctx.services.config,
    });
    if (!organisation) throw new TRPCError({ code: 'NOT_FOUND', message: 'Organisation not found' });
    return next({ ctx: { organisation } });
  });

/** Coordinators of the organisation: full rights within it. Viewers get FORBIDDEN. */
export const coordinatorProcedure = organisationProcedure.use(({ ctx, next }) => {
  if (ctx.organisation.role !== 'coordinator') {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Only coordinators of this organisation can do this',
    });
  }
  return next();
});

/**
 * Anyone with a say in the organisation: its members, whatever their role, and platform administrators (who
 * manage organisations without being members). For everyone else the organisation does not exist.
 */
export const organisationAccessProcedure = authedProcedure
  .input(OrganisationScopeSchema)
  .use(async ({ ctx, input, next }) => {
    const organisation = await organisationScope(ctx.db, ctx.user, input.organisationId, {
      admins: true,
      config: ctx.services.config,
    });
    if (!organisation) throw new TRPCError({ code: 'NOT_FOUND', message: 'Organisation not found' });
    return next({ ctx: { organisation } });
  });

/** Who may change an organisation's profile and its members: its coordinators and platform administrators. */
export const organisationManagerProcedure = organisationAccessProcedure.use(({ ctx, next }) => {
  if (ctx.organisation.role === 'viewer') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only coordinators can manage this organisation' });
  }
  return next();
});
