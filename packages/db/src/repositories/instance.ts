import { sql } from 'kysely';
import type { Database } from '../connect.js';

export interface InstanceInfo {
  id: string;
  createdAt: Date;
}

/** The installation's identity, created on first call. */
export async function ensureInstance(db: Database): Promise<InstanceInfo> {
  await db.insertInto('instance').defaultValues().onConflict((oc) => oc.column('singleton').doNothing()).execute();
  return db.selectFrom('instance').select(['id', 'createdAt']).executeTakeFirstOrThrow();
}

/** Answers when the database answers; throws otherwise. */
export async function pingDatabase(db: Database): Promise<void> {
  await sql`select 1`.execute(db);
}
