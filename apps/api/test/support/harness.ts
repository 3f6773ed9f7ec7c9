import { insertOrganisation, insertUser, setSpecialCategoryAccess, upsertMembership } from '@mobilis/db';
import { createTestDatabase, type TestDatabase } from '@mobilis/db/testing';
import type { MembershipRole, OrganisationCreate } from '@mobilis/schema';
import { hashPassword } from '../../src/auth/passwords.js';
import type { SessionCookie } from '../../src/auth/session-cookie.js';
import { createCaller } from '../../src/router/index.js';
import { type AppServices, defaultConfig } from '../../src/services.js';
import { createContextInner } from '../../src/trpc/context.js';

/** The browser's cookie store, reduced to the one cookie the API sets. */
export class MemoryCookie implements SessionCookie {
  value: string | undefined;
  expiresAt: Date | undefined;
  read() {
    return this.value;
  }
  write(token: string, expiresAt: Date) {
    this.value = token;
    this.expiresAt = expiresAt;
  }
  clear() {
    this.value = undefined;
    this.expiresAt = undefined;
  }
}

export const testPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export type Caller = ReturnType<typeof createCaller>;

export interface TestApi {
  database: TestDatabase;
  services: AppServices;
  /** Moves the API's clock forward. */
  advance(ms: number): void;
  /** A caller for whoever holds this cookie (nobody, by default). */
  caller(cookie?: MemoryCookie, ip?: string): Promise<Caller>;
  /** Signs in through the API and returns a caller that carries the session. */
  signIn(email: string, password?: string): Promise<Caller & { cookie: MemoryCookie }>;
  createUser(options?: {
    email?: string;
    name?: string;
    admin?: boolean;
  }): Promise<{ id: string; email: string }>;
  createOrganisation(overrides?: Partial<OrganisationCreate>): Promise<{ id: string; legalName: string }>;
  /** A new user, signed in, with an open membership; `specialCategories` grants a coordinator access to barrier categories. */
  member(
    organisationId: string,
    role: MembershipRole,
    options?: { specialCategories?: boolean },
  ): Promise<Caller & { cookie: MemoryCookie; userId: string; email: string }>;
  close(): Promise<void>;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A real, migrated database and the API's services on it, with a clock the test controls. */
export async function createTestApi(): Promise<TestApi> {
  const database = await createTestDatabase();
  let now = new Date('2027-03-01T09:00:00Z');
  // Administrators' second step is a test of its own (second-factor.test.ts): here they sign in with a password.
  const config = { ...defaultConfig, administratorsNeedSecondFactor: false };
  const services: AppServices = { database, config, clock: () => new Date(now) };
  const db = database.db;

  const api: TestApi = {
    database,
    services,
    advance(ms) {
      now = new Date(now.getTime() + ms);
    },
    async caller(cookie = new MemoryCookie(), ip = '127.0.0.1') {
      return createCaller(await createContextInner({ services, cookie, ip }));
    },
    async signIn(email, password = testPassword) {
      const cookie = new MemoryCookie();
      await (await api.caller(cookie)).auth.login({ email, password });
      return withExtras(await api.caller(cookie), { cookie });
    },
    async createUser({ email = `user-${unique()}@example.org`, name = 'Test User', admin = false } = {}) {
      passwordHash ??= hashPassword(testPassword);
      const user = await insertUser(db, {
        email,
        displayName: name,
        passwordHash: await passwordHash,
        isPlatformAdmin: admin,
      });
      return { id: user.id, email: user.email };
    },
    async createOrganisation(overrides = {}) {
      const oid = `E${String(10_000_000 + Math.floor(Math.random() * 89_999_999))}`;
      return insertOrganisation(db, {
        legalName: `School ${unique()}`,
        oid,
        country: 'DE',
        city: 'Berlin',
        type: 'school',
        ...overrides,
      });
    },
    async member(organisationId, role, options = {}) {
      const user = await api.createUser({ name: `${role} ${unique()}` });
      await upsertMembership(db, user.id, organisationId, role);
      if (options.specialCategories)
        await setSpecialCategoryAccess(
          db,
          { userId: user.id, organisationId },
          { by: user.id, at: new Date() },
        );
      const signedIn = await api.signIn(user.email);
      return withExtras(signedIn, { cookie: signedIn.cookie, userId: user.id, email: user.email });
    },
    close: () => database.close(),
  };
  return api;
}

/** A tRPC caller is a proxy that treats every property as a procedure path: extras need a proxy of their own. */
function withExtras<T extends object>(caller: Caller, extras: T): Caller & T {
  return new Proxy(caller, {
    get: (target, property, receiver) =>
      property in extras ? extras[property as keyof T] : Reflect.get(target, property, receiver),
  }) as Caller & T;
}
