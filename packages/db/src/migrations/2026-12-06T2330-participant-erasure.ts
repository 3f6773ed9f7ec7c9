import type { Kysely } from 'kysely';

/**
 * When a participant's personal data was erased (GDPR Art. 17): the record stays, without identity, for the
 * programme's statistics (see docs/privacy.md).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('participant').addColumn('erased_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('participant').dropColumn('erased_at').execute();
}
