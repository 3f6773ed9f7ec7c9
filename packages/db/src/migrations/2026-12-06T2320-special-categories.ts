import type { Kysely } from 'kysely';

/**
 * Barrier categories can reveal health or disability (special categories of personal data, GDPR Art. 9): seeing,
 * recording and exporting them is a permission of its own for a coordinator, granted and withdrawn by the
 * organisation's coordinators. Nobody holds it after this migration: the role alone no longer shows them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('membership')
    .addColumn('special_categories_granted_at', 'timestamptz')
    .addColumn('special_categories_granted_by', 'uuid', (col) =>
      col.references('app_user.id').onDelete('set null'),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('membership')
    .dropColumn('special_categories_granted_at')
    .dropColumn('special_categories_granted_by')
    .execute();
}
