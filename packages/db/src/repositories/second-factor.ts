import type { Executor } from '../executor.js';

// Two-step sign-in: the account's TOTP authenticator and its single-use recovery codes (stored as hashes).

export type SessionAuthentication =
  | 'password'
  | 'password_totp'
  | 'password_passkey'
  | 'password_recovery_code';

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

/** Removes the authenticator; the recovery codes go too unless a passkey remains. */
export async function disableTotp(db: Executor, userId: string): Promise<void> {
  await db
    .updateTable('appUser')
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where('id', '=', userId)
    .execute();
  const passkey = await db.selectFrom('passkey').select('id').where('userId', '=', userId).executeTakeFirst();
  if (!passkey) await db.deleteFrom('recoveryCode').where('userId', '=', userId).execute();
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

// Passkeys (WebAuthn credentials), as a second step or in place of the authenticator app.

export async function listPasskeys(db: Executor, userId: string) {
  return db
    .selectFrom('passkey')
    .select(['id', 'name', 'createdAt', 'lastUsedAt'])
    .where('userId', '=', userId)
    .orderBy('createdAt')
    .execute();
}

/** What the server checks a passkey's signature with. */
export async function passkeyCredentials(db: Executor, userId: string) {
  const rows = await db
    .selectFrom('passkey')
    .select(['id', 'publicKey', 'counter', 'transports'])
    .where('userId', '=', userId)
    .execute();
  return rows.map((row) => ({
    ...row,
    publicKey: new Uint8Array(row.publicKey),
    counter: Number(row.counter),
  }));
}

export async function insertPasskey(
  db: Executor,
  passkey: {
    id: string;
    userId: string;
    publicKey: Uint8Array;
    counter: number;
    transports: string[];
    name: string;
  },
) {
  await db
    .insertInto('passkey')
    .values({ ...passkey, publicKey: Buffer.from(passkey.publicKey) })
    .execute();
}

export async function recordPasskeyUse(db: Executor, id: string, counter: number, now: Date): Promise<void> {
  await db.updateTable('passkey').set({ counter, lastUsedAt: now }).where('id', '=', id).execute();
}

export async function deletePasskey(db: Executor, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('passkey')
    .where('userId', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Keeps the challenge a passkey ceremony must sign, replacing an earlier one of the same ceremony. */
export async function saveWebauthnChallenge(db: Executor, id: string, challenge: string, expiresAt: Date) {
  await db
    .insertInto('webauthnChallenge')
    .values({ id, challenge, expiresAt })
    .onConflict((oc) => oc.column('id').doUpdateSet({ challenge, expiresAt }))
    .execute();
}

/** The ceremony's challenge, used up: a signed answer counts once. */
export async function takeWebauthnChallenge(
  db: Executor,
  id: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .deleteFrom('webauthnChallenge')
    .where('id', '=', id)
    .where('expiresAt', '>', now)
    .returning('challenge')
    .executeTakeFirst();
  return row?.challenge;
}

/**
 * After a second step was removed: sessions it signed in count as password-only now, and when the account has none
 * left, every session does.
 */
export async function downgradeSessions(db: Executor, userId: string, removed: SessionAuthentication) {
  const left = await hasSecondFactor(db, userId);
  let query = db
    .updateTable('userSession')
    .set({ authenticatedWith: 'password' })
    .where('userId', '=', userId);
  if (left) query = query.where('authenticatedWith', '=', removed);
  await query.execute();
}

/** Whether signing in takes a second step: an authenticator app or a passkey. */
export async function hasSecondFactor(db: Executor, userId: string): Promise<boolean> {
  const steps = await secondStepsOf(db, userId);
  return steps.authenticator || steps.passkey;
}

/** Which second steps the account has. */
export async function secondStepsOf(db: Executor, userId: string) {
  const totp = await totpOf(db, userId);
  const passkey = await db.selectFrom('passkey').select('id').where('userId', '=', userId).executeTakeFirst();
  return { authenticator: Boolean(totp?.totpEnabledAt), passkey: passkey !== undefined };
}
