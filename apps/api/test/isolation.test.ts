import { type AnyProcedure, TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from '../src/router/index.js';
import { storedImportJob } from './support/exchange.js';
import { createMobilityWorld } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';

// Walks every procedure of the router, as it is, and proves that a coordinator of another organisation can
// neither read nor change organisation A's data, and that A's viewer can read but not change it. Inputs are
// built from each procedure's own input schema, so a new procedure is covered without editing this file; when
// it has a required field this file cannot fill, the test says which.

type World = Record<string, string>;

let api: TestApi;
let worldA: World;
let worldB: World;
let coordinatorB: Caller;
let viewerA: Caller;

beforeAll(async () => {
  api = await createTestApi();
  worldA = await buildWorld('Escola Secundária do Porto');
  worldB = await buildWorld('Liceo Scientifico di Bologna');
  coordinatorB = await api.signIn(worldB.coordinatorEmail as string);
  viewerA = await api.member(worldA.organisationId as string, 'viewer');
  worldA.userId = (await viewerA.auth.me())?.userId as string;
});
afterAll(() => api.close());

async function buildWorld(legalName: string): Promise<World> {
  const organisation = await api.createOrganisation({ legalName });
  const coordinator = await api.member(organisation.id, 'coordinator');
  const world = await createMobilityWorld(coordinator, organisation.id);
  await coordinator.mobility.changeStatus({
    organisationId: organisation.id,
    id: world.mobility.id,
    status: 'planned',
  });
  const [survey] = await coordinator.survey.plan({
    organisationId: organisation.id,
    mobilityId: world.mobility.id,
  });
  const importJobId = await storedImportJob(api, {
    organisationId: organisation.id,
    projectId: world.project.id,
    userId: coordinator.userId,
  });
  return {
    importJobId,
    surveyId: survey?.id as string,
    organisationId: organisation.id,
    legalName,
    coordinatorEmail: coordinator.email,
    projectId: world.project.id,
    participantId: world.pupil.id,
    partnerId: world.receiving.id,
    sendingOrganisationId: world.sending.id,
    receivingOrganisationId: world.receiving.id,
    mobilityId: world.mobility.id,
    userId: coordinator.userId,
  };
}

/** Which record an `id` input names, by the router it belongs to. */
const idKeyByRouter: Record<string, string> = {
  mobility: 'mobilityId',
  participant: 'participantId',
  project: 'projectId',
  partner: 'partnerId',
  import: 'importJobId',
};

/** Plausible values for required fields that are not ids. */
const exampleValues: Record<string, unknown> = {
  entityType: 'mobility',
  role: 'viewer',
  status: 'planned',
  email: 'someone.new@example.org',
  displayName: 'Someone New',
  givenName: 'Ana',
  familyName: 'Silva',
  birthDate: '2010-01-01',
  gender: 'female',
  nationality: 'PT',
  kind: 'pupil',
  legalName: 'Another organisation',
  country: 'PT',
  city: 'Porto',
  type: 'school',
  grantAgreementNumber: '2027-1-PT01-KA122-SCH-000000777',
  actionType: 'KA122',
  field: 'school_education',
  startDate: '2027-02-01',
  endDate: '2027-02-20',
  reason: 'Moved to another school',
  baselineOffsetDays: 10,
  followUpOffsetDays: 120,
  followUpEnabled: true,
  reminderDays: [7],
  outcomeCode: 'L01',
  groupA: { dimension: 'gender', value: 'female' },
  groupB: { dimension: 'gender', value: 'male' },
  mapping: { 'Shoe size': 'ignore' },
  granted: true,
  years: 5,
};

function inputShape(procedure: AnyProcedure): Record<string, z.ZodType> {
  const inputs = (procedure._def as { inputs?: unknown[] }).inputs ?? [];
  return Object.assign({}, ...inputs.map((parser) => (parser instanceof z.ZodObject ? parser.shape : {})));
}

/** An input aimed at `world`'s records, in the organisation `scope`. */
function inputFor(
  path: string,
  procedure: AnyProcedure,
  world: World,
  scope: string,
): Record<string, unknown> | undefined {
  const shape = inputShape(procedure);
  const keys = Object.keys(shape);
  if (keys.length === 0) return undefined;
  const routerName = path.split('.')[0] as string;
  const input: Record<string, unknown> = {};
  for (const key of keys) {
    const optional = shape[key]?.safeParse(undefined).success;
    if (key === 'organisationId' || key === 'beneficiaryOrganisationId') input[key] = scope;
    else if (key === 'id') input[key] = world[idKeyByRouter[routerName] ?? ''];
    else if (key === 'entityId') input[key] = world.mobilityId;
    else if (key.endsWith('Id') && key in world) input[key] = world[key];
    else if (key.endsWith('Ids') && key.slice(0, -1) in world) input[key] = [world[key.slice(0, -1)]];
    else if (!optional) input[key] = exampleValues[key];
  }
  return input;
}

/**
 * What an organisation publishes for its participants, as its privacy notice must (GDPR Art. 13): its name, place,
 * retention and contact, to anyone with the link. Tested in retention.test.ts.
 */
const published = new Set(['retention.notice']);
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, AnyProcedure>,
).filter(([path]) => !published.has(path));
const scoped = procedures.filter(([, procedure]) => 'organisationId' in inputShape(procedure));
const unscoped = procedures.filter(([, procedure]) => !('organisationId' in inputShape(procedure)));

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path
    .split('.')
    .reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

