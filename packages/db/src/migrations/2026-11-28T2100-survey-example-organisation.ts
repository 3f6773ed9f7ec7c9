import { type Kysely, sql } from 'kysely';

/**
 * Participants' examples carry their organisation, so that an outcome page finds the organisation's newest examples
 * by index instead of joining every organisation's examples of that outcome to their surveys (about 45 ms with a
 * million mobilities; docs/performance.md).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('survey_example').addColumn('organisation_id', 'uuid').execute();
  await sql`update survey_example e set organisation_id = s.organisation_id from survey s where s.id = e.survey_id`.execute(
    db,
  );
  await db.schema
    .alterTable('survey_example')
    .alterColumn('organisation_id', (col) => col.setNotNull())
    .execute();
  await db.schema
    .createIndex('survey_example_owner_outcome_idx')
    .on('survey_example')
    .columns(['organisation_id', 'outcome_code'])
    .execute();
}
