import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { purgeExpiredSessions } from '../src/auth/session-purge.js';
import { prepareFirstStart } from '../src/bootstrap.js';
import { createCaller } from '../src/router/index.js';
import { createContextInner } from '../src/trpc/context.js';
import { codeOf, errorOf } from './support/errors.js';
import { createTestApi, MemoryCookie, type TestApi, testPassword } from './support/harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

async function latestMessageTo(email: string) {
  return api.database.db
    .selectFrom('outboxMessage')
    .select(['subject', 'bodyText', 'kind'])
    .where('toAddress', '=', email)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}

/** The latest message to `email`, once the server has queued it (a reset link is made after the answer). */
async function messageArriving(email: string) {
  return vi.waitFor(async () => {
    const latest = await latestMessageTo(email);
    if (!latest) throw new Error(`no message to ${email} yet`);
    return latest;
  });
}

const linkToken = (body: string) => /#([A-Za-z0-9_-]{43})/.exec(body)?.[1] ?? '';

describe('signing in', () => {
  it('signs in with email and password, sets the session cookie, and tells who is signed in', async () => {
    const user = await api.createUser({ email: 'Ana.Lopez@Example.org', name: 'Ana López' });
    const organisation = await api.createOrganisation({ legalName: 'IES Cervantes' });
    await api.database.db
      .insertInto('membership')
      .values({
        userId: user.id,
        organisationId: organisation.id,
        role: 'viewer',
        acceptedAt: new Date(),
        approvedAt: new Date(),
      })
      .execute();

    const caller = await api.signIn(' ana.lopez@example.org ');
    expect(caller.cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await caller.auth.me()).toMatchObject({
      email: 'ana.lopez@example.org',
      displayName: 'Ana López',
      isPlatformAdmin: false,
      memberships: [{ organisationId: organisation.id, legalName: 'IES Cervantes', role: 'viewer' }],
    });
  });

  it('stores only a hash of the session token', async () => {
    const user = await api.createUser();
    const caller = await api.signIn(user.email);
    const ids = await api.database.db
      .selectFrom('userSession')
      .select('id')
      .where('userId', '=', user.id)
      .execute();
    expect(ids).toHaveLength(1);
    expect(ids[0]?.id).not.toBe(caller.cookie.value);
  });

  it('says the same, and sets no cookie, for a wrong password and an unknown account', async () => {
    const user = await api.createUser();
    const wrongPassword = new MemoryCookie();
    const unknown = new MemoryCookie();
    const first = await errorOf(
      (await api.caller(wrongPassword)).auth.login({ email: user.email, password: 'wrong password!' }),
    );
    const second = await errorOf(
      (await api.caller(unknown)).auth.login({ email: 'nobody@example.org', password: testPassword }),
    );
    expect([first.code, second.code]).toEqual(['UNAUTHORIZED', 'UNAUTHORIZED']);
    expect(first.message).toBe(second.message);
    expect(wrongPassword.value).toBeUndefined();
    expect(unknown.value).toBeUndefined();
  });

  it('refuses bad input with the field named', async () => {
    const error = await errorOf((await api.caller()).auth.login({ email: 'not an email', password: '' }));
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('limits attempts per account, also with the right password afterwards', async () => {
    const user = await api.createUser();
    const caller = await api.caller(new MemoryCookie(), '10.0.0.1');
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await codeOf(caller.auth.login({ email: user.email, password: 'wrong password!' }))).toBe(
        'UNAUTHORIZED',
      );
    }
    expect(await codeOf(caller.auth.login({ email: user.email, password: testPassword }))).toBe(
      'TOO_MANY_REQUESTS',
    );
    api.advance(15 * 60 * 1000 + 1);
    expect(await codeOf(caller.auth.login({ email: user.email, password: testPassword }))).toBe('OK');
  });

  it('limits attempts per address across accounts', async () => {
    const caller = await api.caller(new MemoryCookie(), '10.0.0.2');
    for (let attempt = 0; attempt < 50; attempt++) {
      await codeOf(caller.auth.login({ email: `guess${attempt}@example.org`, password: 'wrong password!' }));
    }
    const user = await api.createUser();
    expect(await codeOf(caller.auth.login({ email: user.email, password: testPassword }))).toBe(
      'TOO_MANY_REQUESTS',
    );
  });
});

