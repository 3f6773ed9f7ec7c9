import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './support/errors.js';
import {
  csvText,
  type ExchangeWorld,
  exchangeWorld,
  mobilisHeaders,
  mobilisTemplateRow,
} from './support/exchange.js';
import { participantInput } from './support/fixtures.js';
import { type Caller, createTestApi, type MemoryCookie, type TestApi } from './support/harness.js';

// Barrier categories can reveal health or disability (special categories of data, GDPR Art. 9). Seeing, recording
// and exporting them is a permission of its own for a coordinator, granted and withdrawn by the organisation's
// coordinators and kept in its access history; the coordinator role alone no longer gives it (issue 17).

type Member = Caller & { cookie: MemoryCookie; userId: string };

let api: TestApi;
let world: ExchangeWorld;
let organisationId: string;
/** Holds the permission (granted when the test world is made). */
let keeper: Member;
/** A coordinator without it. */
let colleague: Member;
let participantId: string;

beforeAll(async () => {
  api = await createTestApi();
  world = await exchangeWorld(api, 750_001);
  organisationId = world.organisationId;
  keeper = await api.member(organisationId, 'coordinator', { specialCategories: true });
  colleague = (await api.member(organisationId, 'coordinator')) as Member;
  participantId = (
    await keeper.participant.create(
      participantInput(organisationId, { fewerOpportunities: true, barriers: ['health_problems'] }),
    )
  ).id;
});
afterAll(async () => {
  await world.client.app.close();
  await api.close();
});

const storedBarriers = async () =>
  (
    await api.database.db
      .selectFrom('participant')
      .select('barriers')
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow()
  ).barriers;

