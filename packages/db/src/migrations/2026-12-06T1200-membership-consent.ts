import { type Kysely, sql } from 'kysely';

/**
 * A membership opens the organisation's data only once the person has accepted it, and, when a platform
 * administrator invited them into an organisation that has coordinators, once a coordinator has approved it. So
 * an administrator cannot make themselves (or an address they hold) a member on their own.
 *
 * Until accepted, a membership shows the name and address the inviter typed, not the account's own, so that an
 * invitation does not tell whether (or whose) an account exists. An invitation link belongs to one organisation's
 * invitation and accepts that one only.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('membership')
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('invited_by_user_id', 'uuid', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('invited_name', 'text')
    .addColumn('invited_email', 'text')
    .execute();
  // Until now a membership was open at once; an invited person without a password had not accepted yet.
  await sql`
    update membership set
      approved_at = membership.created_at,
      accepted_at = case when app_user.password_hash is not null then membership.created_at end
    from app_user where app_user.id = membership.user_id`.execute(db);

  await db.schema
    .alterTable('one_time_token')
    .addColumn('organisation_id', 'uuid', (col) => col.references('organisation.id').onDelete('cascade'))
    .execute();
}
