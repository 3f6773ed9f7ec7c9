import { markMessageFailed } from '@mobilis/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sendSurveyMessage } from '../src/survey/survey-scheduler.js';
import { codeOf } from './support/errors.js';
import { createMobilityWorld, participantInput } from './support/fixtures.js';
import { type Caller, createTestApi, MemoryCookie, type TestApi } from './support/harness.js';

let api: TestApi;
let admin: Caller;
let adminUser: { id: string; email: string };
beforeAll(async () => {
  api = await createTestApi();
  adminUser = await api.createUser({ name: 'Agency Administrator', admin: true });
  admin = await api.signIn(adminUser.email);
});
afterAll(() => api.close());

/** An organisation with one coordinator and one participant: what an administrator must not reach. */
async function schoolWithData() {
  const organisation = await api.createOrganisation();
  const coordinator = await api.member(organisation.id, 'coordinator');
  await coordinator.participant.create(participantInput(organisation.id));
  return { organisationId: organisation.id, coordinator };
}

const tokenOf = (link: string | null) => /#([A-Za-z0-9_-]{43})$/.exec(link ?? '')?.[1] ?? '';

async function messagesTo(email: string) {
  return api.database.db
    .selectFrom('outboxMessage')
    .select(['kind', 'bodyText'])
    .where('toAddress', '=', email)
    .execute();
}

describe('an administrator and the participants of an organisation', () => {
  it('cannot become a member by inviting their own account: the invitation waits for a coordinator', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const invited = await admin.member.invite({
      organisationId,
      email: adminUser.email,
      displayName: 'Agency Administrator',
      role: 'coordinator',
    });
    expect(invited).toMatchObject({ awaitingApproval: true, invitationLink: null });
    expect(await codeOf(admin.participant.list({ organisationId }))).toBe('NOT_FOUND');
    // Not even offered to the administrator to accept, and the organisation sees who proposed it.
    expect(await admin.member.myInvitations()).toEqual([]);
    expect(await codeOf(admin.member.acceptInvitation({ organisationId }))).toBe('NOT_FOUND');
    const members = await coordinator.member.list({ organisationId });
    expect(members.find((member) => member.userId === adminUser.id)).toMatchObject({
      status: 'awaiting_approval',
      invitedBy: 'Agency Administrator',
      invitedByAdministrator: true,
    });
    const trail = await coordinator.audit.trail({
      organisationId,
      entityType: 'membership',
      entityId: adminUser.id,
    });
    expect(trail.map((event) => event.action)).toEqual(['invite']);

    // A coordinator declines it by removing the proposal.
    await coordinator.member.remove({ organisationId, userId: adminUser.id });
    expect(await codeOf(admin.participant.list({ organisationId }))).toBe('NOT_FOUND');
  });

  it('cannot slip in an address of their own either, and learns no link for it', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const email = 'second-mailbox@agency.example';
    const { userId, invitationLink } = await admin.member.invite({
      organisationId,
      email,
      displayName: 'Someone',
      role: 'viewer',
    });
    expect(invitationLink).toBeNull();
    // Nothing is sent before a coordinator approves, so there is no link to intercept.
    expect(await messagesTo(email)).toEqual([]);

    const approved = await coordinator.member.approve({ organisationId, userId });
    expect(tokenOf(approved.invitationLink)).toHaveLength(43);
    expect(await messagesTo(email)).toHaveLength(1);
  });

  it('a membership an administrator proposed opens once a coordinator approves and the person accepts', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    await admin.member.invite({ organisationId, email: adminUser.email, displayName: 'x', role: 'viewer' });
    await coordinator.member.approve({ organisationId, userId: adminUser.id });
    expect(await codeOf(admin.participant.list({ organisationId }))).toBe('NOT_FOUND');
    expect(await admin.member.myInvitations()).toMatchObject([{ organisationId, role: 'viewer' }]);
    await admin.member.acceptInvitation({ organisationId });
    expect(await admin.participant.list({ organisationId })).toMatchObject({ rows: [{ givenName: 'Lena' }] });

    // The organisation sees every step, and who took it.
    const history = await coordinator.audit.access({ organisationId });
    expect(history.map((event) => [event.action, event.actorIsAdministrator, event.subjectName])).toEqual([
      ['accept', true, 'Agency Administrator'],
      ['approve', false, 'Agency Administrator'],
      ['invite', true, 'Agency Administrator'],
    ]);
    const viewer = await api.member(organisationId, 'viewer');
    expect(await codeOf(viewer.audit.access({ organisationId }))).toBe('FORBIDDEN');
  });

  it('sets up a new organisation: the first coordinator gets the link from the administrator', async () => {
    const organisation = await api.createOrganisation();
    const email = 'first-coordinator@school.example';
    const { invitationLink, awaitingApproval } = await admin.member.invite({
      organisationId: organisation.id,
      email,
      displayName: 'Erste Koordinatorin',
      role: 'coordinator',
    });
    expect(awaitingApproval).toBe(false);
    const cookie = new MemoryCookie();
    await (await api.caller(cookie)).auth.acceptInvitation({
      token: tokenOf(invitationLink),
      password: 'ein-langes-passwort',
    });
    const first = await api.caller(cookie);
    expect(await first.member.list({ organisationId: organisation.id })).toMatchObject([
      { email, status: 'active' },
    ]);
  });
});

