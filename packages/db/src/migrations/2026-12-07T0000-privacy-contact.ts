import type { Kysely } from 'kysely';

/** Whom participants write to about their data (a data protection officer, an office): shown on the privacy page. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisation').addColumn('privacy_contact', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisation').dropColumn('privacy_contact').execute();
}
