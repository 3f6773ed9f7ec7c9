import { type Kysely, sql } from 'kysely';

/**
 * Keys for the consistent perturbation of outcome figures (cell-key method, docs/analytics.md): each participant gets
 * a secret random key, and each rollup row the sum of its respondents' answer keys. The rollup is rebuilt on the next
 * start (measures version 2), which fills the new column.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A volatile default: every existing participant draws a key of its own.
  await sql`alter table participant
    add column disclosure_key integer not null default floor(random() * 1073741824)::integer`.execute(db);
  await db.schema
    .alterTable('outcome_rollup')
    .addColumn('cell_key', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
}