describe('the outbox an administrator reads', () => {
  it('shows no live link: a password reset cannot be taken over', async () => {
    const { coordinator } = await schoolWithData();
    const me = await coordinator.auth.me();
    await (await api.caller()).auth.requestPasswordReset({ email: me?.email ?? '' });
    const reset = await vi.waitFor(async () => {
      const [message] = (await admin.admin.outbox({ limit: 500 })).filter((m) => m.toAddress === me?.email);
      if (!message) throw new Error('the reset is not queued yet');
      return message;
    });
    expect(reset?.kind).toBe('password_reset');
    expect(reset?.bodyText).toContain('/reset-password#[hidden]');
    expect(reset?.bodyText).not.toMatch(/[A-Za-z0-9_-]{43}/);
  });

  it("shows neither a participant's address nor their survey link", async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const world = await createMobilityWorld(coordinator, organisationId);
    const pupil = await coordinator.participant.create(
      participantInput(organisationId, { email: 'lena.pupil@schule.example' }),
    );
    const { id } = await coordinator.mobility.create({
      ...world.mobilityInput,
      participation: { mode: 'individual', participantId: pupil.id },
    });
    await coordinator.mobility.changeStatus({ organisationId, id, status: 'planned' });
    const survey = await api.database.db
      .selectFrom('survey')
      .select('id')
      .where('mobilityId', '=', id)
      .executeTakeFirstOrThrow();
    await sendSurveyMessage(
      api.database.db,
      survey.id,
      'invitation',
      api.services.clock(),
      'http://localhost',
    );
    expect((await messagesTo('lena.pupil@schule.example'))[0]?.bodyText).toMatch(/\/s\/[A-Za-z0-9_-]{43}/);

    const shown = (await admin.admin.outbox({ limit: 500 })).filter((m) => m.kind === 'survey_invitation');
    expect(shown.length).toBeGreaterThan(0);
    for (const message of shown) {
      expect(message).toMatchObject({ toParticipant: true, bodyText: '' });
      expect(message.toAddress).not.toContain('lena');
    }
  });
});

describe('invitations', () => {
  it('opens the organisation to a person with an account only once they accept', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const person = await api.createUser({ name: 'Marta Rossi' });
    const marta = await api.signIn(person.email);
    await coordinator.member.invite({
      organisationId,
      email: person.email,
      displayName: 'M',
      role: 'viewer',
    });
    expect(await codeOf(marta.participant.list({ organisationId }))).toBe('NOT_FOUND');
    expect((await marta.auth.me())?.memberships).toEqual([]);
    expect(await marta.member.myInvitations()).toMatchObject([
      { organisationId, invitedBy: expect.any(String) },
    ]);

    await marta.member.acceptInvitation({ organisationId });
    expect((await marta.participant.list({ organisationId })).rows).toHaveLength(1);
    expect(await codeOf(marta.member.acceptInvitation({ organisationId }))).toBe('NOT_FOUND');
  });

  it('lets the person decline, which withdraws the invitation', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const person = await api.createUser();
    const caller = await api.signIn(person.email);
    await coordinator.member.invite({
      organisationId,
      email: person.email,
      displayName: 'P',
      role: 'viewer',
    });
    await caller.member.declineInvitation({ organisationId });
    expect(await caller.member.myInvitations()).toEqual([]);
    expect((await coordinator.member.list({ organisationId })).map((m) => m.userId)).not.toContain(person.id);
  });

  it('answers alike whether or not the address has an account when mail leaves the server', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const known = await api.createUser();
    api.services.config.mailDelivery = true;
    try {
      const forKnown = await coordinator.member.invite({
        organisationId,
        email: known.email,
        displayName: 'K',
        role: 'viewer',
      });
      const forNew = await coordinator.member.invite({
        organisationId,
        email: 'nobody-yet@school.example',
        displayName: 'N',
        role: 'viewer',
      });
      const { userId: _a, ...known_ } = forKnown;
      const { userId: _b, ...new_ } = forNew;
      expect(known_).toEqual(new_);
      expect(new_).toEqual({ awaitingApproval: false, invitationLink: null, emailed: true });
    } finally {
      api.services.config.mailDelivery = false;
    }
  });

  it('sends a new link on request, and the old one stops working', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const { userId, invitationLink: first } = await coordinator.member.invite({
      organisationId,
      email: 'slow-reader@school.example',
      displayName: 'Slow Reader',
      role: 'viewer',
    });
    const { invitationLink: second } = await coordinator.member.resendInvitation({ organisationId, userId });
    expect(tokenOf(second)).not.toBe(tokenOf(first));
    const anonymous = await api.caller();
    expect(
      await codeOf(anonymous.auth.acceptInvitation({ token: tokenOf(first), password: 'a-long-password' })),
    ).toBe('BAD_REQUEST');
    await anonymous.auth.acceptInvitation({ token: tokenOf(second), password: 'a-long-password' });
    expect((await coordinator.member.list({ organisationId })).find((m) => m.userId === userId)?.status).toBe(
      'active',
    );
    expect(await codeOf(coordinator.member.resendInvitation({ organisationId, userId }))).toBe('CONFLICT');
  });

  it('refuses a second invitation of the same person, and viewers cannot invite', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const viewer = await api.member(organisationId, 'viewer');
    const input = {
      organisationId,
      email: 'twice@school.example',
      displayName: 'T',
      role: 'viewer' as const,
    };
    await coordinator.member.invite(input);
    expect(await codeOf(coordinator.member.invite(input))).toBe('CONFLICT');
    expect(await codeOf(viewer.member.invite({ ...input, email: 'other@school.example' }))).toBe('FORBIDDEN');
    expect(await codeOf(viewer.member.approve({ organisationId, userId: viewer.userId }))).toBe('FORBIDDEN');
  });
});

