import { type Kysely, sql } from 'kysely';

/**
 * Keys for the consistent perturbation of outcome figures (cell-key method, docs/analytics.md): each participant gets
 * a secret random key, each rollup row the sum of its respondents' answer keys, and the installation a secret that
 * turns a cell key into noise (HMAC), so that the noise cannot be run backwards from the figures. The rollup is rebuilt
 * on the next start (measures version 2), which fills the new column.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A volatile default: every existing participant draws a key of its own.
  await sql`alter table participant
    add column disclosure_key integer not null default floor(random() * 1073741824)::integer`.execute(db);
  await db.schema
    .alterTable('outcome_rollup')
    .addColumn('cell_key', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
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
