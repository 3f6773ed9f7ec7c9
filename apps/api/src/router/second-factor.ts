import {
  countRecoveryCodesLeft,
  deletePasskey,
  deleteUserSessions,
  disableTotp,
  type Executor,
  enableTotp,
  hasSecondFactor,
  listPasskeys,
  passwordHashOf,
  recordAuditEvent,
  replaceRecoveryCodes,
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
import { ConflictError, ForbiddenError, NotFoundError } from '../domain-errors.js';
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

/** Once an account has its first second step, sessions signed in with the password alone end. */
async function endPasswordOnlySessions(trx: Executor, userId: string, keepSessionId: string): Promise<void> {
  await deleteUserSessions(trx, userId, keepSessionId, 'password');
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
      return ctx.db.transaction().execute(async (trx) => {
        const totp = await totpOf(trx, userId);
        if (totp?.totpEnabledAt) throw new ConflictError('The authenticator app is set up already');
        if (!totp?.totpSecret) throw new ConflictError('Start setting up the authenticator app first');
        if (!(await authenticatorCodeIsRight(trx, userId, input.code, ctx.services.clock())))
          throw new TRPCError({ code: 'BAD_REQUEST', message: wrongCode });
        await enableTotp(trx, userId, ctx.services.clock());
        await endPasswordOnlySessions(trx, userId, sessionId);
        const recovery = newRecoveryCodes();
        await replaceRecoveryCodes(trx, userId, recovery.hashes);
        await setSessionAuthentication(trx, sessionId, 'password_totp');
        await recordAuditEvent(trx, {
          actorUserId: userId,
          organisationId: null,
          entityType: 'user',
          entityId: userId,
          action: 'second_factor_enabled',
        });
        return { recoveryCodes: recovery.codes };
      });
    }),

  /** Ten new recovery codes in place of the old ones, against a code from the app. */
  newRecoveryCodes: secondStepsProcedure.input(AuthenticatorCodeSchema).mutation(async ({ ctx, input }) => {
    const { userId } = ctx.user;
    return ctx.db.transaction().execute(async (trx) => {
      if (!(await totpOf(trx, userId))?.totpEnabledAt)
        throw new ConflictError('Set up an authenticator app first');
      if (!(await authenticatorCodeIsRight(trx, userId, input.code, ctx.services.clock())))
        throw new TRPCError({ code: 'BAD_REQUEST', message: wrongCode });
      const recovery = newRecoveryCodes();
      await replaceRecoveryCodes(trx, userId, recovery.hashes);
      await recordAuditEvent(trx, {
        actorUserId: userId,
        organisationId: null,
        entityType: 'user',
        entityId: userId,
        action: 'recovery_codes_replaced',
      });
      return { recoveryCodes: recovery.codes };
    });
  }),

  /** Removes the authenticator, against the password; administrators keep theirs where the server requires it. */
  removeAuthenticator: secondStepsProcedure
    .input(z.object({ password: z.string().min(1, 'Password is required').max(256) }))
    .mutation(async ({ ctx, input }) => {
      const { userId } = ctx.user;
      const keepsPasskey = (await listPasskeys(ctx.db, userId)).length > 0;
      if (ctx.user.isPlatformAdmin && ctx.services.config.administratorsNeedSecondFactor && !keepsPasskey)
        throw new ForbiddenError('Administrators of this server must keep two-step sign-in');
      if (!(await verifyPassword(await passwordHashOf(ctx.db, userId), input.password)))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'The password is not correct' });
      await ctx.db.transaction().execute(async (trx) => {
        await disableTotp(trx, userId);
        await recordAuditEvent(trx, {
          actorUserId: userId,
          organisationId: null,
          entityType: 'user',
          entityId: userId,
          action: 'second_factor_removed',
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
      if (!(await addPasskey(trx, ctx.user, input, ctx.services.config, ctx.services.clock())))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'The passkey could not be added: try again' });
      await setSessionAuthentication(trx, sessionId, 'password_passkey');
      await endPasswordOnlySessions(trx, userId, sessionId);
      // The first second step brings recovery codes, whichever it is.
      const recovery = (await countRecoveryCodesLeft(trx, userId)) === 0 ? newRecoveryCodes() : undefined;
      if (recovery) await replaceRecoveryCodes(trx, userId, recovery.hashes);
      await recordAuditEvent(trx, {
        actorUserId: userId,
        organisationId: null,
        entityType: 'user',
        entityId: userId,
        action: 'passkey_added',
        changes: { name: { to: input.name } },
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
        if (!(await deletePasskey(trx, userId, input.id))) throw new NotFoundError('Passkey');
        if (
          ctx.user.isPlatformAdmin &&
          ctx.services.config.administratorsNeedSecondFactor &&
          !(await hasSecondFactor(trx, userId))
        )
          throw new ForbiddenError(
            'Administrators of this server must keep a second step: add another first',
          );
        await recordAuditEvent(trx, {
          actorUserId: userId,
          organisationId: null,
          entityType: 'user',
          entityId: userId,
          action: 'passkey_removed',
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
