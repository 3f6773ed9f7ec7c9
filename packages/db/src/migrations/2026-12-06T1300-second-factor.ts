import { type Kysely, sql } from 'kysely';

/**
 * Two-step sign-in: a TOTP authenticator per account (RFC 6238) with single-use recovery codes, and passkeys
 * (WebAuthn credentials); the way each session was signed in; a short-lived link between the password step and the
 * second; the challenges a passkey ceremony signs; and an organisation's choice to require the second step of
 * everyone who opens its data.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('app_user')
    // Base32 secret; set while enrolling, confirmed (totp_enabled_at) once the person typed a right code.
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled_at', 'timestamptz')
    // The last time step whose code was accepted: a code works once (RFC 6238, section 5.2).
    .addColumn('totp_last_step', 'bigint')
    .execute();

  await db.schema
    .createTable('recovery_code')
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    // SHA-256 of the code: a stolen table gives no way in.
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('used_at', 'timestamptz')
    .addPrimaryKeyConstraint('recovery_code_pkey', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .alterTable('user_session')
    .addColumn('authenticated_with', 'text', (col) =>
      col
        .notNull()
        .defaultTo('password')
        .check(
          sql`authenticated_with in ('password', 'password_totp', 'password_passkey', 'password_recovery_code')`,
        ),
    )
    .execute();

  await db.schema
    .createTable('passkey')
    // The credential's id as the authenticator gives it (base64url).
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('public_key', 'bytea', (col) => col.notNull())
    // The signature counter the authenticator last reported: one that goes back means a cloned authenticator.
    .addColumn('counter', 'bigint', (col) => col.notNull().defaultTo(0))
    .addColumn('transports', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('passkey_user_idx').on('passkey').column('user_id').execute();

  await db.schema
    .createTable('webauthn_challenge')
    // What the ceremony belongs to: a session adding a passkey, or a sign-in's ticket (hashed).
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('challenge', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();

  await sql`alter table one_time_token drop constraint one_time_token_purpose_check`.execute(db);
  await sql`alter table one_time_token add constraint one_time_token_purpose_check
    check (purpose in ('setup', 'invitation', 'password_reset', 'second_factor'))`.execute(db);

  await db.schema
    .alterTable('organisation')
    .addColumn('requires_second_factor', 'boolean', (col) => col.notNull().defaultTo(false))
    .execute();
}