describe('attack (adversarial review): invitation link of someone else’s pending account', () => {
  it('an administrator cannot take over a pending invitee by inviting them into an empty organisation', async () => {
    // School B invites a new colleague; she has not chosen her password yet (mail or link still on its way).
    const { organisationId: schoolB, coordinator } = await schoolWithData();
    const victimEmail = 'new-colleague@school-b.example';
    await coordinator.member.invite({
      organisationId: schoolB,
      email: victimEmail,
      displayName: 'New Colleague',
      role: 'coordinator',
    });

    // The administrator creates an organisation with no coordinator and invites the same address there.
    const empty = await admin.organisation.create({
      legalName: 'Shell organisation',
      oid: 'E10999999',
      country: 'DE',
      city: 'Berlin',
      type: 'school',
    });
    const { invitationLink } = await admin.member.invite({
      organisationId: empty.id,
      email: victimEmail,
      displayName: 'whatever',
      role: 'viewer',
    });
    // A link sets the account's password: handed to the administrator, it would hand over her account.
    expect(invitationLink).toBeNull();
    // Her own link into school B still works, and accepts school B's invitation only.
    const [mailed] = await api.database.db
      .selectFrom('outboxMessage')
      .select('bodyText')
      .where('toAddress', '=', victimEmail)
      .orderBy('createdAt')
      .execute();
    const cookie = new MemoryCookie();
    await (await api.caller(cookie)).auth.acceptInvitation({
      token: /#([A-Za-z0-9_-]{43})/.exec(mailed?.bodyText ?? '')?.[1] ?? '',
      password: 'her-own-password',
    });
    const victim = await api.caller(cookie);
    expect((await victim.auth.me())?.memberships.map((m) => m.organisationId)).toEqual([schoolB]);
    expect(await victim.member.myInvitations()).toMatchObject([{ organisationId: empty.id }]);
  });

  it('a coordinator of one school cannot take over a pending invitee of another school either', async () => {
    const { organisationId: schoolB, coordinator: coordinatorB } = await schoolWithData();
    const { organisationId: schoolA, coordinator: coordinatorA } = await schoolWithData();
    const victimEmail = 'invitee-of-b@school-b.example';
    await coordinatorB.member.invite({
      organisationId: schoolB,
      email: victimEmail,
      displayName: 'V',
      role: 'viewer',
    });
    const { invitationLink } = await coordinatorA.member.invite({
      organisationId: schoolA,
      email: victimEmail,
      displayName: 'V',
      role: 'viewer',
    });
    expect(invitationLink).toBeNull();
  });
});

describe('attack (adversarial review): role change after approval', () => {
  it('an administrator approved as viewer cannot make themselves coordinator without the organisation', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    await admin.member.invite({ organisationId, email: adminUser.email, displayName: 'A', role: 'viewer' });
    await coordinator.member.approve({ organisationId, userId: adminUser.id });
    await admin.member.acceptInvitation({ organisationId });
    // The coordinator agreed to read-only access; the administrator upgrades it (organisationManagerProcedure).
    expect(
      await codeOf(admin.member.changeRole({ organisationId, userId: adminUser.id, role: 'coordinator' })),
    ).toBe('FORBIDDEN');
  });

  it('an administrator cannot change the role of their own proposal while it awaits approval', async () => {
    const { organisationId } = await schoolWithData();
    await admin.member.invite({ organisationId, email: adminUser.email, displayName: 'A', role: 'viewer' });
    expect(
      await codeOf(admin.member.changeRole({ organisationId, userId: adminUser.id, role: 'coordinator' })),
    ).toBe('FORBIDDEN');
  });
});

