import {
  type DatabaseHandle,
  findUserByEmail,
  insertUser,
  setPasswordHash,
  upsertMembership,
} from '@mobilis/db';
// The API's router and context, reached by path: @mobilis/api exports only its types. Measured as the API runs them,
// through tRPC's server-side caller (validation, middleware, access checks, procedures), without HTTP.
import { overviewReadItems } from '../../apps/api/src/analytics/items.js';
import { hashPassword } from '../../apps/api/src/auth/passwords.js';
import type { SessionCookie } from '../../apps/api/src/auth/session-cookie.js';
import { createCaller } from '../../apps/api/src/router/index.js';
import { type AppServices, defaultConfig } from '../../apps/api/src/services.js';
import { createContextInner } from '../../apps/api/src/trpc/context.js';

export type Caller = ReturnType<typeof createCaller>;

/** The items an overview or comparison reads: the raw reads beside them read the same. */
export { overviewReadItems };

/** The browser's cookie store, reduced to the API's session cookie. */
class MemoryCookie implements SessionCookie {
  value: string | undefined;
  read() {
    return this.value;
  }
  write(token: string) {
    this.value = token;
  }
  clear() {
    this.value = undefined;
  }
}

const password = 'bench password, not a secret';

export interface SignedIn {
  label: string;
  /** A caller with a fresh context, as each HTTP request gets one (the session is looked up again). */
  request(): Promise<Caller>;
}

export function apiServices(database: DatabaseHandle): AppServices {
  return { database, config: { ...defaultConfig }, clock: () => new Date() };
}

/**
 * Signs a bench user in through `auth.login`: a platform administrator, or a coordinator of `organisationId`. The
 * user is created on the first run and reused later.
 */
export async function signIn(
  services: AppServices,
  user: { label: string; email: string; admin: boolean; coordinatorOf?: string | undefined },
): Promise<SignedIn> {
  const db = services.database.db;
  const passwordHash = await hashPassword(password);
  const existing = await findUserByEmail(db, user.email);
  const id = existing
    ? existing.id
    : (await insertUser(db, { email: user.email, displayName: user.label, isPlatformAdmin: user.admin })).id;
  await setPasswordHash(db, id, passwordHash);
  await db.updateTable('appUser').set({ isPlatformAdmin: user.admin }).where('id', '=', id).execute();
  if (user.coordinatorOf) await upsertMembership(db, id, user.coordinatorOf, 'coordinator');
  const cookie = new MemoryCookie();
  const caller = createCaller(await createContextInner({ services, cookie }));
  await caller.auth.login({ email: user.email, password });
  if (!cookie.value) throw new Error(`${user.email} could not sign in`);
  return {
    label: user.label,
    request: async () => createCaller(await createContextInner({ services, cookie })),
  };
}