describe('sessions', () => {
  it('ends the session on the server at logout', async () => {
    const user = await api.createUser();
    const caller = await api.signIn(user.email);
    const stolenCopy = new MemoryCookie();
    stolenCopy.value = caller.cookie.value;
    await caller.auth.logout();
    expect(caller.cookie.value).toBeUndefined();
    expect(await (await api.caller(stolenCopy)).auth.me()).toBeNull();
  });

  it('expires after the idle time, and stays alive while used', async () => {
    const user = await api.createUser();
    const { cookie } = await api.signIn(user.email);
    const ttl = api.services.config.sessionTtlMs;

    api.advance(ttl * 0.75);
    expect(await (await api.caller(cookie)).auth.me()).not.toBeNull();
    api.advance(ttl * 0.75);
    expect(await (await api.caller(cookie)).auth.me()).not.toBeNull();
    api.advance(ttl + 1);
    expect(await (await api.caller(cookie)).auth.me()).toBeNull();
    expect(cookie.value).toBeUndefined();
  });

  it('purges expired sessions from the database, and keeps live ones', async () => {
    const sessionsOf = async (userId: string) =>
      (await api.database.db.selectFrom('userSession').select('id').where('userId', '=', userId).execute())
        .length;
    const idle = await api.createUser();
    await api.signIn(idle.email);
    api.advance(api.services.config.sessionTtlMs + 1);
    const active = await api.createUser();
    await api.signIn(active.email);
    expect(await sessionsOf(idle.id)).toBe(1);
    expect(
      await purgeExpiredSessions({ db: api.database.db, clock: api.services.clock }),
    ).toBeGreaterThanOrEqual(1);
    expect(await sessionsOf(idle.id)).toBe(0);
    expect(await sessionsOf(active.id)).toBe(1);
  });

  it('ends the other sessions when the password changes', async () => {
    const user = await api.createUser();
    const laptop = await api.signIn(user.email);
    const phone = await api.signIn(user.email);

    expect(
      await codeOf(
        laptop.auth.changePassword({
          currentPassword: 'not it at all',
          newPassword: 'a brand new passphrase',
        }),
      ),
    ).toBe('BAD_REQUEST');
    await laptop.auth.changePassword({
      currentPassword: testPassword,
      newPassword: 'a brand new passphrase',
    });
    expect(await (await api.caller(laptop.cookie)).auth.me()).not.toBeNull();
    expect(await (await api.caller(phone.cookie)).auth.me()).toBeNull();
    expect(await codeOf(api.signIn(user.email))).toBe('UNAUTHORIZED');
    await api.signIn(user.email, 'a brand new passphrase');
  });

  it('answers UNAUTHORIZED to a signed-out caller', async () => {
    expect(await codeOf((await api.caller()).auth.logout())).toBe('UNAUTHORIZED');
    expect(await codeOf((await api.caller()).organisation.list())).toBe('UNAUTHORIZED');
  });
});

