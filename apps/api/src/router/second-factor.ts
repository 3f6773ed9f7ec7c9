import {
  countRecoveryCodesLeft,
  deletePasskey,
  deleteUserSessions,
  disableTotp,
  downgradeSessions,
  type Executor,
  enableTotp,
  enqueueMessage,
  hasSecondFactor,
  hitRateLimit,
  listPasskeys,
  lockUser,
  passwordHashOf,
  recordAuditEvent,
  replaceRecoveryCodes,
  type SessionAuthentication,
  setOrganisationRequiresSecondFactor,
  setPendingTotpSecret,
  setSessionAuthentication,
  totpOf,
} from '@mobilis/db';
import { AddPasskeySchema, AuthenticatorCodeSchema } from '@mobilis/schema';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { addPasskey, passkeyRegistrationOptions } from '../auth/passkeys.js';
import { verifyPassword } from '../auth/passwords.js';
import { newAuthenticator, newRecoveryCodes } from '../auth/second-factor.js';
import { authenticatorCodeIsRight } from '../auth/second-step.js';
import type { SessionUser } from '../auth/sessions.js';
import { ConflictError, ForbiddenError, NotFoundError, TooManyRequestsError } from '../domain-errors.js';
import { signInChangedMessage } from '../mail/messages.js';
import type { Context } from '../trpc/context.js';
import { authedProcedure, coordinatorProcedure, router } from '../trpc/init.js';

const wrongCode = 'This code is not right: type the 6 digits your app shows now';

/**
 * Changing the second steps of an account that has one takes a session that passed one: a password alone (a
 * session from before the first was added, or a stolen password) may not add, replace or remove them.
 */
const secondStepsProcedure = authedProcedure.use(async ({ ctx, next }) => {
  if (ctx.user.authenticatedWith === 'password' && (await hasSecondFactor(ctx.db, ctx.user.userId)))
    throw new ForbiddenError('Sign in again with your second step to change it');
  return next();
});

type SignedInContext = Context & { user: SessionUser };

/**
 * What follows every change of an account's second steps: the audit log, a message to the owner (someone with a
 * stolen password must not change them unseen) and the sessions. An added one ends the sessions signed in with
 * the password alone; a removed one makes the sessions it signed in password-only, and an administrator who must
 * keep one cannot end without (the whole change is undone).
 */
async function secondStepsChanged(
  trx: Executor,
  ctx: SignedInContext,
  change: { action: string; notice: string; added?: true; removed?: SessionAuthentication },
): Promise<void> {
  const { userId, sessionId, email } = ctx.user;
  if (change.added) await deleteUserSessions(trx, userId, sessionId, 'password');
  if (change.removed) {
    if (
      ctx.user.isPlatformAdmin &&
      ctx.services.config.administratorsNeedSecondFactor &&
      !(await hasSecondFactor(trx, userId))
    )
      throw new ForbiddenError('Administrators of this server must keep a second step: add another first');
    await downgradeSessions(trx, userId, change.removed);
  }
  await recordAuditEvent(trx, {
    actorUserId: userId,
    organisationId: null,
    entityType: 'user',
    entityId: userId,
    action: change.action,
  });
  await enqueueMessage(trx, signInChangedMessage(email, change.notice));
}

/** Authenticator codes checked outside signing in count against the same limit: 20 in 15 minutes per account. */
async function limitCodeChecks(ctx: SignedInContext): Promise<void> {
  const limited = await hitRateLimit(ctx.db, `second-step:account:${ctx.user.userId}`, {
    limit: 20,
    windowMs: 15 * 60 * 1000,
    now: ctx.services.clock(),
  });
  if (!limited.allowed)
    throw new TooManyRequestsError('Too many wrong codes. Wait 15 minutes and try again.');
}

