import { type Kysely, sql } from 'kysely';

/**
 * Outcome surveys: per mobility participant, a baseline, an end-of-mobility and a follow-up survey, answered
 * through personal links (stored as hashes only), with their answers, the project's survey settings, and the
 * short-lived sessions a link opens.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mobility').addColumn('main_language', 'text').execute();

  await db.schema
    .createTable('survey_settings')
    .addColumn('project_id', 'uuid', (col) => col.primaryKey().references('project.id').onDelete('cascade'))
    .addColumn('baseline_offset_days', 'integer', (col) => col.notNull().defaultTo(14))
    .addColumn('follow_up_offset_days', 'integer', (col) => col.notNull().defaultTo(180))
    .addColumn('follow_up_enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('reminder_days', sql`integer[]`, (col) => col.notNull().defaultTo(sql`'{7,14}'`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('survey')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) =>
      col.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('mobility_id', 'uuid', (col) => col.notNull().references('mobility.id').onDelete('cascade'))
    .addColumn('participant_id', 'uuid', (col) =>
      col.notNull().references('participant.id').onDelete('cascade'),
    )
    .addColumn('wave', 'text', (col) => col.notNull().check(sql`wave in ('baseline', 'end', 'follow_up')`))
    .addColumn('due_date', 'date', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('scheduled')
        .check(
          sql`status in ('scheduled', 'invited', 'reminded_auto', 'reminded_manual', 'submitted', 'undelivered', 'excluded')`,
        ),
    )
    .addColumn('outcome_codes', sql`text[]`, (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('invited_at', 'timestamptz')
    .addColumn('auto_reminders_sent', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_reminder_at', 'timestamptz')
    .addColumn('last_manual_reminder_at', 'timestamptz')
    .addColumn('consent_at', 'timestamptz')
    .addColumn('contact_consent', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('receipt', 'text')
    .addColumn('excluded_reason', 'text')
    .addColumn('undelivered_reason', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('survey_respondent_wave_key', ['mobility_id', 'participant_id', 'wave'])
    .execute();
  await sql`create index survey_due_idx on survey (due_date) where status = 'scheduled'`.execute(db);
  await sql`create index survey_open_idx on survey (invited_at) where status in ('invited', 'reminded_auto', 'reminded_manual')`.execute(
    db,
  );
  await db.schema
    .createIndex('survey_owner_mobility_idx')
    .on('survey')
    .columns(['organisation_id', 'mobility_id'])
    .execute();

  await db.schema
    .createTable('survey_link')
    // SHA-256 of the token in the link; the token itself is never stored.
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('survey_id', 'uuid', (col) => col.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('withdrawn_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('survey_link_survey_idx').on('survey_link').column('survey_id').execute();

  await db.schema
    .createTable('survey_session')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('survey_id', 'uuid', (col) => col.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('survey_answer')
    .addColumn('survey_id', 'uuid', (col) => col.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('indicator_code', 'text', (col) => col.notNull())
    // 1-5, or null with not_applicable; the retrospective "before" rating is asked at the end of the mobility.
    .addColumn('rating', 'smallint', (col) => col.check(sql`rating between 1 and 5`))
    .addColumn('not_applicable', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('retrospective_rating', 'smallint', (col) =>
      col.check(sql`retrospective_rating between 1 and 5`),
    )
    .addColumn('retrospective_not_applicable', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('survey_answer_pkey', ['survey_id', 'indicator_code'])
    .execute();

  await db.schema
    .createTable('survey_example')
    .addColumn('survey_id', 'uuid', (col) => col.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('outcome_code', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('survey_example_pkey', ['survey_id', 'outcome_code'])
    .execute();

  await db.schema
    .createTable('survey_language_rating')
    .addColumn('survey_id', 'uuid', (col) => col.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('skill', 'text', (col) => col.notNull())
    .addColumn('level', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('survey_language_rating_pkey', ['survey_id', 'skill'])
    .execute();
}
