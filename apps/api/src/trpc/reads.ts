import {
  type Database,
  type Executor,
  recordSessionWrite,
  replicaHasReplayed,
  withPlannerSettings,
} from '@mobilis/db';
import { isDatabaseUnavailable } from '../domain-errors.js';
import type { Context } from './context.js';

// Lists and analytics read from a streaming replica when there is one (DATABASE_READ_URL), so that the end of a
// semester's reporting does not slow the primary's writes. A person sees what they just changed: a session's
// writes note where the primary's WAL stood, and its reads go to the replica only once it has replayed that far
// (others may see a change a moment later). Membership checks always read the primary, so a removed member loses
// access at once.

export type ReadKind = 'list' | 'analytics';

/** Once the replica could not be reached, reads skip it this long rather than each waiting for it first. */
const replicaRestMs = 30_000;
const replicaAwayUntil = new WeakMap<Database, number>();

/**
 * Runs `read` on the replica when it has the caller's latest write, otherwise (no replica, behind, or unreachable)
 * on the primary; analytics reads with their planner settings (packages/db/src/reads.ts).
 */
export async function readFromReplicaOrPrimary<T>(
  ctx: Pick<Context, 'db' | 'services' | 'user' | 'log'>,
  kind: ReadKind,
  read: (db: Database) => Promise<T>,
): Promise<T> {
  const run = (db: Database) =>
    kind === 'analytics' ? withPlannerSettings(db, (tx: Executor) => read(tx)) : read(db);
  const { replica } = ctx.services.database;
  const position = ctx.user?.lastWriteWal;
  if (replica && (replicaAwayUntil.get(replica) ?? 0) <= Date.now()) {
    try {
      if (!position || (await replicaHasReplayed(replica, position))) return await run(replica);
    } catch (error) {
      // A read is safe to run twice: the primary answers what the replica could not.
      if (!isDatabaseUnavailable(error)) throw error;
      replicaAwayUntil.set(replica, Date.now() + replicaRestMs);
      ctx.log?.warn('the replica cannot be reached: reading from the primary for 30 s');
    }
  }
  return run(ctx.db);
}

/** After a signed-in session's write, notes where the primary stands, when there is a replica to wait for. */
export async function noteSessionWrite(ctx: Pick<Context, 'db' | 'services' | 'user'>): Promise<void> {
  if (ctx.services.database.replica && ctx.user) await recordSessionWrite(ctx.db, ctx.user.sessionId);
}
