import type { Executor } from '../executor.js';

export type OneTimePurpose = 'setup' | 'invitation' | 'password_reset' | 'second_factor';

export async function insertOneTimeToken(
  db: Executor,
  token: {
    id: string;
    purpose: OneTimePurpose;
    userId: string | null;
    /** The organisation an invitation is into: its link accepts that invitation only. */
    organisationId?: string | null;
    expiresAt: Date;
  },
): Promise<void> {
  await db.insertInto('oneTimeToken').values(token).execute();
}

/**
 * Marks a live token of this purpose as used and returns it, in one statement, so that a link works once
 * even when two requests race.
 */
export async function consumeOneTimeToken(db: Executor, id: string, purpose: OneTimePurpose, now: Date) {
  return db
    .updateTable('oneTimeToken')
    .set({ usedAt: now })
    .where('id', '=', id)
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .returning(['id', 'userId', 'organisationId'])
    .executeTakeFirst();
}

/** A live token and whom it is for, without using it. */
export async function findLiveOneTimeToken(db: Executor, id: string, purpose: OneTimePurpose, now: Date) {
  return db
    .selectFrom('oneTimeToken')
    .select(['id', 'userId'])
    .where('id', '=', id)
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
}

/** Whether a token is live, without using it (for showing the right page before the form is sent). */
export async function isOneTimeTokenLive(
  db: Executor,
  id: string,
  purpose: OneTimePurpose,
  now: Date,
): Promise<boolean> {
  return (await findLiveOneTimeToken(db, id, purpose, now)) !== undefined;
}

/**
 * Withdraws the unused tokens of one purpose (for a user, or all of that purpose when userId is null; for an
 * invitation, those into one organisation when it is named).
 */
export async function revokeOneTimeTokens(
  db: Executor,
  purpose: OneTimePurpose,
  userId: string | null,
  now: Date,
  organisationId?: string,
) {
  let query = db
    .updateTable('oneTimeToken')
    .set({ usedAt: now })
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null);
  query = userId ? query.where('userId', '=', userId) : query;
  query = organisationId ? query.where('organisationId', '=', organisationId) : query;
  await query.execute();
}

/** Every unused link that sets the account's password: once it has one, no other may set it again. */
export async function revokePasswordLinks(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('oneTimeToken')
    .set({ usedAt: now })
    .where('userId', '=', userId)
    .where('purpose', 'in', ['invitation', 'password_reset'])
    .where('usedAt', 'is', null)
    .execute();
}
