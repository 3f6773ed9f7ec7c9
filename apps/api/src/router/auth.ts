import {
  acceptInvitation,
  clearRateLimit,
  consumeOneTimeToken,
  countPlatformAdmins,
  deleteUserSessions,
  enqueueMessage,
  findLiveOneTimeToken,
  findUserByEmail,
  findUserForLogin,
  hasSecondFactor,
  hitRateLimit,
  insertOneTimeToken,
  insertUser,
  isOneTimeTokenLive,
  membershipsOfUser,
  passwordHashOf,
  recordAuditEvent,
  revokeOneTimeTokens,
  revokePasswordLinks,
  type SessionAuthentication,
  secondStepsOf,
  setPasswordHash,
} from '@mobilis/db';
import {
  ChangePasswordSchema,
  CompletePasswordLinkSchema,
  LoginSchema,
  OneTimeTokenSchema,
  PasskeySignInSchema,
  RequestPasswordResetSchema,
  SecondFactorSignInSchema,
  SetupSchema,
} from '@mobilis/schema';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { createOneTimeLink } from '../auth/links.js';
import { passkeySignInOptions, passkeySignsIn } from '../auth/passkeys.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { checkSecondStep } from '../auth/second-step.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { endSession, startSession } from '../auth/sessions.js';
import { ConflictError, TooManyRequestsError } from '../domain-errors.js';
import { passwordResetMessage } from '../mail/messages.js';
import type { Context } from '../trpc/context.js';
import { authedProcedure, publicProcedure, router } from '../trpc/init.js';

const loginWindowMs = 15 * 60 * 1000;
export const loginLimits = { perAccount: 10, perAddress: 50 };
const invalidCredentials = 'Email or password is not correct';
const invalidLink = 'This link is not valid any more. Ask for a new one.';

async function signIn(
  ctx: Context,
  userId: string,
  authenticatedWith: SessionAuthentication = 'password',
): Promise<void> {
  const { services } = ctx;
  const session = await startSession(
    ctx.db,
    userId,
    services.clock(),
    services.config.sessionTtlMs,
    authenticatedWith,
  );
  ctx.cookie.write(session.token, session.expiresAt);
}

const ticketLifetimeMs = 5 * 60 * 1000;

async function secondStepTicket(ctx: Context, userId: string): Promise<string> {
  const { token, id } = newSecret();
  const expiresAt = new Date(ctx.services.clock().getTime() + ticketLifetimeMs);
  await insertOneTimeToken(ctx.db, { id, purpose: 'second_factor', userId, expiresAt });
  return token;
}

/**
 * The live ticket of a sign-in's first step, counting an attempt at the second: five per ticket, twenty per account
 * in fifteen minutes, so that someone holding the password may not try codes without end.
 */
async function secondStepTicketOf(ctx: Context, token: string): Promise<{ id: string; userId: string }> {
  const now = ctx.services.clock();
  const id = hashSecret(token);
  const perTicket = await hitRateLimit(ctx.db, `second-step:${id}`, {
    limit: 5,
    windowMs: ticketLifetimeMs,
    now,
  });
  if (!perTicket.allowed)
    throw new TooManyRequestsError('Too many wrong codes: sign in again from the start.');
  const ticket = await findLiveOneTimeToken(ctx.db, id, 'second_factor', now);
  if (!ticket?.userId)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'The sign-in has expired: start again' });
  const perAccount = await hitRateLimit(ctx.db, `second-step:account:${ticket.userId}`, {
    limit: 20,
    windowMs: loginWindowMs,
    now,
  });
  if (!perAccount.allowed)
    throw new TooManyRequestsError('Too many wrong codes. Wait 15 minutes and try again.');
  return { id, userId: ticket.userId };
}

/** Uses the ticket up and starts the session, recorded with how it was signed in. */
async function finishSignIn(
  ctx: Context,
  ticket: { id: string; userId: string },
  method: SessionAuthentication,
) {
  if (!(await consumeOneTimeToken(ctx.db, ticket.id, 'second_factor', ctx.services.clock())))
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'The sign-in has expired: start again' });
  await signIn(ctx, ticket.userId, method);
  if (method === 'password_recovery_code') {
    await recordAuditEvent(ctx.db, {
      actorUserId: ticket.userId,
      organisationId: null,
      entityType: 'user',
      entityId: ticket.userId,
      action: 'signed_in_with_recovery_code',
    });
  }
}

