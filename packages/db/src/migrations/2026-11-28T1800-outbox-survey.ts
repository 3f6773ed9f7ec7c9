import type { Kysely } from 'kysely';

/** The survey an e-mail invites to or reminds of, so that a message that cannot be sent marks it undelivered. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('outbox_message')
    .addColumn('survey_id', 'uuid', (col) => col.references('survey.id').onDelete('set null'))
    .execute();
}
