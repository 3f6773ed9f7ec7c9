import { type Kysely, sql } from 'kysely';

/**
 * Outcome analytics, pre-aggregated: additive sums per scope (every organisation, one organisation, one project),
 * call year, breakdown dimension and value, and measured item (indicator, outcome, CEFR skill, survey counts).
 * Kept up to date in the transaction of every write that changes a respondent's answers or facts, so reading an
 * overview never scans the answers.
 */
const countColumns = [
  'respondents',
  ...['base', 'end', 'follow'].flatMap((wave) => [1, 2, 3, 4, 5].map((rating) => `rating_${wave}_${rating}`)),
  'change_n',
  'change_up',
  'change_down',
  'retro_n',
  'retro_up',
  'retro_down',
  'follow_n',
  'follow_up',
  'follow_down',
  'lasting_n',
  'lasting_kept',
  'post_n',
  'post_agree',
  'sent_baseline',
  'submitted_baseline',
  'sent_end',
  'submitted_end',
  'sent_follow_up',
  'submitted_follow_up',
];
const sumColumns = [
  'change_sum',
  'change_sum_sq',
  'retro_sum',
  'retro_sum_sq',
  'follow_sum',
  'follow_sum_sq',
];

export async function up(db: Kysely<any>): Promise<void> {
  let table = db.schema
    .createTable('outcome_rollup')
    // An organisation's id, a project's id, or the nil UUID for every organisation together.
    .addColumn('scope_id', 'uuid', (col) => col.notNull())
    .addColumn('call_year', 'integer', (col) => col.notNull())
    .addColumn('dimension', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('item', 'text', (col) => col.notNull());
  for (const column of countColumns)
    table = table.addColumn(column, 'bigint', (col) => col.notNull().defaultTo(0));
  for (const column of sumColumns)
    table = table.addColumn(column, 'double precision', (col) => col.notNull().defaultTo(0));
  await table
    .addPrimaryKeyConstraint('outcome_rollup_pkey', ['scope_id', 'dimension', 'call_year', 'value', 'item'])
    .execute();
  await sql`alter table outcome_rollup set (fillfactor = 80)`.execute(db);
  // Which definition of the measures the rows were computed with; a newer one rebuilds them on start.
  await db.schema
    .createTable('outcome_rollup_state')
    .addColumn('singleton', 'boolean', (col) => col.primaryKey().defaultTo(true).check(sql`singleton`))
    .addColumn('measures_version', 'integer', (col) => col.notNull())
    .execute();
  // A participant's edits refresh their contributions, found through their surveys.
  await db.schema.createIndex('survey_participant_idx').on('survey').column('participant_id').execute();
}