async function limitLogins(ctx: Context, email: string): Promise<void> {
  const now = ctx.services.clock();
  const byAccount = await hitRateLimit(ctx.db, `login:account:${hashSecret(email)}`, {
    limit: loginLimits.perAccount,
    windowMs: loginWindowMs,
    now,
  });
  const byAddress = await hitRateLimit(ctx.db, `login:address:${ctx.ip}`, {
    limit: loginLimits.perAddress,
    windowMs: loginWindowMs,
    now,
  });
  if (!byAccount.allowed || !byAddress.allowed) {
    throw new TooManyRequestsError('Too many sign-in attempts. Wait 15 minutes and try again.');
  }
}

export const authRouter = router({
  /** The signed-in user and the organisations they belong to, or null. */
  me: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.user) return null;
    const { userId, email, displayName, isPlatformAdmin, authenticatedWith } = ctx.user;
    return {
      userId,
      email,
      displayName,
      isPlatformAdmin,
      /** An administrator who must add the second step before doing anything else. */
      needsSecondStep:
        isPlatformAdmin &&
        ctx.services.config.administratorsNeedSecondFactor &&
        authenticatedWith === 'password',
      memberships: await membershipsOfUser(ctx.db, userId),
    };
  }),

  login: publicProcedure.input(LoginSchema).mutation(async ({ ctx, input }) => {
    await limitLogins(ctx, input.email);
    const user = await findUserForLogin(ctx.db, input.email);
    // Same message and same work whether the account or the password was wrong.
    if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: invalidCredentials });
    }
    await clearRateLimit(ctx.db, `login:account:${hashSecret(input.email)}`);
    // With a second factor, the password only earns a ticket for the second step (five minutes, one use).
    const secondSteps = await secondStepsOf(ctx.db, user.id);
    if (secondSteps.authenticator || secondSteps.passkey)
      return { ok: true as const, secondStepTicket: await secondStepTicket(ctx, user.id), secondSteps };
    await signIn(ctx, user.id);
    return { ok: true as const, secondStepTicket: null, secondSteps: null };
  }),

  /** The second step: a code from the authenticator app, or a recovery code, with the ticket of the first. */
  completeSecondStep: publicProcedure.input(SecondFactorSignInSchema).mutation(async ({ ctx, input }) => {
    const ticket = await secondStepTicketOf(ctx, input.ticket);
    const method = await checkSecondStep(ctx, ticket.userId, input.code);
    if (!method)
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'This code is not right (or was used already)' });
    await finishSignIn(ctx, ticket, method);
    return { ok: true as const };
  }),

  /** The challenge for signing the second step with a passkey. */
  passkeyOptions: publicProcedure
    .input(SecondFactorSignInSchema.pick({ ticket: true }))
    .mutation(async ({ ctx, input }) => {
      const ticket = await secondStepTicketOf(ctx, input.ticket);
      const options = await passkeySignInOptions(
        ctx.db,
        ticket.userId,
        ticket.id,
        ctx.services.config,
        ctx.services.clock(),
      );
      if (!options) throw new ConflictError('This account has no passkey: use the authenticator app');
      return options;
    }),

  /** The second step with a passkey: its signature of the challenge passkeyOptions made. */
  completeSecondStepWithPasskey: publicProcedure
    .input(PasskeySignInSchema)
    .mutation(async ({ ctx, input }) => {
      const ticket = await secondStepTicketOf(ctx, input.ticket);
      const signed = await passkeySignsIn(
        ctx.db,
        { userId: ticket.userId, ticketId: ticket.id, response: input.response },
        ctx.services.config,
        ctx.services.clock(),
      );
      if (!signed)
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'The passkey was not accepted: try again' });
      await finishSignIn(ctx, ticket, 'password_passkey');
      return { ok: true as const };
    }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await endSession(ctx.db, ctx.user.sessionId);
    ctx.cookie.clear();
    return { ok: true as const };
  }),

  changePassword: authedProcedure.input(ChangePasswordSchema).mutation(async ({ ctx, input }) => {
    // A password alone does not change the password of an account that signs in in two steps.
    if (ctx.user.authenticatedWith === 'password' && (await hasSecondFactor(ctx.db, ctx.user.userId)))
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Sign in again with your second step to change the password',
      });
    const currentHash = await passwordHashOf(ctx.db, ctx.user.userId);
    if (!(await verifyPassword(currentHash, input.currentPassword))) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'The current password is not correct' });
    }
    const passwordHash = await hashPassword(input.newPassword);
    await ctx.db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, ctx.user.userId, passwordHash);
      await revokePasswordLinks(trx, ctx.user.userId, ctx.services.clock());
      await deleteUserSessions(trx, ctx.user.userId, ctx.user.sessionId);
      await recordAuditEvent(trx, {
        actorUserId: ctx.user.userId,
        organisationId: null,
        entityType: 'user',
        entityId: ctx.user.userId,
        action: 'password_changed',
      });
    });
    return { ok: true as const };
  }),

  /**
   * Always answers the same, and after the same work, so that neither the answer nor its time tells which e-mail
   * addresses have accounts: the link is made after the answer has gone (see sendPasswordReset).
   */
  requestPasswordReset: publicProcedure.input(RequestPasswordResetSchema).mutation(async ({ ctx, input }) => {
    const now = ctx.services.clock();
    const limited = await hitRateLimit(ctx.db, `reset:${hashSecret(input.email)}`, {
      limit: 3,
      windowMs: 60 * 60 * 1000,
      now,
    });
    if (limited.allowed) {
      setImmediate(() => {
        sendPasswordReset(ctx, input.email, now).catch((error: unknown) =>
          ctx.log?.error({ err: error, requestId: ctx.requestId }, 'password reset not queued'),
        );
      });
    }
    return { ok: true as const };
  }),

  /** Whether a one-time link can still be used, so the page can say so before the form is filled in. */
  linkStatus: publicProcedure
    .input(
      z.object({ token: OneTimeTokenSchema, purpose: z.enum(['setup', 'invitation', 'password_reset']) }),
    )
    .query(async ({ ctx, input }) => ({
      valid: await isOneTimeTokenLive(ctx.db, hashSecret(input.token), input.purpose, ctx.services.clock()),
    })),

  resetPassword: publicProcedure.input(CompletePasswordLinkSchema).mutation(async ({ ctx, input }) => {
    await completePasswordLink(ctx, 'password_reset', input);
    return { ok: true as const };
  }),

  /** An invited person chooses a password and is signed in. */
  acceptInvitation: publicProcedure.input(CompletePasswordLinkSchema).mutation(async ({ ctx, input }) => {
    const userId = await completePasswordLink(ctx, 'invitation', input);
    await signIn(ctx, userId);
    return { ok: true as const };
  }),

  /** The first administrator, through the setup link printed by the server on an empty database. */
  completeSetup: publicProcedure.input(SetupSchema).mutation(async ({ ctx, input }) => {
    const passwordHash = await hashPassword(input.password);
    const admin = await ctx.db.transaction().execute(async (trx) => {
      const token = await consumeOneTimeToken(trx, hashSecret(input.token), 'setup', ctx.services.clock());
      if (!token || (await countPlatformAdmins(trx)) > 0)
        throw new TRPCError({ code: 'BAD_REQUEST', message: invalidLink });
      return insertUser(trx, {
        email: input.email,
        displayName: input.displayName,
        passwordHash,
        isPlatformAdmin: true,
      });
    });
    await signIn(ctx, admin.id);
    return { ok: true as const };
  }),
});

