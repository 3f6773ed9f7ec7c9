import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeAt } from '../src/auth/second-factor.js';
import { buildServer } from '../src/server.js';
import { codeOf, errorOf } from './support/errors.js';
import { participantInput } from './support/fixtures.js';
import { type Caller, createTestApi, MemoryCookie, type TestApi, testPassword } from './support/harness.js';
import { enrolAuthenticator } from './support/second-factor.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const step = 30_000;
const now = () => api.services.clock();

/** Sets up an authenticator (see enrolAuthenticator), checking what the server hands over to add it. */
async function enrol(caller: Caller & { cookie: MemoryCookie }) {
  const enrolled = await enrolAuthenticator(api, caller);
  expect(enrolled.uri).toMatch(/^otpauth:\/\/totp\/Mobilis:.+\?.*secret=/);
  expect(enrolled.qrSvg).toContain('<svg');
  return enrolled;
}

/** Both steps of signing in; returns the caller with the session it ends with. */
async function signInWithCode(email: string, code: (ticket: string) => string) {
  const cookie = new MemoryCookie();
  const anonymous = await api.caller(cookie);
  const first = await anonymous.auth.login({ email, password: testPassword });
  expect(first.secondStepTicket).toMatch(/^[\w-]{43}$/);
  expect(cookie.value).toBeUndefined();
  await anonymous.auth.completeSecondStep({
    ticket: first.secondStepTicket as string,
    code: code(first.secondStepTicket as string),
  });
  return api.caller(cookie);
}

