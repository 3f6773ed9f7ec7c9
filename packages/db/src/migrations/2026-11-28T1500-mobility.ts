import { type Kysely, sql } from 'kysely';

/**
 * Projects, participants, partner organisations and mobility activities. Every row carries the organisation
 * that owns it, so that each query is scoped by one indexed column.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm with schema public`.execute(db);

  await db.schema
    .createTable('project')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) =>
      col.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('grant_agreement_number', 'text', (col) => col.notNull())
    .addColumn('title', 'text')
    .addColumn('action_type', 'text', (col) => col.notNull())
    .addColumn('field', 'text', (col) => col.notNull())
    .addColumn('start_date', 'date', (col) => col.notNull())
    .addColumn('end_date', 'date', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('project_number_key', ['organisation_id', 'grant_agreement_number'])
    .execute();

  await db.schema
    .createTable('project_consortium_member')
    .addColumn('project_id', 'uuid', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (col) =>
      col.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('project_consortium_member_pkey', ['project_id', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('partner_organisation')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) =>
      col.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('legal_name', 'text', (col) => col.notNull())
    .addColumn('oid', 'text')
    .addColumn('erasmus_code', 'text')
    .addColumn('country', 'text', (col) => col.notNull())
    .addColumn('city', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('partner_organisation_owner_idx')
    .on('partner_organisation')
    .columns(['organisation_id', 'legal_name'])
    .execute();

  await db.schema
    .createTable('participant')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) =>
      col.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('given_name', 'text', (col) => col.notNull())
    .addColumn('family_name', 'text', (col) => col.notNull())
    .addColumn('email', 'text')
    .addColumn('birth_date', 'date', (col) => col.notNull())
    .addColumn('gender', 'text', (col) => col.notNull())
    .addColumn('nationality', 'text', (col) => col.notNull())
    .addColumn('preferred_language', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('fewer_opportunities', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('barriers', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('esi', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    // What a name search matches: given and family name and e-mail, folded by the application (searchKey),
    // since the database's lower() leaves non-ASCII letters alone under the C locale.
    .addColumn('search_text', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('participant_owner_name_idx')
    .on('participant')
    .columns(['organisation_id', 'family_name', 'given_name', 'id'])
    .execute();
  await sql`create unique index participant_owner_email_key on participant (organisation_id, lower(email)) where email is not null`.execute(
    db,
  );
  await sql`create index participant_search_trgm_idx on participant using gin (search_text public.gin_trgm_ops)`.execute(
    db,
  );

  await db.schema
    .createTable('mobility')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) =>
      col.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('project_id', 'uuid', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('draft'))
    .addColumn('activity_type', 'text')
    .addColumn('mode', 'text', (col) => col.check(sql`mode in ('individual', 'group')`))
    .addColumn('sending_organisation_id', 'uuid', (col) =>
      col.references('partner_organisation.id').onDelete('set null'),
    )
    .addColumn('receiving_organisation_id', 'uuid', (col) =>
      col.references('partner_organisation.id').onDelete('set null'),
    )
    .addColumn('origin_city', 'text')
    .addColumn('origin_country', 'text')
    .addColumn('origin_lat', 'double precision')
    .addColumn('origin_lon', 'double precision')
    .addColumn('destination_city', 'text')
    .addColumn('destination_country', 'text')
    .addColumn('destination_lat', 'double precision')
    .addColumn('destination_lon', 'double precision')
    .addColumn('start_date', 'date')
    .addColumn('end_date', 'date')
    .addColumn('travel_days', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('blended', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('means_of_transport', 'text')
    .addColumn('long_term', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('target_outcomes', sql`text[]`)
    // Derived from the fields above by @mobilis/schema when the mobility is saved, kept for filters and exports.
    .addColumn('duration_days', 'integer')
    .addColumn('distance_km', 'double precision')
    .addColumn('distance_band', 'text')
    .addColumn('green_travel', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  // The list's default order (undated drafts last), and keyset pagination over it as one row comparison.
  await sql`create index mobility_owner_start_idx on mobility (organisation_id, (coalesce(start_date, '-infinity'::date)) desc, id desc)`.execute(
    db,
  );
  // The list's filters, so that counting a filtered list reads the index rather than the table.
  await sql`create index mobility_owner_filter_idx on mobility (organisation_id, status, activity_type, destination_country)`.execute(
    db,
  );
  await db.schema
    .createIndex('mobility_project_idx')
    .on('mobility')
    .columns(['project_id', 'start_date'])
    .execute();

  await db.schema
    .createTable('mobility_participant')
    .addColumn('mobility_id', 'uuid', (col) => col.notNull().references('mobility.id').onDelete('cascade'))
    .addColumn('participant_id', 'uuid', (col) =>
      col.notNull().references('participant.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (col) =>
      col.notNull().check(sql`role in ('participant', 'learner', 'accompanying')`),
    )
    .addPrimaryKeyConstraint('mobility_participant_pkey', ['mobility_id', 'participant_id'])
    .execute();
  // Covering: the participant filters of the list find the mobility ids without reading the table.
  await sql`create index mobility_participant_participant_idx on mobility_participant (participant_id) include (mobility_id)`.execute(
    db,
  );
}
