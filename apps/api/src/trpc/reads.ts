import { type Database, readTransaction, recordSessionWrite } from '@mobilis/db';
import { isDatabaseUnavailable } from '../domain-errors.js';
import type { Context } from './context.js';

// Lists and analytics read from a streaming replica when there is one (DATABASE_READ_URL), so that the end of a
// semester's reporting does not slow the primary's writes. A person sees what they just changed: a session's
// writes note where the primary's WAL stood, and its reads go to the replica only once it has replayed that far
// (others may see a change a moment later). Membership checks always read the primary, so a removed member loses
// access at once.

/**
 * Runs `read` in a read transaction: on the replica when it has the caller's latest write, otherwise (no replica,
 * behind, or unreachable) on the primary.
 */
export async function readFromReplicaOrPrimary<T>(
  ctx: Pick<Context, 'db' | 'services' | 'user' | 'log'>,
  read: (db: Database) => Promise<T>,
): Promise<T> {
  const { replica } = ctx.services.database;
  if (replica) {
    let started = false;
    try {
      const answer = await readTransaction(
        replica,
        (tx) => {
          started = true;
          return read(tx);
        },
        ctx.user?.lastWriteWal,
      );
      if (answer) return answer.value;
    } catch (error) {
      if (started || !isDatabaseUnavailable(error)) throw error;
      ctx.log?.warn('the replica cannot be reached: reading from the primary');
    }
  }
  const answer = await readTransaction(ctx.db, read);
  if (!answer) throw new Error('a read on the primary always runs');
  return answer.value;
}

/** After a signed-in session's write, notes where the primary stands, when there is a replica to wait for. */
export async function noteSessionWrite(ctx: Pick<Context, 'db' | 'services' | 'user'>): Promise<void> {
  if (ctx.services.database.replica && ctx.user) await recordSessionWrite(ctx.db, ctx.user.sessionId);
}
