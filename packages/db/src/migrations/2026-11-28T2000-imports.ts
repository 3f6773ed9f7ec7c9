import { type Kysely, sql } from 'kysely';

/**
 * Spreadsheet imports: the Beneficiary Module's mobility activity ID on each mobility (unique within its project,
 * so a re-imported row updates its mobility rather than duplicating it), and import jobs, which keep the uploaded
 * file, the column mapping, progress counters and the dry-run report, so that a user can leave and come back.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mobility').addColumn('activity_id', 'text').execute();
  await sql`create unique index mobility_project_activity_id_key on mobility (project_id, activity_id) where activity_id is not null`.execute(
    db,
  );

  await db.schema
    .createTable('import_job')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) =>
      col.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('project_id', 'uuid', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('created_by', 'uuid', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('confirmed_by', 'uuid', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('file_kind', 'text', (col) => col.notNull().check(sql`file_kind in ('csv', 'xlsx')`))
    .addColumn('file_bytes', 'bytea', (col) => col.notNull())
    .addColumn('layout', 'text')
    .addColumn('headers', 'jsonb')
    .addColumn('column_mapping', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('queued')
        .check(
          sql`status in ('queued', 'analysing', 'ready', 'committing', 'committed', 'failed', 'cancelled')`,
        ),
    )
    .addColumn('rows_read', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('rows_validated', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('rows_written', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('report', 'jsonb')
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('import_job_owner_idx')
    .on('import_job')
    .columns(['organisation_id', 'created_at'])
    .execute();
  // What the job runner looks for after a restart.
  await sql`create index import_job_pending_idx on import_job (updated_at) where status in ('queued', 'analysing', 'committing')`.execute(
    db,
  );
}
