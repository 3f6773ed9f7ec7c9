import { type Kysely, sql } from 'kysely';

/** The consortium member a mobility is sent for, so that member can follow the mobilities it sends. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('mobility')
    .addColumn('consortium_member_id', 'uuid', (col) =>
      col.references('organisation.id').onDelete('set null'),
    )
    .execute();
  await sql`create index mobility_consortium_member_idx on mobility (consortium_member_id, (coalesce(start_date, '-infinity'::date)) desc, id desc) where consortium_member_id is not null`.execute(
    db,
  );
}
