import { type Kysely, sql } from 'kysely';

/**
 * The installation's secret that turns a cell key into noise (a keyed hash, docs/analytics.md), so that the noise
 * cannot be run backwards from the figures to the cell key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('disclosure_secret')
    .addColumn('singleton', 'boolean', (col) => col.primaryKey().defaultTo(true).check(sql`singleton`))
    .addColumn('secret', 'text', (col) => col.notNull())
    .execute();
  // 244 random bits from two version 4 UUIDs (gen_random_uuid draws from a cryptographically strong source).
  await sql`insert into disclosure_secret (secret) values (gen_random_uuid()::text || gen_random_uuid()::text)`.execute(
    db,
  );
}
