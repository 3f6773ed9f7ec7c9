import { sql } from 'kysely';
import type { Executor } from '../executor.js';

// Leases on background work, shared by every server process on the database. Expiry is reckoned by the database's
// clock, so that processes on machines whose clocks differ still agree on when a lease ran out.

const expiry = (ttlMs: number) => sql<Date>`clock_timestamp() + ${`${ttlMs} milliseconds`}::interval`;

/**
 * Takes the lease `name` for `holder` for `ttlMs`: true when it was free, had run out, or was the holder's already
 * (which renews it).
 */
export async function takeLease(
  db: Executor,
  { name, holder, ttlMs }: { name: string; holder: string; ttlMs: number },
): Promise<boolean> {
  const row = await db
    .insertInto('workLease')
    .values({ name, holder, expiresAt: expiry(ttlMs), progress: null })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expiresAt: expiry(ttlMs), progress: null })
        .where((eb) =>
          eb.or([
            eb('workLease.holder', '=', holder),
            eb('workLease.expiresAt', '<', sql<Date>`clock_timestamp()`),
          ]),
        ),
    )
    .returning('name')
    .executeTakeFirst();
  return row !== undefined;
}

/** Extends a lease the holder still has, with its progress; false when it ran out and someone else took it. */
export async function renewLease(
  db: Executor,
  { name, holder, ttlMs, progress }: { name: string; holder: string; ttlMs: number; progress?: unknown },
): Promise<boolean> {
  const result = await db
    .updateTable('workLease')
    .set({
      expiresAt: expiry(ttlMs),
      ...(progress === undefined ? {} : { progress: JSON.stringify(progress) }),
    })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function releaseLease(db: Executor, { name, holder }: { name: string; holder: string }) {
  await db.deleteFrom('workLease').where('name', '=', name).where('holder', '=', holder).execute();
}

/** A live lease's holder and progress, or undefined when nobody holds it. */
export async function readLease(db: Executor, name: string) {
  return db
    .selectFrom('workLease')
    .select(['holder', 'progress'])
    .where('name', '=', name)
    .where('expiresAt', '>=', sql<Date>`clock_timestamp()`)
    .executeTakeFirst();
}
