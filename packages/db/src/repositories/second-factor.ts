import type { Executor } from '../executor.js';

// Two-step sign-in: the account's TOTP authenticator and its single-use recovery codes (stored as hashes).

export type SessionAuthentication = 'password' | 'password_totp' | 'password_recovery_code';

export async function totpOf(db: Executor, userId: string) {
  return db
    .selectFrom('appUser')
    .select(['totpSecret', 'totpEnabledAt', 'totpLastStep'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** Keeps a new secret while the person enrols; an enabled authenticator is never replaced this way. */
export async function setPendingTotpSecret(db: Executor, userId: string, secret: string): Promise<boolean> {
  const result = await db
    .updateTable('appUser')
    .set({ totpSecret: secret, totpLastStep: null })
    .where('id', '=', userId)
    .where('totpEnabledAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Records that the code of time step `step` was used, if no code of that step or a later one was: in one statement,
 * so that a code works once even when two requests race.
 */
export async function useTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('appUser')
    .set({ totpLastStep: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function enableTotp(db: Executor, userId: string, now: Date): Promise<void> {
  await db.updateTable('appUser').set({ totpEnabledAt: now }).where('id', '=', userId).execute();
}

/** Removes the authenticator and the recovery codes; sessions signed in with them count as password-only now. */
export async function disableTotp(db: Executor, userId: string): Promise<void> {
  await db
    .updateTable('appUser')
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('recoveryCode').where('userId', '=', userId).execute();
  await db
    .updateTable('userSession')
    .set({ authenticatedWith: 'password' })
    .where('userId', '=', userId)
    .execute();
}

export async function replaceRecoveryCodes(db: Executor, userId: string, codeHashes: readonly string[]) {
  await db.deleteFrom('recoveryCode').where('userId', '=', userId).execute();
  await db
    .insertInto('recoveryCode')
    .values(codeHashes.map((codeHash) => ({ userId, codeHash })))
    .execute();
}

/** Uses a recovery code once; false when it is unknown or was used. */
export async function useRecoveryCode(db: Executor, userId: string, codeHash: string, now: Date) {
  const result = await db
    .updateTable('recoveryCode')
    .set({ usedAt: now })
    .where('userId', '=', userId)
    .where('codeHash', '=', codeHash)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function countRecoveryCodesLeft(db: Executor, userId: string): Promise<number> {
  const rows = await db
    .selectFrom('recoveryCode')
    .select('codeHash')
    .where('userId', '=', userId)
    .where('usedAt', 'is', null)
    .execute();
  return rows.length;
}

/** The session now counts as signed in with the second step too (after enrolling, say). */
export async function setSessionAuthentication(
  db: Executor,
  sessionId: string,
  with_: SessionAuthentication,
) {
  await db.updateTable('userSession').set({ authenticatedWith: with_ }).where('id', '=', sessionId).execute();
}

/** Whether the organisation requires two-step sign-in of everyone who opens its data. */
export async function setOrganisationRequiresSecondFactor(
  db: Executor,
  organisationId: string,
  required: boolean,
) {
  await db
    .updateTable('organisation')
    .set({ requiresSecondFactor: required })
    .where('id', '=', organisationId)
    .execute();
}