describe('attack (adversarial review): enumeration of accounts with mail delivery', () => {
  it('member.list does not show the name an existing account chose', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const known = await api.createUser({
      name: 'Real Name Of Account Holder',
      email: 'Known.Person@elsewhere.example',
    });
    api.services.config.mailDelivery = true;
    try {
      await coordinator.member.invite({
        organisationId,
        email: 'known.person@elsewhere.example',
        displayName: 'Typed By Coordinator',
        role: 'viewer',
      });
    } finally {
      api.services.config.mailDelivery = false;
    }
    const row = (await coordinator.member.list({ organisationId })).find((m) => m.userId === known.id);
    expect(row?.displayName).toBe('Typed By Coordinator');
    expect(row?.email).toBe('known.person@elsewhere.example');
  });
});

describe('attack (adversarial review): outbox', () => {
  it("a failed survey message's lastError does not show the participant's address", async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const world = await createMobilityWorld(coordinator, organisationId);
    const pupil = await coordinator.participant.create(
      participantInput(organisationId, { email: 'mia.secret@schule.example' }),
    );
    const { id } = await coordinator.mobility.create({
      ...world.mobilityInput,
      participation: { mode: 'individual', participantId: pupil.id },
    });
    await coordinator.mobility.changeStatus({ organisationId, id, status: 'planned' });
    const survey = await api.database.db
      .selectFrom('survey')
      .select('id')
      .where('mobilityId', '=', id)
      .executeTakeFirstOrThrow();
    await sendSurveyMessage(
      api.database.db,
      survey.id,
      'invitation',
      api.services.clock(),
      'http://localhost',
    );
    const message = await api.database.db
      .selectFrom('outboxMessage')
      .select('id')
      .where('surveyId', '=', survey.id)
      .executeTakeFirstOrThrow();
    // What nodemailer reports for a rejected recipient (the SMTP server's answer, which names the address).
    await markMessageFailed(api.database.db, message.id, {
      error:
        "Can't send mail - all recipients were rejected: 550 5.1.1 <mia.secret@schule.example>: Recipient address rejected: User unknown",
      retryAt: api.services.clock(),
      maxAttempts: 5,
    });
    const shown = (await admin.admin.outbox({ limit: 500 })).find((m) => m.id === message.id);
    expect(JSON.stringify(shown)).not.toContain('mia.secret');
  });
});

describe('attack (adversarial review): enumeration of disabled accounts', () => {
  it('member.invite answers alike for a disabled account', async () => {
    const { organisationId, coordinator } = await schoolWithData();
    const disabled = await api.createUser({ email: 'left-the-school@elsewhere.example' });
    await api.database.db
      .updateTable('appUser')
      .set({ disabledAt: new Date() })
      .where('id', '=', disabled.id)
      .execute();
    api.services.config.mailDelivery = true;
    try {
      const input = { organisationId, displayName: 'X', role: 'viewer' as const };
      expect(await codeOf(coordinator.member.invite({ ...input, email: 'nobody@elsewhere.example' }))).toBe(
        'OK',
      );
      expect(await codeOf(coordinator.member.invite({ ...input, email: disabled.email }))).toBe('OK');
    } finally {
      api.services.config.mailDelivery = false;
    }
  });
});

describe('attack (adversarial review): a kept invitation link outlives the password', () => {
  it('an invitation link stops working once the person has chosen a password another way', async () => {
    const shell = await api.createOrganisation();
    const email = 'set-up-by-admin@school.example';
    const { invitationLink } = await admin.member.invite({
      organisationId: shell.id,
      email,
      displayName: 'P',
      role: 'coordinator',
    });
    // The person ignores the link and uses "forgot password" (the reset mail reaches only her).
    await (await api.caller()).auth.requestPasswordReset({ email });
    const reset = await vi.waitFor(() =>
      api.database.db
        .selectFrom('outboxMessage')
        .select('bodyText')
        .where('toAddress', '=', email)
        .where('kind', '=', 'password_reset')
        .executeTakeFirstOrThrow(),
    );
    const resetToken = /#([A-Za-z0-9_-]{43})/.exec(reset.bodyText)?.[1] ?? '';
    await (await api.caller()).auth.resetPassword({ token: resetToken, password: 'her-own-password' });
    // The administrator still holds the invitation link: it must be dead now.
    expect(
      await codeOf(
        (await api.caller()).auth.acceptInvitation({
          token: tokenOf(invitationLink),
          password: 'admin-password',
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});
