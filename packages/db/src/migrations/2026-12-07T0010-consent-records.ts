import type { Kysely } from 'kysely';

/**
 * What a participant agreed to and in which wording (the version of the consent text, and the language it was shown
 * in), and when they withdrew their consent.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('survey')
    .addColumn('consent_wording', 'text')
    .addColumn('consent_withdrawn_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('survey')
    .dropColumn('consent_wording')
    .dropColumn('consent_withdrawn_at')
    .execute();
}
