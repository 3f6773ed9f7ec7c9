import { sql } from 'kysely';
import type { Database } from './connect.js';
import type { Executor } from './executor.js';

// Reads of lists and analytics, on the primary or on a streaming replica.
//
// Analytics reads are short (a read of the outcome rollup) while their cost estimates cross the thresholds of JIT
// compilation and parallel workers; compiling or starting workers took longer than the query (an overview read of
// 3 ms took 30-40 ms with either, see docs/performance.md). They run in a read-only transaction that turns both
// off. The settings are set per transaction, not per connection, so that they hold through a connection pooler in
// transaction mode, which hands each transaction any server connection. List plans use neither, so lists run
// without the transaction and its three round trips.

/** The planner settings of analytics reads (PostgreSQL's names and values). */
export const plannerSettings = { jit: 'off', max_parallel_workers_per_gather: '0' } as const;

const setPlanner = sql.join(
  Object.entries(plannerSettings).map(([name, value]) => sql`set_config(${name}, ${value}, true)`),
);

/** Runs `read` in a read-only transaction with the planner settings. */
export async function withPlannerSettings<T>(db: Database, read: (tx: Executor) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setAccessMode('read only')
    .execute(async (tx) => {
      await sql`select ${setPlanner}`.execute(tx);
      return read(tx);
    });
}

/**
 * Whether a streaming replica has replayed the primary's WAL up to `position`: then it holds every write made
 * before that position (replay only moves forward).
 */
export async function replicaHasReplayed(replica: Database, position: string): Promise<boolean> {
  const { rows } = await sql<{ current: boolean | null }>`select
      pg_last_wal_replay_lsn() >= ${position}::pg_lsn as current`.execute(replica);
  return rows[0]?.current === true;
}

/** Notes where the primary's WAL stands after the session's write, for its reads from a replica to wait for. */
export async function recordSessionWrite(db: Executor, sessionId: string): Promise<void> {
  await db
    .updateTable('userSession')
    .set({ lastWriteWal: sql<string>`pg_current_wal_lsn()` })
    .where('id', '=', sessionId)
    .execute();
}
