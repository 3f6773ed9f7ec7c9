import type { Executor } from '../executor.js';

export type OneTimePurpose = 'setup' | 'invitation' | 'password_reset';

export async function insertOneTimeToken(
  db: Executor,
  token: { id: string; purpose: OneTimePurpose; userId: string | null; expiresAt: Date },
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
    .returning(['id', 'userId'])
    .executeTakeFirst();
}

/** Whether a token is live, without using it (for showing the right page before the form is sent). */
export async function isOneTimeTokenLive(
  db: Executor,
  id: string,
  purpose: OneTimePurpose,
  now: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('oneTimeToken')
    .select('id')
    .where('id', '=', id)
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Withdraws the unused tokens of one purpose (for a user, or all of that purpose when userId is null). */
export async function revokeOneTimeTokens(
  db: Executor,
  purpose: OneTimePurpose,
  userId: string | null,
  now: Date,
) {
  let query = db
    .updateTable('oneTimeToken')
    .set({ usedAt: now })
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null);
  query = userId ? query.where('userId', '=', userId) : query;
  await query.execute();
}
