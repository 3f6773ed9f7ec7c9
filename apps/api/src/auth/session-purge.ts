import { type Database, deleteExpiredSessions } from '@mobilis/db';
import type { FastifyBaseLogger } from 'fastify';
import { startRounds } from '../rounds.js';

/** Deletes sessions that have expired, so that the session table keeps only live ones. */
export async function purgeExpiredSessions({
  db,
  clock,
}: {
  db: Database;
  clock: () => Date;
}): Promise<number> {
  return deleteExpiredSessions(db, clock());
}

/** Purges expired sessions every `intervalMs` (an hour in the server). */
export function startSessionPurge(options: {
  db: Database;
  clock: () => Date;
  log?: FastifyBaseLogger;
  intervalMs: number;
}) {
  return startRounds('session purge', () => purgeExpiredSessions(options), options);
}
