import { type Kysely, sql } from 'kysely';

/**
 * Where the primary's write-ahead log stood after a session's latest write, so that its reads go to a replica only
 * once the replica has replayed that far (read-your-own-writes), whichever server process answers.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_session').addColumn('last_write_wal', sql`pg_lsn`).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_session').dropColumn('last_write_wal').execute();
}
