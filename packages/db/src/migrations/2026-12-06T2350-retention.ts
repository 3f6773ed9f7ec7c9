import type { Kysely } from 'kysely';

/**
 * How many years after the end of its last project a participant's personal data are kept before Mobilis erases
 * them (GDPR Art. 5(1)(e)). Five by default: Erasmus+ grant agreements ask beneficiaries to keep supporting records
 * for five years after the final payment (three for small grants); docs/privacy.md.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('organisation')
    .addColumn('retention_years', 'integer', (col) => col.notNull().defaultTo(5))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisation').dropColumn('retention_years').execute();
}
