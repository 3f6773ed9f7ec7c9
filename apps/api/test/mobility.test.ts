import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, errorOf, fieldErrorsOf } from './support/errors.js';
import { berlin, createMobilityWorld, participantInput, projectInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';

let api: TestApi;
let organisationId: string;
let coordinator: Caller;
let viewer: Caller;

beforeAll(async () => {
  api = await createTestApi();
  organisationId = (await api.createOrganisation()).id;
  coordinator = await api.member(organisationId, 'coordinator', { specialCategories: true });
  viewer = await api.member(organisationId, 'viewer');
});
afterAll(() => api.close());

const countRows = async (table: 'mobility' | 'participant' | 'project' | 'auditEvent') =>
  Number(
    (
      await api.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('mobility activities', () => {
  it('creates a mobility with its derived figures, eligibility and next statuses', async () => {
    const { mobility, pupil } = await createMobilityWorld(coordinator, organisationId);
    const view = await coordinator.mobility.byId({ organisationId, id: mobility.id });
    expect(view).toMatchObject({
      status: 'draft',
      activityType: 'LM-SHORT-PUPIL',
      participation: { mode: 'individual', participantId: pupil.id },
      origin: berlin,
      metrics: {
        durationDays: 14,
        distanceKm: 877.5,
        distanceBand: '500-1999',
        greenTravel: true,
        fundedTravelDays: 2,
      },
      eligibility: [],
    });
    expect(view.participants).toEqual([
      expect.objectContaining({ id: pupil.id, givenName: 'Lena', role: 'participant' }),
    ]);
    expect(view.transitions).toEqual([
      { to: 'planned', ok: true },
      { to: 'cancelled', ok: true },
    ]);
  });

  it('moves through its statuses, and refuses a completion that breaks an eligibility rule, naming the field', async () => {
    const { mobility } = await createMobilityWorld(coordinator, organisationId);
    const id = mobility.id;
    await coordinator.mobility.changeStatus({ organisationId, id, status: 'planned' });
    await coordinator.mobility.update({ organisationId, id, endDate: '2027-05-30' });
    const refused = await errorOf(
      coordinator.mobility.changeStatus({ organisationId, id, status: 'completed' }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(refused))).toContain('endDate');
    expect((await coordinator.mobility.byId({ organisationId, id })).status).toBe('planned');

    await coordinator.mobility.update({ organisationId, id, endDate: '2027-03-14' });
    await coordinator.mobility.changeStatus({ organisationId, id, status: 'ongoing' });
    await coordinator.mobility.changeStatus({ organisationId, id, status: 'completed' });
    expect(await codeOf(coordinator.mobility.changeStatus({ organisationId, id, status: 'draft' }))).toBe(
      'BAD_REQUEST',
    );

    const trail = await coordinator.audit.trail({ organisationId, entityType: 'mobility', entityId: id });
    expect(trail.map((event) => event.action)).toEqual([
      'status',
      'status',
      'update',
      'update',
      'status',
      'create',
    ]);
  });

  it('recomputes the distance band when the destination changes', async () => {
    const { mobility } = await createMobilityWorld(coordinator, organisationId);
    const lisbon = { city: 'Lisboa', country: 'PT', coordinates: { lat: 38.7223, lon: -9.1393 } };
    await coordinator.mobility.update({ organisationId, id: mobility.id, destination: lisbon });
    const view = await coordinator.mobility.byId({ organisationId, id: mobility.id });
    expect(view.metrics.distanceBand).toBe('2000-2999');
  });

  it('lists, filters, searches and pages the organisation’s mobilities', async () => {
    const { project } = await createMobilityWorld(coordinator, organisationId);
    const other = await coordinator.participant.create(
      participantInput(organisationId, { givenName: 'Jonas', familyName: 'Öztürk' }),
    );
    for (const day of ['2027-04-01', '2027-04-02', '2027-04-03']) {
      await coordinator.mobility.create({
        organisationId,
        projectId: project.id,
        participation: { mode: 'individual', participantId: other.id },
        startDate: day,
        endDate: '2027-04-20',
      });
    }
    const first = await viewer.mobility.list({ organisationId, search: 'öztü', limit: 2 });
    expect(first.total).toBe(3);
    // Accents and case do not matter, whichever locale the database runs in.
    expect((await viewer.mobility.list({ organisationId, search: 'OZTURK' })).total).toBe(3);
    expect(first.rows.map((row) => row.startDate)).toEqual(['2027-04-03', '2027-04-02']);
    expect(first.rows[0]?.participantNames).toBe('Jonas Öztürk');
    const second = await viewer.mobility.list({
      organisationId,
      search: 'öztü',
      limit: 2,
      cursor: first.nextCursor ?? '',
    });
    expect(second.rows.map((row) => row.startDate)).toEqual(['2027-04-01']);
    expect(second.nextCursor).toBeNull();

    const planned = await viewer.mobility.list({
      organisationId,
      projectId: project.id,
      status: ['draft'],
      destinationCountry: ['FR'],
    });
    expect(planned.rows).toHaveLength(1);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const { project } = await createMobilityWorld(coordinator, organisationId);
    const before = await Promise.all([countRows('mobility'), countRows('auditEvent')]);
    const error = await errorOf(
      coordinator.mobility.create({
        organisationId,
        projectId: project.id,
        startDate: '2027-05-10',
        endDate: '2027-05-01',
        travelDays: -1,
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    const fieldErrors = fieldErrorsOf(error);
    expect(fieldErrors).toMatchObject({
      endDate: ['End date must not be before the start date'],
      travelDays: ['Travel days must be at least 0'],
    });
    expect(await Promise.all([countRows('mobility'), countRows('auditEvent')])).toEqual(before);
  });

  it('lets a viewer read but not write', async () => {
    const { mobility } = await createMobilityWorld(coordinator, organisationId);
    expect((await viewer.mobility.byId({ organisationId, id: mobility.id })).id).toBe(mobility.id);
    expect(await codeOf(viewer.mobility.update({ organisationId, id: mobility.id, travelDays: 3 }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(viewer.mobility.delete({ organisationId, id: mobility.id }))).toBe('FORBIDDEN');
    expect(await codeOf(viewer.project.create(projectInput(organisationId, 999)))).toBe('FORBIDDEN');
  });

  it('deletes a mobility for a coordinator and records it', async () => {
    const { mobility } = await createMobilityWorld(coordinator, organisationId);
    await coordinator.mobility.delete({ organisationId, id: mobility.id });
    expect(await codeOf(coordinator.mobility.byId({ organisationId, id: mobility.id }))).toBe('NOT_FOUND');
    const trail = await coordinator.audit.trail({
      organisationId,
      entityType: 'mobility',
      entityId: mobility.id,
    });
    expect(trail[0]?.action).toBe('delete');
  });
});

describe('participants', () => {
  it('shows barrier categories to a coordinator with access to special categories only, and keeps them out of the audit log', async () => {
    const created = await coordinator.participant.create(
      participantInput(organisationId, { fewerOpportunities: true, barriers: ['health_problems'] }),
    );
    expect((await coordinator.participant.byId({ organisationId, id: created.id })).barriers).toEqual([
      'health_problems',
    ]);
    expect((await viewer.participant.byId({ organisationId, id: created.id })).barriers).toBeNull();
    const trail = await coordinator.audit.trail({
      organisationId,
      entityType: 'participant',
      entityId: created.id,
    });
    expect(JSON.stringify(trail)).not.toContain('health_problems');
    expect(trail[0]?.changes.barriers).toEqual({ redacted: true });
  });

  it('refuses a second participant with the same e-mail in one organisation', async () => {
    const input = participantInput(organisationId);
    await coordinator.participant.create(input);
    expect(await codeOf(coordinator.participant.create({ ...input, email: input.email.toUpperCase() }))).toBe(
      'CONFLICT',
    );
  });

  it('searches by part of a name and pages in name order', async () => {
    for (const familyName of ['Andersen', 'Bauer', 'Castro']) {
      await coordinator.participant.create(
        participantInput(organisationId, { givenName: 'Searchable', familyName }),
      );
    }
    const first = await viewer.participant.list({ organisationId, search: 'searchab', limit: 2 });
    expect(first.rows.map((row) => row.familyName)).toEqual(['Andersen', 'Bauer']);
    const second = await viewer.participant.list({
      organisationId,
      search: 'searchab',
      limit: 2,
      cursor: first.nextCursor ?? '',
    });
    expect(second.rows.map((row) => row.familyName)).toEqual(['Castro']);
    expect(first.total).toBe(3);
  });
});
