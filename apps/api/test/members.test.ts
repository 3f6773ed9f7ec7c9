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