describe('password reset', () => {
  it('sends a one-time link through the outbox, which sets a new password once and ends old sessions', async () => {
    const user = await api.createUser();
    const oldSession = await api.signIn(user.email);
    await (await api.caller()).auth.requestPasswordReset({ email: user.email.toUpperCase() });

    const message = await messageArriving(user.email);
    expect(message?.kind).toBe('password_reset');
    expect(message?.bodyText).toContain('http://localhost:3000/reset-password#');
    const token = linkToken(message?.bodyText ?? '');
    const stored = await api.database.db.selectFrom('oneTimeToken').select('id').execute();
    expect(stored.map((row) => row.id)).not.toContain(token);

    const anonymous = await api.caller();
    expect(await anonymous.auth.linkStatus({ token, purpose: 'password_reset' })).toEqual({ valid: true });
    await anonymous.auth.resetPassword({ token, password: 'my new long password' });
    expect(await anonymous.auth.linkStatus({ token, purpose: 'password_reset' })).toEqual({ valid: false });
    expect(await codeOf(anonymous.auth.resetPassword({ token, password: 'another new password' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await (await api.caller(oldSession.cookie)).auth.me()).toBeNull();
    await api.signIn(user.email, 'my new long password');
  });

  it('answers the same for an unknown address, and sends nothing', async () => {
    const before = await api.database.db.selectFrom('outboxMessage').select('id').execute();
    expect(await (await api.caller()).auth.requestPasswordReset({ email: 'nobody@example.org' })).toEqual({
      ok: true,
    });
    // Work after the answer runs in order: once a known account's link is queued, the unknown one's turn is over.
    const user = await api.createUser();
    await (await api.caller()).auth.requestPasswordReset({ email: user.email });
    await messageArriving(user.email);
    const after = await api.database.db.selectFrom('outboxMessage').select('id').execute();
    expect(after).toHaveLength(before.length + 1);
  });

  it('answers after the same database work whether or not the account exists', async () => {
    const user = await api.createUser();
    const statementsBeforeAnswer = async (email: string) => {
      const statements: string[] = [];
      const recorder: KyselyPlugin = {
        transformQuery: ({ node }) => {
          statements.push(node.kind);
          return node;
        },
        transformResult: async ({ result }) => result,
      };
      const database = { ...api.services.database, db: api.services.database.db.withPlugin(recorder) };
      const caller = createCaller(
        await createContextInner({ services: { ...api.services, database }, cookie: new MemoryCookie() }),
      );
      await caller.auth.requestPasswordReset({ email });
      return [...statements];
    };
    const known = await statementsBeforeAnswer(user.email);
    const unknown = await statementsBeforeAnswer(`no-${user.email}`);
    expect(known).toEqual(unknown);
    // The link for the account that exists is still made, once the answer has gone.
    expect((await messageArriving(user.email)).kind).toBe('password_reset');
  });

  it('refuses a link after an hour', async () => {
    const user = await api.createUser();
    await (await api.caller()).auth.requestPasswordReset({ email: user.email });
    const token = linkToken((await messageArriving(user.email)).bodyText);
    api.advance(60 * 60 * 1000 + 1);
    expect(
      await codeOf((await api.caller()).auth.resetPassword({ token, password: 'my new long password' })),
    ).toBe('BAD_REQUEST');
  });
});

describe('first start', () => {
  it('prints a setup link on an empty database, which creates the administrator once', async () => {
    const fresh = await createFreshApi();
    try {
      const now = fresh.services.clock();
      const start = await prepareFirstStart(fresh.database.db, { publicUrl: 'http://localhost:3000', now });
      expect(start.kind).toBe('setup_link');
      const token = linkToken(start.kind === 'setup_link' ? start.link : '');
      const cookie = new MemoryCookie();
      const setup = {
        token,
        email: 'admin@agency.example',
        displayName: 'Agency Admin',
        password: 'a long admin passphrase',
      };
      await (await fresh.caller(cookie)).auth.completeSetup(setup);
      expect(await (await fresh.caller(cookie)).auth.me()).toMatchObject({
        email: 'admin@agency.example',
        isPlatformAdmin: true,
      });
      expect(
        await codeOf((await fresh.caller()).auth.completeSetup({ ...setup, email: 'second@agency.example' })),
      ).toBe('BAD_REQUEST');
      expect(await prepareFirstStart(fresh.database.db, { publicUrl: 'http://x', now })).toEqual({
        kind: 'ready',
      });
    } finally {
      await fresh.close();
    }
  });
});

/** A second, empty database: this file's shares users between tests. */
async function createFreshApi() {
  await api.close();
  const fresh = await createTestApi();
  return {
    ...fresh,
    close: async () => {
      await fresh.close();
      api = await createTestApi();
    },
  };
}
