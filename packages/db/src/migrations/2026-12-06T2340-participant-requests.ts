import { type Kysely, sql } from 'kysely';

/**
 * What participants ask of the organisation about their data, from their survey receipt page (they have no
 * account): a copy of it (GDPR Art. 15 and 20) or its erasure (Art. 17). A coordinator answers each.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('participant_request')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) =>
      col.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'uuid', (col) =>
      col.notNull().references('participant.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('access', 'erasure')`))
    .addColumn('requested_at', 'timestamptz', (col) => col.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addColumn('answered_by', 'uuid', (col) => col.references('app_user.id').onDelete('set null'))
    .execute();
  // One open request of each kind a participant: asking again while it waits changes nothing.
  await sql`create unique index participant_request_open on participant_request (participant_id, kind)
    where answered_at is null`.execute(db);
  await sql`create index participant_request_organisation on participant_request (organisation_id, answered_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('participant_request').execute();
}
