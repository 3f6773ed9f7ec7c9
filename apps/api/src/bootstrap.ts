import { countPlatformAdmins, type Database, insertUser, revokeOneTimeTokens } from '@mobilis/db';
import { sql } from 'kysely';
import { createOneTimeLink } from './auth/links.js';
import { hashPassword } from './auth/passwords.js';

export type FirstStart =
  | { kind: 'ready' }
  | { kind: 'admin_created'; email: string }
  | { kind: 'setup_link'; link: string };

/**
 * While no platform administrator exists (an empty database, or one with only the demo's accounts): the administrator from MOBILIS_ADMIN_EMAIL / MOBILIS_ADMIN_PASSWORD, or else a fresh
 * one-time setup link (earlier ones stop working) for the first person to choose their password.
 */
export async function prepareFirstStart(
  db: Database,
  {
    adminEmail,
    adminPassword,
    publicUrl,
    now,
  }: { adminEmail?: string; adminPassword?: string; publicUrl: string; now: Date },
): Promise<FirstStart> {
  // One at a time: several instances starting together on a new database create the administrator once.
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended('mobilis_first_start', 0))`.execute(trx);
    if ((await countPlatformAdmins(trx)) > 0) return { kind: 'ready' };
    if (adminEmail && adminPassword) {
      await insertUser(trx, {
        email: adminEmail,
        displayName: 'Administrator',
        passwordHash: await hashPassword(adminPassword),
        isPlatformAdmin: true,
      });
      return { kind: 'admin_created', email: adminEmail };
    }
    await revokeOneTimeTokens(trx, 'setup', null, now);
    return {
      kind: 'setup_link',
      link: await createOneTimeLink(trx, { purpose: 'setup', userId: null, now, publicUrl }),
    };
  });
}