describe('an authenticator app', () => {
  it('is set up with a code from the app, gives ten recovery codes, and counts for the session at once', async () => {
    const user = await api.createUser();
    const caller = await api.signIn(user.email);
    const { secret } = await caller.secondFactor.startAuthenticator();
    const wrong = await errorOf(caller.secondFactor.confirmAuthenticator({ code: '000000' }));
    expect(wrong.code).toBe('BAD_REQUEST');
    const { recoveryCodes } = await caller.secondFactor.confirmAuthenticator({ code: codeAt(secret, now()) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await (await api.caller(caller.cookie)).secondFactor.status()).toMatchObject({
      authenticator: true,
      recoveryCodesLeft: 10,
      thisSession: 'password_totp',
    });
    // Only their hashes are kept.
    const stored = await api.database.db
      .selectFrom('recoveryCode')
      .select('codeHash')
      .where('userId', '=', user.id)
      .execute();
    expect(stored.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);
    expect(await codeOf((await api.caller(caller.cookie)).secondFactor.startAuthenticator())).toBe(
      'CONFLICT',
    );
  });

  it('makes the password alone not enough: signing in takes a code, which works once', async () => {
    const user = await api.createUser();
    const { secret } = await enrol(await api.signIn(user.email));

    const code = codeAt(secret, now());
    const signedIn = await signInWithCode(user.email, () => code);
    expect(await signedIn.secondFactor.status()).toMatchObject({ thisSession: 'password_totp' });

    // The same code again (someone who watched it typed) is refused; the next step's code is taken.
    const anonymous = await api.caller();
    const again = await anonymous.auth.login({ email: user.email, password: testPassword });
    const replay = await errorOf(
      anonymous.auth.completeSecondStep({ ticket: again.secondStepTicket as string, code }),
    );
    expect(replay.code).toBe('UNAUTHORIZED');
    api.advance(step);
    await signInWithCode(user.email, () => codeAt(secret, now()));
  });

  it('takes a recovery code once, and the audit log says so', async () => {
    const user = await api.createUser();
    const { recoveryCodes } = await enrol(await api.signIn(user.email));
    const recovery = recoveryCodes[3] as string;
    const signedIn = await signInWithCode(user.email, () => recovery.toUpperCase().replace('-', ' '));
    expect(await signedIn.secondFactor.status()).toMatchObject({
      thisSession: 'password_recovery_code',
      recoveryCodesLeft: 9,
    });
    const anonymous = await api.caller();
    const again = await anonymous.auth.login({ email: user.email, password: testPassword });
    expect(
      await codeOf(
        anonymous.auth.completeSecondStep({ ticket: again.secondStepTicket as string, code: recovery }),
      ),
    ).toBe('UNAUTHORIZED');
    const events = await api.database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityId', '=', user.id)
      .execute();
    expect(events.map((event) => event.action)).toContain('signed_in_with_recovery_code');
  });

  it('allows five wrong codes per sign-in, and a ticket lasts five minutes', async () => {
    const user = await api.createUser();
    const { secret } = await enrol(await api.signIn(user.email));
    const anonymous = await api.caller();
    const { secondStepTicket } = await anonymous.auth.login({ email: user.email, password: testPassword });
    const ticket = secondStepTicket as string;
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect(await codeOf(anonymous.auth.completeSecondStep({ ticket, code: '123456' }))).toBe(
        'UNAUTHORIZED',
      );
    expect(await codeOf(anonymous.auth.completeSecondStep({ ticket, code: codeAt(secret, now()) }))).toBe(
      'TOO_MANY_REQUESTS',
    );

    const later = await anonymous.auth.login({ email: user.email, password: testPassword });
    api.advance(5 * 60 * 1000 + 1);
    const expired = await errorOf(
      anonymous.auth.completeSecondStep({
        ticket: later.secondStepTicket as string,
        code: codeAt(secret, now()),
      }),
    );
    expect(expired.message).toMatch(/expired/);
  });

  it('is removed only with the password, which makes the password enough again', async () => {
    const user = await api.createUser();
    const { next } = await enrol(await api.signIn(user.email));
    expect(await codeOf(next.secondFactor.removeAuthenticator({ password: 'not the password' }))).toBe(
      'BAD_REQUEST',
    );
    await next.secondFactor.removeAuthenticator({ password: testPassword });
    const again = await (await api.caller()).auth.login({ email: user.email, password: testPassword });
    expect(again.secondStepTicket).toBeNull();
  });
});

describe('changing the second steps', () => {
  it('ends the sessions signed in with the password alone once the first second step is added', async () => {
    const user = await api.createUser();
    const elsewhere = await api.signIn(user.email);
    await enrol(await api.signIn(user.email));
    expect(await (await api.caller(elsewhere.cookie)).auth.me()).toBeNull();
  });

  it('takes a session that passed the second step: a password alone cannot add, renew or remove them', async () => {
    const user = await api.createUser();
    const caller = await api.signIn(user.email);
    const { secret, next } = await enrol(caller);
    // A session counted as password-only (as one from before, or one with a stolen password would be).
    await api.database.db
      .updateTable('userSession')
      .set({ authenticatedWith: 'password' })
      .where('userId', '=', user.id)
      .execute();
    const passwordOnly = await api.caller(caller.cookie);
    const attempts = [
      () => passwordOnly.secondFactor.passkeyOptions(),
      () => passwordOnly.secondFactor.newRecoveryCodes({ code: codeAt(secret, now()) }),
      () => passwordOnly.secondFactor.removeAuthenticator({ password: testPassword }),
    ];
    for (const attempt of attempts) expect(await codeOf(attempt())).toBe('FORBIDDEN');
    expect(await (await api.caller(caller.cookie)).secondFactor.status()).toMatchObject({
      authenticator: true,
    });
    expect(next).toBeDefined();
  });
});

describe('administrators', () => {
  it('do nothing with the password alone until they add the second step, and then keep it', async () => {
    api.services.config.administratorsNeedSecondFactor = true;
    try {
      const user = await api.createUser({ admin: true });
      const admin = await api.signIn(user.email);
      expect(await admin.auth.me()).toMatchObject({ needsSecondStep: true });
      const refused = await errorOf(admin.admin.users());
      expect([refused.code, refused.message]).toEqual(['FORBIDDEN', expect.stringMatching(/two steps/)]);
      const organisation = await api.createOrganisation();
      expect(await codeOf(admin.member.list({ organisationId: organisation.id }))).toBe('FORBIDDEN');

      const { secret, next } = await enrol(admin);
      expect(await next.auth.me()).toMatchObject({ needsSecondStep: false });
      expect((await next.admin.users()).length).toBeGreaterThan(0);
      expect(await codeOf(next.secondFactor.removeAuthenticator({ password: testPassword }))).toBe(
        'FORBIDDEN',
      );
      const later = await signInWithCode(user.email, () => codeAt(secret, now()));
      expect((await later.admin.users()).length).toBeGreaterThan(0);
    } finally {
      api.services.config.administratorsNeedSecondFactor = false;
    }
  });
});

describe('an organisation that requires two-step sign-in', () => {
  it('opens its data only to sessions signed in with both steps, over tRPC and HTTP alike', async () => {
    const organisation = await api.createOrganisation();
    const coordinator = await api.member(organisation.id, 'coordinator');
    await coordinator.participant.create(participantInput(organisation.id));
    const organisationId = organisation.id;
    // Requiring it without having it would lock the coordinator out.
    expect(
      await codeOf(coordinator.secondFactor.setRequiredByOrganisation({ organisationId, required: true })),
    ).toBe('CONFLICT');
    const { next: coordinatorNow } = await enrol(coordinator);
    await coordinatorNow.secondFactor.setRequiredByOrganisation({ organisationId, required: true });

    const viewer = await api.member(organisationId, 'viewer');
    const refused = await errorOf(viewer.participant.list({ organisationId }));
    expect([refused.code, refused.message]).toEqual([
      'FORBIDDEN',
      expect.stringMatching(/requires two-step/),
    ]);
    const app = await buildServer({ services: api.services });
    const download = await app.inject({
      url: `/api/organisations/${organisationId}/exports/participants.csv`,
      headers: { cookie: `mobilis_session=${viewer.cookie.value}` },
    });
    expect(download.statusCode).toBe(403);
    await app.close();

    expect((await coordinatorNow.participant.list({ organisationId })).rows).toHaveLength(1);
    const { next: viewerNow } = await enrol(viewer);
    expect((await viewerNow.participant.list({ organisationId })).rows).toHaveLength(1);
  });
});

describe('passkeys (the ceremony itself runs in Chromium: apps/e2e/test/second-factor.test.ts)', () => {
  const forged = {
    id: 'Zm9yZ2Vk',
    rawId: 'Zm9yZ2Vk',
    type: 'public-key' as const,
    response: { clientDataJSON: 'e30', attestationObject: 'o2Nm', authenticatorData: 'AA', signature: 'AA' },
    clientExtensionResults: {},
  };

  it('refuses an answer that signs no challenge of ours, and keeps nothing', async () => {
    const user = await api.createUser();
    const caller = await api.signIn(user.email);
    expect(await codeOf(caller.secondFactor.addPasskey({ name: 'Forged', response: forged }))).toBe(
      'BAD_REQUEST',
    );
    const options = await caller.secondFactor.passkeyOptions();
    expect(options.rp).toMatchObject({ id: 'localhost', name: 'Mobilis' });
    expect(await codeOf(caller.secondFactor.addPasskey({ name: 'Forged', response: forged }))).toBe(
      'BAD_REQUEST',
    );
    // The challenge was used up by the failed try.
    expect(await codeOf(caller.secondFactor.addPasskey({ name: 'Forged', response: forged }))).toBe(
      'BAD_REQUEST',
    );
    expect((await caller.secondFactor.status()).passkeys).toEqual([]);
  });

  it('offers no passkey sign-in to an account without one, and refuses a forged signature', async () => {
    const user = await api.createUser();
    const { secret } = await enrol(await api.signIn(user.email));
    const anonymous = await api.caller();
    const { secondStepTicket, secondSteps } = await anonymous.auth.login({
      email: user.email,
      password: testPassword,
    });
    expect(secondSteps).toEqual({ authenticator: true, passkey: false });
    const ticket = secondStepTicket as string;
    expect(await codeOf(anonymous.auth.passkeyOptions({ ticket }))).toBe('CONFLICT');
    expect(await codeOf(anonymous.auth.completeSecondStepWithPasskey({ ticket, response: forged }))).toBe(
      'UNAUTHORIZED',
    );
    // The ticket still takes the right code.
    await anonymous.auth.completeSecondStep({ ticket, code: codeAt(secret, now()) });
  });
});