async function outcome(
  promise: Promise<unknown>,
): Promise<{ code: string; body?: unknown; message?: string }> {
  try {
    return { code: 'OK', body: await promise };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

/** Every row organisation A owns, to compare before and after the attempts. */
async function snapshotOf(organisationId: string) {
  const db = api.database.db;
  const [organisation, members, projects, participants, partners, mobilities] = await Promise.all([
    db.selectFrom('organisation').selectAll().where('id', '=', organisationId).execute(),
    db
      .selectFrom('membership')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .orderBy('userId')
      .execute(),
    db.selectFrom('project').selectAll().where('organisationId', '=', organisationId).execute(),
    db.selectFrom('participant').selectAll().where('organisationId', '=', organisationId).execute(),
    db.selectFrom('partnerOrganisation').selectAll().where('organisationId', '=', organisationId).execute(),
    db.selectFrom('mobility').selectAll().where('organisationId', '=', organisationId).execute(),
  ]);
  return JSON.stringify({ organisation, members, projects, participants, partners, mobilities });
}

const secretsOf = (world: World) =>
  [world.legalName, world.projectId, world.participantId, world.mobilityId, world.partnerId] as string[];

describe('tenancy: every organisation-scoped procedure', () => {
  it('is found in the router', () => {
    expect(scoped.map(([path]) => path)).toEqual(
      expect.arrayContaining(['mobility.update', 'participant.byId', 'member.list']),
    );
  });

  it.each(scoped.map(([path, procedure]) => [path, procedure] as const))(
    '%s: answers NOT_FOUND to a coordinator of another organisation, and changes nothing',
    async (path, procedure) => {
      const before = await snapshotOf(worldA.organisationId as string);
      // B names A's organisation: A does not exist for B.
      const intoA = await outcome(
        call(coordinatorB, path, inputFor(path, procedure, worldA, worldA.organisationId as string)),
      );
      expect(intoA.code, `${path} into A: ${intoA.message}`).toBe('NOT_FOUND');
      // B names its own organisation but A's records: they do not exist in B.
      const withAIds = inputFor(path, procedure, worldA, worldB.organisationId as string) ?? {};
      const fromB = await outcome(call(coordinatorB, path, withAIds));
      // A record named by id does not exist in B, and a change may not refer to one; a query that filters by
      // A's ids (projectId in a list) finds nothing.
      const aIds = new Set(Object.values(worldA));
      const namesARecord = Object.entries(withAIds).some(
        ([key, value]) => key !== 'organisationId' && [value].flat().some((item) => aIds.has(item as string)),
      );
      const targetsARecord = namesARecord && (procedure._def.type === 'mutation' || 'id' in withAIds);
      if (targetsARecord) expect(fromB.code, `${path} with A's ids: ${fromB.message}`).toBe('NOT_FOUND');
      for (const secret of secretsOf(worldA))
        expect(JSON.stringify(fromB.body ?? null)).not.toContain(secret);
      expect(await snapshotOf(worldA.organisationId as string)).toBe(before);
    },
  );

  it.each(scoped.map(([path, procedure]) => [path, procedure] as const))(
    '%s: lets a viewer read, never write',
    async (path, procedure) => {
      const before = await snapshotOf(worldA.organisationId as string);
      const result = await outcome(
        call(viewerA, path, inputFor(path, procedure, worldA, worldA.organisationId as string)),
      );
      // The audit log, individual survey answers and participants' requests about their data are for coordinators.
      const forCoordinators =
        path.startsWith('audit.') || path === 'survey.answers' || path === 'participant.openRequests';
      // Answering an invitation acts on the caller's own pending membership, which a member does not have.
      const answersOwnInvitation = path === 'member.acceptInvitation' || path === 'member.declineInvitation';
      if (answersOwnInvitation) {
        expect(result.code, `${path}: ${result.message}`).toBe('NOT_FOUND');
        expect(await snapshotOf(worldA.organisationId as string)).toBe(before);
      } else if (procedure._def.type === 'query' && !forCoordinators) {
        expect(result.code, `${path}: ${result.message}`).toBe('OK');
      } else {
        expect(result.code, `${path}: ${result.message}`).toBe('FORBIDDEN');
        expect(await snapshotOf(worldA.organisationId as string)).toBe(before);
      }
    },
  );
});

describe('tenancy: procedures without an organisation', () => {
  it.each(unscoped.map(([path, procedure]) => [path, procedure] as const))(
    '%s: shows a coordinator of another organisation nothing of A',
    async (path, procedure) => {
      const before = await snapshotOf(worldA.organisationId as string);
      const result = await outcome(
        call(coordinatorB, path, inputFor(path, procedure, worldA, worldA.organisationId as string)),
      );
      for (const secret of secretsOf(worldA))
        expect(JSON.stringify(result.body ?? null), path).not.toContain(secret);
      expect(await snapshotOf(worldA.organisationId as string)).toBe(before);
    },
  );
});

describe('tenancy: the database itself', () => {
  const foreignKeyViolation = { code: '23503' };

  it('refuses a survey filed under another organisation than its mobility’s', async () => {
    const insert = sql`
insert into survey (organisation_id, mobility_id, participant_id, wave, due_date, outcome_codes, locale)
values (${worldB.organisationId}, ${worldA.mobilityId}, ${worldB.participantId}, 'follow_up', '2027-12-01', '{L01}', 'en')`;
    await expect(insert.execute(api.database.db)).rejects.toMatchObject(foreignKeyViolation);
  });

  it('refuses a mobility filed under another organisation than its project’s', async () => {
    const insert = sql`
insert into mobility (organisation_id, project_id, status) values (${worldB.organisationId}, ${worldA.projectId}, 'draft')`;
    await expect(insert.execute(api.database.db)).rejects.toMatchObject(foreignKeyViolation);
  });
});
