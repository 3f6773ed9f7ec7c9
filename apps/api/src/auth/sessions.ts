import {
  deleteSession,
  type Executor,
  extendSession,
  findLiveSession,
  insertSession,
  type SessionAuthentication,
} from '@mobilis/db';
import { hashSecret, newSecret } from './secrets.js';

export interface SessionUser {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  /** How the session was signed in: with the password alone, or with a second step too. */
  authenticatedWith: SessionAuthentication;
  /** Where the primary's WAL stood after the session's latest write, when a replica is in use (trpc/reads.ts). */
  lastWriteWal: string | null;
}

/** Creates a session and returns the token for the cookie; only its hash is stored. */
export async function startSession(
  db: Executor,
  userId: string,
  now: Date,
  ttlMs: number,
  authenticatedWith: SessionAuthentication = 'password',
) {
  const { token, id } = newSecret();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await insertSession(db, { id, userId, expiresAt, authenticatedWith });
  return { token, sessionId: id, expiresAt };
}

/**
 * The signed-in user behind a cookie token, or null. A session in the second half of its life is extended,
 * so that an active user stays signed in and an idle one is signed out after the TTL.
 */
export async function resumeSession(
  db: Executor,
  token: string,
  now: Date,
  ttlMs: number,
): Promise<{ user: SessionUser; renewedUntil?: Date } | null> {
  const session = await findLiveSession(db, hashSecret(token), now);
  if (!session) return null;
  const { expiresAt, ...user } = session;
  if (expiresAt.getTime() - now.getTime() > ttlMs / 2) return { user };
  const renewedUntil = new Date(now.getTime() + ttlMs);
  await extendSession(db, session.sessionId, renewedUntil);
  return { user, renewedUntil };
}

export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}