async function sensitiveExportHeaders(member: Member): Promise<string[]> {
  const response = await world.client.app.inject({
    url: `/api/organisations/${organisationId}/exports/participants.csv?includeSensitive=true`,
    headers: { cookie: `mobilis_session=${member.cookie.value}` },
  });
  expect(response.statusCode).toBe(200);
  return (response.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').split(/[,;]/);
}

describe('barrier categories without access to special categories', () => {
  it('are never quoted in an import report, and their column cannot be remapped by someone without access', async () => {
    const rows = [
      [...mobilisHeaders],
      // Barriers without "fewer opportunities": a rejected row, whose report every member reads.
      mobilisTemplateRow(world.grantAgreementNumber, 7, {
        Email: 'quoted.pupil@schule.example',
        'Fewer opportunities': 'No',
        Barriers: 'health_problems',
      }),
    ];
    const upload = await world.client.app.inject({
      method: 'POST',
      url: `/api/organisations/${organisationId}/imports?projectId=${world.projectId}&fileName=pupils.csv`,
      headers: { 'content-type': 'text/csv', cookie: `mobilis_session=${keeper.cookie.value}` },
      payload: csvText(rows),
    });
    expect(upload.statusCode, upload.body).toBe(202);
    const { id } = upload.json() as { id: string };
    const { importJobSettled } = await import('../src/exchange/import-jobs.js');
    await importJobSettled(id);
    const report = JSON.stringify((await colleague.import.get({ organisationId, id })).report);
    expect(report).toMatch(/Barriers/);
    expect(report).not.toContain('health_problems');
    expect(
      await codeOf(colleague.import.setMapping({ organisationId, id, mapping: { Barriers: 'nationality' } })),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(colleague.import.setMapping({ organisationId, id, mapping: { Email: 'barriers' } })),
    ).toBe('FORBIDDEN');
    await keeper.import.cancel({ organisationId, id });
  });

  it('are absent from the participant, the export and the analytics a coordinator without the permission sees', async () => {
    expect((await colleague.participant.byId({ organisationId, id: participantId })).barriers).toBeNull();
    expect((await keeper.participant.byId({ organisationId, id: participantId })).barriers).toEqual([
      'health_problems',
    ]);
    const headers = await sensitiveExportHeaders(colleague);
    expect(headers).toContain('Birth date');
    expect(headers).not.toContain('Barriers');
    expect(await sensitiveExportHeaders(keeper)).toContain('Barriers');
    expect(await codeOf(colleague.analytics.overview({ organisationId, breakdown: 'barrier' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      await codeOf(
        colleague.analytics.overview({ organisationId, where: { dimension: 'barrier', value: 'economic' } }),
      ),
    ).toBe('FORBIDDEN');
    await keeper.analytics.overview({ organisationId, breakdown: 'barrier' });
  });

  it('cannot be recorded by them, and their other changes leave the stored ones alone', async () => {
    const refused = colleague.participant.create(
      participantInput(organisationId, {
        familyName: 'Refused',
        fewerOpportunities: true,
        barriers: ['economic'],
      }),
    );
    expect(await codeOf(refused)).toBe('FORBIDDEN');
    const written = await api.database.db
      .selectFrom('participant')
      .select('id')
      .where('familyName', '=', 'Refused')
      .execute();
    expect(written).toEqual([]);
    expect(
      await codeOf(
        colleague.participant.update({ organisationId, id: participantId, barriers: ['economic'] }),
      ),
    ).toBe('FORBIDDEN');

    // The console sends no barriers for them: the name changes, the barriers stay.
    await colleague.participant.update({ organisationId, id: participantId, givenName: 'Lea', barriers: [] });
    expect(await storedBarriers()).toEqual(['health_problems']);
  });

  it('are not read from an import file they upload, which says so, and the stored ones stay', async () => {
    const email = 'barrier.pupil@schule.example';
    const rows = [
      [...mobilisHeaders],
      mobilisTemplateRow(world.grantAgreementNumber, 1, {
        Email: email,
        'Fewer opportunities': 'Yes',
        Barriers: 'economic',
      }),
    ];
    const upload = await world.client.app.inject({
      method: 'POST',
      url: `/api/organisations/${organisationId}/imports?projectId=${world.projectId}&fileName=pupils.csv`,
      headers: { 'content-type': 'text/csv', cookie: `mobilis_session=${colleague.cookie.value}` },
      payload: csvText(rows),
    });
    expect(upload.statusCode, upload.body).toBe(202);
    const { id } = upload.json() as { id: string };
    const { importJobSettled } = await import('../src/exchange/import-jobs.js');
    await importJobSettled(id);
    const job = await colleague.import.get({ organisationId, id });
    expect(job.report?.warnings).toContainEqual(
      expect.objectContaining({ column: 'Barriers', message: expect.stringMatching(/special categories/) }),
    );
    await colleague.import.confirm({ organisationId, id });
    await importJobSettled(id);
    const pupil = await api.database.db
      .selectFrom('participant')
      .select(['fewerOpportunities', 'barriers'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(pupil).toEqual({ fewerOpportunities: true, barriers: [] });
  });
});

describe('granting and withdrawing access to special categories', () => {
  it('is given only by a holder: a coordinator without it cannot give it to themselves, nor to anyone', async () => {
    expect(
      await codeOf(
        colleague.member.setSpecialCategoryAccess({
          organisationId,
          userId: colleague.userId,
          granted: true,
        }),
      ),
    ).toBe('FORBIDDEN');
    const third = await api.member(organisationId, 'coordinator');
    expect(
      await codeOf(
        colleague.member.setSpecialCategoryAccess({ organisationId, userId: third.userId, granted: true }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await (await api.caller(colleague.cookie)).participant.byId({ organisationId, id: participantId }))
        .barriers,
    ).toBeNull();
  });

  it('is given by any coordinator while nobody in the organisation holds it', async () => {
    const fresh = await api.createOrganisation();
    const first = await api.member(fresh.id, 'coordinator');
    await first.member.setSpecialCategoryAccess({
      organisationId: fresh.id,
      userId: first.userId,
      granted: true,
    });
    const members = await first.member.list({ organisationId: fresh.id });
    expect(members.find((member) => member.userId === first.userId)?.specialCategories).toBe(true);
  });

  it('is done by a coordinator, recorded in the access history, and takes effect at once', async () => {
    await keeper.member.setSpecialCategoryAccess({ organisationId, userId: colleague.userId, granted: true });
    // Context is read once per caller: a fresh one sees the new permission.
    const granted = await api.caller(colleague.cookie);
    expect((await granted.participant.byId({ organisationId, id: participantId })).barriers).toEqual([
      'health_problems',
    ]);
    const history = await keeper.audit.access({ organisationId });
    expect(history[0]).toMatchObject({ action: 'grant_special_categories', entityType: 'membership' });

    await keeper.member.setSpecialCategoryAccess({
      organisationId,
      userId: colleague.userId,
      granted: false,
    });
    expect(
      (await (await api.caller(colleague.cookie)).participant.byId({ organisationId, id: participantId }))
        .barriers,
    ).toBeNull();
    expect((await keeper.audit.access({ organisationId }))[0]).toMatchObject({
      action: 'withdraw_special_categories',
    });
  });

  it('is refused to viewers, administrators and other organisations, and a move to viewer withdraws it', async () => {
    const viewer = await api.member(organisationId, 'viewer');
    expect(
      await codeOf(
        keeper.member.setSpecialCategoryAccess({ organisationId, userId: viewer.userId, granted: true }),
      ),
    ).toBe('CONFLICT');
    expect(
      await codeOf(
        viewer.member.setSpecialCategoryAccess({ organisationId, userId: viewer.userId, granted: true }),
      ),
    ).toBe('FORBIDDEN');
    const admin = await api.signIn((await api.createUser({ admin: true })).email);
    expect(
      await codeOf(
        admin.member.setSpecialCategoryAccess({ organisationId, userId: colleague.userId, granted: true }),
      ),
    ).toBe('NOT_FOUND');
    const elsewhere = await api.member((await api.createOrganisation()).id, 'coordinator', {
      specialCategories: true,
    });
    expect(
      await codeOf(
        elsewhere.member.setSpecialCategoryAccess({
          organisationId,
          userId: colleague.userId,
          granted: true,
        }),
      ),
    ).toBe('NOT_FOUND');

    const mover = await api.member(organisationId, 'coordinator', { specialCategories: true });
    await keeper.member.changeRole({ organisationId, userId: mover.userId, role: 'viewer' });
    await keeper.member.changeRole({ organisationId, userId: mover.userId, role: 'coordinator' });
    expect(
      (await (await api.caller(mover.cookie)).participant.byId({ organisationId, id: participantId }))
        .barriers,
    ).toBeNull();
    const members = await keeper.member.list({ organisationId });
    expect(members.find((member) => member.userId === mover.userId)?.specialCategories).toBe(false);
  });
});
