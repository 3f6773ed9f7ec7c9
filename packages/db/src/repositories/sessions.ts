import { sql } from 'kysely';
import type { Executor } from '../executor.js';

import type { SessionAuthentication } from './second-factor.js';

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: Date;
  authenticatedWith: SessionAuthentication;
}

export async function insertSession(db: Executor, session: SessionRecord): Promise<void> {
  await db.insertInto('userSession').values(session).execute();
}

/** A session that has not expired, with its user, who must not be disabled. */
export async function findLiveSession(db: Executor, id: string, now: Date) {
  return db
    .selectFrom('userSession')
    .innerJoin('appUser', 'appUser.id', 'userSession.userId')
    .select([
      'userSession.id as sessionId',
      'userSession.expiresAt',
      'userSession.authenticatedWith',
      sql<string | null>`user_session.last_write_wal::text`.as('lastWriteWal'),
      'appUser.id as userId',
      'appUser.email',
      'appUser.displayName',
      'appUser.isPlatformAdmin',
    ])
    .where('userSession.id', '=', id)
    .where('userSession.expiresAt', '>', now)
    .where('appUser.disabledAt', 'is', null)
    .executeTakeFirst()
    .then((row) => row && { ...row, authenticatedWith: row.authenticatedWith as SessionAuthentication });
}

export async function extendSession(db: Executor, id: string, expiresAt: Date): Promise<void> {
  await db.updateTable('userSession').set({ expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('userSession').where('id', '=', id).execute();
}

/** Ends every session of a user (or those signed in a given way), except `keepId` when given. */
export async function deleteUserSessions(
  db: Executor,
  userId: string,
  keepId?: string,
  signedInWith?: SessionAuthentication,
): Promise<void> {
  let query = db.deleteFrom('userSession').where('userId', '=', userId);
  if (keepId) query = query.where('id', '!=', keepId);
  if (signedInWith) query = query.where('authenticatedWith', '=', signedInWith);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('userSession').where('expiresAt', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
