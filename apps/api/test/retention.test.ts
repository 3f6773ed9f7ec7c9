import { enqueueMessage } from '@mobilis/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../src/privacy/retention.js';
import { codeOf } from './support/errors.js';
import { storedImportJob } from './support/exchange.js';
import { createMobilityWorld, participantInput, projectInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';

// Retention: an organisation keeps participants' personal data for the years it chose after the end of the last
// project they took part in; the schedule then erases them as on request, and empties old import files and sent
// messages on shorter schedules. The clock is moved forward; the schedule must do exactly what the settings say,
// and the console shows it before it happens.

const day = 24 * 60 * 60 * 1000;
let api: TestApi;
let coordinator: Caller & { userId: string };
let organisationId: string;
const ids: Record<'ended' | 'later' | 'noMobility', string> = { ended: '', later: '', noMobility: '' };

let world: Awaited<ReturnType<typeof createMobilityWorld>>;

/** A participant on a mobility of a new project ending on `endDate`. */
async function inProject(endDate: string, familyName: string): Promise<string> {
  const project = await coordinator.project.create({
    ...projectInput(organisationId, Math.floor(Math.random() * 1e8)),
    endDate,
  });
  const { id } = await coordinator.participant.create(participantInput(organisationId, { familyName }));
  await coordinator.mobility.create({
    ...world.mobilityInput,
    projectId: project.id,
    participation: { mode: 'individual', participantId: id },
  });
  return id;
}

const erased = async () =>
  (
    await api.database.db
      .selectFrom('participant')
      .select('id')
      .where('organisationId', '=', organisationId)
      .where('erasedAt', 'is not', null)
      .execute()
  ).map((row) => row.id);

beforeAll(async () => {
  api = await createTestApi();
  organisationId = (await api.createOrganisation({ legalName: 'Berufskolleg Ost' })).id;
  coordinator = await api.member(organisationId, 'coordinator');
  // Its pupil is on a mobility of a project that ends on 30 June 2028.
  world = await createMobilityWorld(coordinator, organisationId);
  await coordinator.participant.update({ organisationId, id: world.pupil.id, familyName: 'Ended' });
  ids.ended = world.pupil.id;
  ids.later = await inProject('2031-12-31', 'Later');
  ids.noMobility = (
    await coordinator.participant.create(participantInput(organisationId, { familyName: 'Alone' }))
  ).id;
});
afterAll(() => api.close());

describe('retention of participants’ personal data', () => {
  it('is five years by default, refuses settings outside 1-30 years, and records a change', async () => {
    expect(await coordinator.retention.settings({ organisationId })).toMatchObject({ years: 5, dueNow: 0 });
    expect(await codeOf(coordinator.retention.update({ organisationId, years: 0 }))).toBe('BAD_REQUEST');
    expect(await codeOf(coordinator.retention.update({ organisationId, years: 31 }))).toBe('BAD_REQUEST');
    const viewer = await api.member(organisationId, 'viewer');
    expect(await codeOf(viewer.retention.update({ organisationId, years: 2 }))).toBe('FORBIDDEN');
    await coordinator.retention.update({ organisationId, years: 2 });
    const trail = await coordinator.audit.trail({
      organisationId,
      entityType: 'organisation',
      entityId: organisationId,
    });
    expect(trail[0]?.changes).toMatchObject({ retentionYears: { from: 5, to: 2 } });
  });

  it('shows what the schedule will erase before it runs, and erases exactly that when the time comes', async () => {
    // 2 years after 30 June 2028, and after the lone record's last change (today).
    const untilDue = new Date('2030-07-01T09:00:00Z').getTime() - api.services.clock().getTime();
    api.advance(untilDue - 31 * day);
    expect(await coordinator.retention.settings({ organisationId })).toMatchObject({
      years: 2,
      dueNow: 1, // the lone record, changed more than two years before
      dueWithin30Days: 1,
    });
    expect(await coordinator.retention.settings({ organisationId, years: 1 })).toMatchObject({ dueNow: 2 });
    expect(await runRetention(api.database.db, api.services.clock())).toMatchObject({ erased: 1 });
    expect(await erased()).toEqual([ids.noMobility]);

    api.advance(31 * day);
    expect(await coordinator.retention.settings({ organisationId })).toMatchObject({ dueNow: 1 });
    const report = await runRetention(api.database.db, api.services.clock());
    expect(report).toMatchObject({ erased: 1, postponed: 0 });
    expect((await erased()).sort()).toEqual([ids.ended, ids.noMobility].sort());
    expect(await coordinator.retention.settings({ organisationId })).toMatchObject({ dueNow: 0 });
    // Recorded as the schedule's doing, without a name.
    const trail = await coordinator.audit.trail({
      organisationId,
      entityType: 'participant',
      entityId: ids.ended,
    });
    expect(trail[0]).toMatchObject({ action: 'erase', changes: { reason: { to: 'retention' } } });
    expect(JSON.stringify(trail)).not.toContain('Ended');
  });

  it('waits for an unfinished import, and empties old import files and sent messages on their own schedules', async () => {
    const db = api.database.db;
    api.advance(4 * 365 * day); // the later project is past its two years too
    const project = await db
      .selectFrom('project')
      .select('id')
      .where('organisationId', '=', organisationId)
      .executeTakeFirstOrThrow();
    const waiting = await storedImportJob(api, {
      organisationId,
      projectId: project.id,
      userId: coordinator.userId,
    });
    expect(await runRetention(db, api.services.clock())).toMatchObject({ erased: 0, postponed: 1 });
    await db
      .updateTable('importJob')
      .set({ status: 'cancelled', finishedAt: new Date(api.services.clock().getTime() - 40 * day) })
      .where('id', '=', waiting)
      .execute();
    await enqueueMessage(db, {
      kind: 'test',
      toAddress: 'old@example.org',
      subject: 'Old',
      bodyText: 'Sent long ago',
    });
    await db
      .updateTable('outboxMessage')
      .set({ status: 'sent', createdAt: new Date('2027-01-01T00:00:00Z') })
      .execute();
    await enqueueMessage(db, {
      kind: 'test',
      toAddress: 'new@example.org',
      subject: 'New',
      bodyText: 'Waiting',
    });

    const report = await runRetention(db, api.services.clock());
    expect(report).toMatchObject({ erased: 1, messages: 1, postponed: 0 });
    expect(await erased()).toContain(ids.later);
    // Emptied by the erasure here (any finished import may hold the person's row), else after 30 days.
    const file = await db
      .selectFrom('importJob')
      .select(sql<number>`octet_length(file_bytes)`.as('size'))
      .where('id', '=', waiting)
      .executeTakeFirstOrThrow();
    expect(Number(file.size)).toBe(0);
    const left = await db.selectFrom('outboxMessage').select('toAddress').execute();
    expect(left).toEqual([{ toAddress: 'new@example.org' }]);
  });
});

describe('the privacy notice participants read', () => {
  it('is public, from the organisation’s settings, and says nothing of an organisation that does not exist', async () => {
    await coordinator.retention.update({
      organisationId,
      years: 4,
      privacyContact: '  datenschutz@bk-ost.example ',
    });
    const anonymous = await api.caller();
    expect(await anonymous.retention.notice({ organisationId })).toMatchObject({
      legalName: 'Berufskolleg Ost',
      retentionYears: 4,
      privacyContact: 'datenschutz@bk-ost.example',
    });
    expect(
      await codeOf(anonymous.retention.notice({ organisationId: '00000000-0000-4000-8000-000000000000' })),
    ).toBe('NOT_FOUND');
    await coordinator.retention.update({ organisationId, years: 4, privacyContact: '' });
    expect((await anonymous.retention.notice({ organisationId })).privacyContact).toBeNull();
  });
});

describe('the shorter schedules', () => {
  it('empty import files finished more than 30 days ago, and no others', async () => {
    const db = api.database.db;
    const organisation = await api.createOrganisation();
    const member = await api.member(organisation.id, 'coordinator');
    const project = await member.project.create(projectInput(organisation.id));
    const job = (fileName: string) =>
      storedImportJob(api, {
        organisationId: organisation.id,
        projectId: project.id,
        userId: member.userId,
        fileName,
        text: 'Given name\nAna\n',
      });
    const [old, recent] = [await job('old.csv'), await job('recent.csv')];
    const now = api.services.clock();
    const finished = (id: string, daysAgo: number) =>
      db
        .updateTable('importJob')
        .set({ status: 'committed', finishedAt: new Date(now.getTime() - daysAgo * day) })
        .where('id', '=', id)
        .execute();
    await finished(old, 31);
    await finished(recent, 29);
    expect(await runRetention(db, now)).toMatchObject({ erased: 0, importFiles: 1 });
    const sizes = await db
      .selectFrom('importJob')
      .select(['fileName', sql<number>`octet_length(file_bytes)`.as('size')])
      .where('organisationId', '=', organisation.id)
      .orderBy('fileName')
      .execute();
    expect(sizes.map((row) => [row.fileName, Number(row.size)])).toEqual([
      ['old.csv', 0],
      ['recent.csv', 15],
    ]);
  });
});
