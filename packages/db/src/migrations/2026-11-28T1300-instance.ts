import { type Kysely, sql } from 'kysely';

/** One row that identifies this Mobilis installation and when its database was created. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('instance')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('singleton', 'boolean', (col) => col.notNull().defaultTo(true).unique().check(sql`singleton`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}