/** The signed-in person's own second step: an authenticator app and recovery codes. */
export const secondFactorRouter = router({
  status: authedProcedure.query(async ({ ctx }) => {
    const totp = await totpOf(ctx.db, ctx.user.userId);
    const enabled = Boolean(totp?.totpEnabledAt);
    const passkeys = await listPasskeys(ctx.db, ctx.user.userId);
    return {
      authenticator: enabled,
      passkeys: passkeys.map((passkey) => ({
        ...passkey,
        createdAt: passkey.createdAt.toISOString(),
        lastUsedAt: passkey.lastUsedAt?.toISOString() ?? null,
      })),
      recoveryCodesLeft: await countRecoveryCodesLeft(ctx.db, ctx.user.userId),
      thisSession: ctx.user.authenticatedWith,
      requiredForAdministrators:
        ctx.user.isPlatformAdmin && ctx.services.config.administratorsNeedSecondFactor,
    };
  }),

  /** A new secret to add to an authenticator app; it counts once a code from the app confirms it. */
  startAuthenticator: secondStepsProcedure.mutation(async ({ ctx }) => {
    const authenticator = await newAuthenticator(ctx.user.email);
    if (!(await setPendingTotpSecret(ctx.db, ctx.user.userId, authenticator.secret)))
      throw new ConflictError('An authenticator app is set up already: remove it first to add another');
    return authenticator;
  }),

  /**
   * The first code from the app turns the authenticator on, gives ten recovery codes (shown this once) and
   * counts for this session as its second step.
   */
  confirmAuthenticator: secondStepsProcedure
    .input(AuthenticatorCodeSchema)
    .mutation(async ({ ctx, input }) => {
      const { userId, sessionId } = ctx.user;
      await limitCodeChecks(ctx);
      return ctx.db.transaction().execute(async (trx) => {
        await lockUser(trx, userId);
        const totp = await totpOf(trx, userId);
        if (totp?.totpEnabledAt) throw new ConflictError('The authenticator app is set up already');
        if (!totp?.totpSecret) throw new ConflictError('Start setting up the authenticator app first');
        if (!(await authenticatorCodeIsRight(trx, userId, input.code, ctx.services.clock())))
          throw new TRPCError({ code: 'BAD_REQUEST', message: wrongCode });
        await enableTotp(trx, userId, ctx.services.clock());
        const recovery = newRecoveryCodes();
        await replaceRecoveryCodes(trx, userId, recovery.hashes);
        await setSessionAuthentication(trx, sessionId, 'password_totp');
        await secondStepsChanged(trx, ctx, {
          action: 'second_factor_enabled',
          notice: 'An authenticator app was set up for two-step sign-in',
          added: true,
        });
        return { recoveryCodes: recovery.codes };
      });
    }),

  /** Ten new recovery codes in place of the old ones, against a code from the app. */
  newRecoveryCodes: secondStepsProcedure.input(AuthenticatorCodeSchema).mutation(async ({ ctx, input }) => {
    const { userId } = ctx.user;
    await limitCodeChecks(ctx);
    return ctx.db.transaction().execute(async (trx) => {
      if (!(await totpOf(trx, userId))?.totpEnabledAt)
        throw new ConflictError('Set up an authenticator app first');
      if (!(await authenticatorCodeIsRight(trx, userId, input.code, ctx.services.clock())))
        throw new TRPCError({ code: 'BAD_REQUEST', message: wrongCode });
      const recovery = newRecoveryCodes();
      await replaceRecoveryCodes(trx, userId, recovery.hashes);
      await secondStepsChanged(trx, ctx, {
        action: 'recovery_codes_replaced',
        notice: 'New recovery codes were made (the old ones no longer work)',
      });
      return { recoveryCodes: recovery.codes };
    });
  }),

  /** Removes the authenticator, against the password; administrators keep theirs where the server requires it. */
  removeAuthenticator: secondStepsProcedure
    .input(z.object({ password: z.string().min(1, 'Password is required').max(256) }))
    .mutation(async ({ ctx, input }) => {
      const { userId } = ctx.user;
      if (!(await verifyPassword(await passwordHashOf(ctx.db, userId), input.password)))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'The password is not correct' });
      await ctx.db.transaction().execute(async (trx) => {
        await lockUser(trx, userId);
        await disableTotp(trx, userId);
        await secondStepsChanged(trx, ctx, {
          action: 'second_factor_removed',
          notice: 'The authenticator app was removed from two-step sign-in',
          removed: 'password_totp',
        });
      });
      return { ok: true as const };
    }),

  /** The challenge a new passkey signs, for navigator.credentials.create in the browser. */
  passkeyOptions: secondStepsProcedure.mutation(({ ctx }) =>
    passkeyRegistrationOptions(ctx.db, ctx.user, ctx.services.config, ctx.services.clock()),
  ),

  /**
   * Keeps a new passkey whose answer signs this session's challenge. Adding one counts for this session as its
   * second step, as confirming an authenticator app does.
   */
  addPasskey: secondStepsProcedure.input(AddPasskeySchema).mutation(async ({ ctx, input }) => {
    const { userId, sessionId } = ctx.user;
    return ctx.db.transaction().execute(async (trx) => {
      await lockUser(trx, userId);
      if (!(await addPasskey(trx, ctx.user, input, ctx.services.config, ctx.services.clock())))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'The passkey could not be added: try again' });
      await setSessionAuthentication(trx, sessionId, 'password_passkey');
      // The first second step brings recovery codes, whichever it is.
      const recovery = (await countRecoveryCodesLeft(trx, userId)) === 0 ? newRecoveryCodes() : undefined;
      if (recovery) await replaceRecoveryCodes(trx, userId, recovery.hashes);
      await secondStepsChanged(trx, ctx, {
        action: 'passkey_added',
        notice: `A passkey ("${input.name}") was added for two-step sign-in`,
        added: true,
      });
      return { recoveryCodes: recovery?.codes ?? null };
    });
  }),

  /** Removes a passkey, against the password; an administrator keeps a second step where the server requires it. */
  removePasskey: secondStepsProcedure
    .input(
      z.object({
        id: z.string().min(1).max(1024),
        password: z.string().min(1, 'Password is required').max(256),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { userId } = ctx.user;
      if (!(await verifyPassword(await passwordHashOf(ctx.db, userId), input.password)))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'The password is not correct' });
      await ctx.db.transaction().execute(async (trx) => {
        await lockUser(trx, userId);
        if (!(await deletePasskey(trx, userId, input.id))) throw new NotFoundError('Passkey');
        await secondStepsChanged(trx, ctx, {
          action: 'passkey_removed',
          notice: 'A passkey was removed from two-step sign-in',
          removed: 'password_passkey',
        });
      });
      return { ok: true as const };
    }),

  /** A coordinator requires (or stops requiring) two-step sign-in of everyone who opens the organisation's data. */
  setRequiredByOrganisation: coordinatorProcedure
    .input(z.object({ required: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      if (input.required && ctx.user.authenticatedWith === 'password')
        throw new ConflictError('Sign in with two steps yourself first, or you would lock yourself out');
      await ctx.db.transaction().execute(async (trx) => {
        await setOrganisationRequiresSecondFactor(trx, ctx.organisation.id, input.required);
        await recordAuditEvent(trx, {
          actorUserId: ctx.user.userId,
          organisationId: ctx.organisation.id,
          entityType: 'organisation',
          entityId: ctx.organisation.id,
          action: 'update',
          changes: { requiresSecondFactor: { to: input.required } },
        });
      });
      return { ok: true as const };
    }),
});
