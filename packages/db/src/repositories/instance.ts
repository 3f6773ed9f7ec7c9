import { sql } from 'kysely';
import type { Database } from '../connect.js';
import type { Executor } from '../executor.js';

export interface InstanceInfo {
  id: string;
  createdAt: Date;
}

/** The installation's identity, created on first call. */
export async function ensureInstance(db: Database): Promise<InstanceInfo> {
  await db
    .insertInto('instance')
    .defaultValues()
    .onConflict((oc) => oc.column('singleton').doNothing())
    .execute();
  return db.selectFrom('instance').select(['id', 'createdAt']).executeTakeFirstOrThrow();
}

/** Answers when the database answers; throws otherwise. */
export async function pingDatabase(db: Database): Promise<void> {
  await sql`select 1`.execute(db);
}

/** The PostgreSQL version that answers, e.g. "15.18 (Debian 15.18-0+deb12u1)". */
export async function databaseServerVersion(db: Database): Promise<string> {
  const { rows } = await sql<{ serverVersion: string }>`show server_version`.execute(db);
  return rows[0]?.serverVersion ?? 'unknown';
}

/** The installation's secret for perturbing outcome figures (docs/analytics.md): it never leaves the server. */
export async function disclosureSecret(db: Executor): Promise<string> {
  const row = await db.selectFrom('disclosureSecret').select('secret').executeTakeFirstOrThrow();
  return row.secret;
}
