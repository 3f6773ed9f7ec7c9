import { type Kysely, sql } from 'kysely';

/**
 * Leases on background work shared by every server process on one database: whoever holds a lease does that work
 * (an organisation's import step) until it lets go or stops renewing it, and then anyone may take it over. A lease
 * can carry the work's progress, which the other processes read.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('work_lease')
    .addColumn('name', 'text', (col) => col.primaryKey())
    // Which server process holds it (host, process id and a random part).
    .addColumn('holder', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('progress', 'jsonb')
    .execute();
  await sql`create index work_lease_expires_at on work_lease (expires_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('work_lease').execute();
}
