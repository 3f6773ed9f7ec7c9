import { sql } from 'kysely';
import type { Database } from './connect.js';
import type { Executor } from './executor.js';

// Reads of lists and analytics: in one read-only transaction that sets the planner for Mobilis's short queries, on
// the primary or on a streaming replica. The settings are set per transaction, not per connection, so that they
// hold through a connection pooler in transaction mode, which hands each transaction any server connection.
//
// Mobilis's reads are short (a page of a list, a read of the outcome rollup) while their cost estimates cross the
// thresholds of JIT compilation and parallel workers; compiling or starting workers took longer than the query (an
// overview read of 3 ms took 30-40 ms with either, see docs/performance.md).

/** The planner settings of every read (PostgreSQL's names and values). */
export const plannerSettings = { jit: 'off', max_parallel_workers_per_gather: '0' } as const;

const setPlanner = sql.join(
  Object.entries(plannerSettings).map(([name, value]) => sql`set_config(${name}, ${value}, true)`),
);

/**
 * Runs `read` in a read-only transaction with the planner settings. With `seesWrite` (a WAL position of the
 * primary), on a replica that has not replayed that far yet, `read` is not run and the answer is undefined.
 */
export async function readTransaction<T>(
  db: Database,
  read: (tx: Executor) => Promise<T>,
  seesWrite?: string | null,
): Promise<{ value: T } | undefined> {
  return db
    .transaction()
    .setAccessMode('read only')
    .execute(async (tx) => {
      const { rows } = await sql<{ current: boolean | null }>`select ${setPlanner},
          ${seesWrite ? sql`pg_last_wal_replay_lsn() >= ${seesWrite}::pg_lsn` : sql`true`} as current`.execute(
        tx,
      );
      if (rows[0]?.current !== true) return undefined;
      return { value: await read(tx) };
    });
}

/** Notes where the primary's WAL stands after the session's write, for its reads from a replica to wait for. */
export async function recordSessionWrite(db: Executor, sessionId: string): Promise<void> {
  await db
    .updateTable('userSession')
    .set({ lastWriteWal: sql<string>`pg_current_wal_lsn()` })
    .where('id', '=', sessionId)
    .execute();
}