/** Queues a reset link for the account of this address, if there is one. */
async function sendPasswordReset(ctx: Context, email: string, now: Date): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user) return;
  await ctx.db.transaction().execute(async (trx) => {
    await revokeOneTimeTokens(trx, 'password_reset', user.id, now);
    const link = await createOneTimeLink(trx, {
      purpose: 'password_reset',
      userId: user.id,
      now,
      publicUrl: ctx.services.config.publicUrl,
    });
    await enqueueMessage(trx, passwordResetMessage(user.email, link));
  });
}

/** Uses a password link once: sets the password and ends every other session of the account. */
async function completePasswordLink(
  ctx: Context,
  purpose: 'password_reset' | 'invitation',
  input: { token: string; password: string },
): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const token = await consumeOneTimeToken(trx, hashSecret(input.token), purpose, ctx.services.clock());
    if (!token?.userId) throw new TRPCError({ code: 'BAD_REQUEST', message: invalidLink });
    await setPasswordHash(trx, token.userId, passwordHash);
    await revokePasswordLinks(trx, token.userId, ctx.services.clock());
    await deleteUserSessions(trx, token.userId);
    // Choosing a password through an invitation link accepts the one invitation it answers; any other waits in
    // the console for the person's own answer.
    const organisationId = purpose === 'invitation' ? token.organisationId : null;
    if (
      organisationId &&
      (await acceptInvitation(trx, token.userId, { organisationId, now: ctx.services.clock() }))
    ) {
      await recordAuditEvent(trx, {
        actorUserId: token.userId,
        organisationId,
        entityType: 'membership',
        entityId: token.userId,
        action: 'accept',
      });
    }
    await recordAuditEvent(trx, {
      actorUserId: token.userId,
      organisationId: null,
      entityType: 'user',
      entityId: token.userId,
      action: purpose === 'invitation' ? 'invitation_accepted' : 'password_reset',
    });
    return token.userId;
  });
}
