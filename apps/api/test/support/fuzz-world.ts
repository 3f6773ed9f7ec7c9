import type { AnyProcedure } from '@trpc/server';
import { importJobSettled, runImportJob } from '../../src/exchange/import-jobs.js';
import { createCaller } from '../../src/router/index.js';
import { openSurveyLink } from '../../src/survey/survey-sessions.js';
import { createContextInner } from '../../src/trpc/context.js';
import { storedImportJob } from './exchange.js';
import { createMobilityWorld } from './fixtures.js';
import { type Caller, MemoryCookie, type TestApi } from './harness.js';

// The world a fuzzed procedure runs in: two organisations, each with a coordinator, a project, a participant, two
// partners, a planned mobility and its surveys, an import job, a viewer and a pending invitation (a copy of
// isolation.test.ts's world, with more in it). Organisation A's coordinator is the caller.

export type World = Record<string, string>;

export async function buildWorld(
  api: TestApi,
  legalName: string,
): Promise<{ world: World; coordinator: Caller }> {
  const organisation = await api.createOrganisation({ legalName });
  const coordinator = await api.member(organisation.id, 'coordinator');
  const viewer = await api.member(organisation.id, 'viewer');
  const world = await createMobilityWorld(coordinator, organisation.id);
  await coordinator.mobility.changeStatus({
    organisationId: organisation.id,
    id: world.mobility.id,
    status: 'planned',
  });
  const surveys = await coordinator.survey.plan({
    organisationId: organisation.id,
    mobilityId: world.mobility.id,
  });
  const importJobId = await storedImportJob(api, {
    organisationId: organisation.id,
    projectId: world.project.id,
    userId: coordinator.userId,
  });
  // Its dry run done, so its columns can be mapped and it can be confirmed.
  await runImportJob({ db: api.database.db, clock: api.services.clock }, importJobId);
  const invited = await coordinator.member.invite({
    organisationId: organisation.id,
    email: `invited-${Math.random().toString(36).slice(2, 8)}@example.org`,
    displayName: 'Invited Person',
    role: 'viewer',
  });
  const invitationToken = /#([A-Za-z0-9_-]{43})$/.exec(invited.invitationLink ?? '')?.[1] ?? '';
  const { link } = await coordinator.survey.copyLink({
    organisationId: organisation.id,
    surveyId: surveys[0]?.id as string,
  });
  const built: World = {
    importJobId,
    surveyId: surveys[0]?.id as string,
    otherSurveyId: (surveys[1]?.id ?? surveys[0]?.id) as string,
    surveyLinkToken: link.split('/').pop() as string,
    invitationToken,
    organisationId: organisation.id,
    legalName,
    coordinatorEmail: coordinator.email,
    viewerEmail: viewer.email,
    viewerId: viewer.userId,
    projectId: world.project.id,
    participantId: world.pupil.id,
    partnerId: world.receiving.id,
    sendingOrganisationId: world.sending.id,
    receivingOrganisationId: world.receiving.id,
    mobilityId: world.mobility.id,
    userId: coordinator.userId,
  };
  return { world: built, coordinator };
}

/** A participant's caller, with a survey session opened by the survey's link, as the link's page opens it. */
export async function surveyCaller(api: TestApi, linkToken: string): Promise<Caller> {
  const opened = await openSurveyLink(api.database.db, linkToken, api.services.clock());
  if (opened.kind !== 'opened') throw new Error(`survey link: ${opened.kind}`);
  const surveyCookie = new MemoryCookie();
  surveyCookie.write(opened.token, opened.expiresAt);
  return createCaller(
    await createContextInner({ services: api.services, cookie: new MemoryCookie(), surveyCookie }),
  );
}

/** Calls a procedure by its dotted path. */
export function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path
    .split('.')
    .reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

export function proceduresOf(router: { _def: { procedures: unknown } }): Array<[string, AnyProcedure]> {
  return Object.entries(router._def.procedures as Record<string, AnyProcedure>);
}

/** Which record an `id` input names, by the router it belongs to. */
export const idKeyByRouter: Record<string, string> = {
  mobility: 'mobilityId',
  participant: 'participantId',
  project: 'projectId',
  partner: 'partnerId',
  import: 'importJobId',
};

/** Plausible values for fields that are not ids (from isolation.test.ts, with a few more). */
export const exampleValues: Record<string, unknown[]> = {
  entityType: ['mobility', 'participant', 'project'],
  role: ['viewer', 'coordinator'],
  status: ['planned', 'draft', 'completed', 'cancelled'],
  displayName: ['Someone New'],
  givenName: ['Ana', 'Zoë 🌍'],
  familyName: ['Silva', 'Öztürk'],
  birthDate: ['2010-01-01'],
  legalName: ['Another organisation'],
  city: ['Porto', 'Berlin', 'Paris'],
  grantAgreementNumber: ['2027-1-PT01-KA122-SCH-000000777'],
  startDate: ['2027-02-01', '2027-03-01'],
  endDate: ['2027-02-20', '2027-03-14'],
  reason: ['Moved to another school'],
  baselineOffsetDays: [10],
  followUpOffsetDays: [120],
  reminderDays: [[7]],
  outcomeCode: ['L01'],
  targetOutcomes: [['L01'], ['L01', 'L05']],
  groupA: [{ dimension: 'gender', value: 'female' }],
  groupB: [{ dimension: 'gender', value: 'male' }],
  mapping: [{ 'Given name': 'givenName', 'Family name': 'familyName' }, { 'Shoe size': 'ignore' }],
  password: ['correct horse battery staple', 'a-long-new-password'],
  currentPassword: ['correct horse battery staple'],
  newPassword: ['a-long-new-password'],
  search: ['Lena', 'a%', '_', '\\'],
  query: ['Por', 'Ber', '%', "O'"],
  callYear: [2027],
  purpose: ['invitation', 'password_reset', 'setup'],
  oid: ['E10234567', 'E10111111'],
};

/** The candidates for each field of an input aimed at `world`, as the caller's own records. */
export function hintsFor(path: string, own: World, other: World) {
  const routerName = path.split('.')[0] as string;
  const byKey: Record<string, unknown[]> = { ...exampleValues };
  const idsOf = (world: World) =>
    Object.entries(world)
      .filter(([key, value]) => /Id$/.test(key) && typeof value === 'string')
      .map(([, value]) => value);
  // Ids of the caller's own world by name; now and then one of the other organisation's.
  for (const [key, value] of Object.entries(own))
    if (/Id$/.test(key)) byKey[key] = [value, value, value, other[key] as string];
  byKey.organisationId = [...Array(9).fill(own.organisationId), other.organisationId];
  byKey.beneficiaryOrganisationId = byKey.organisationId;
  byKey.id = [own[idKeyByRouter[routerName] ?? ''] ?? own.mobilityId, other[idKeyByRouter[routerName] ?? '']];
  byKey.entityId = [own.mobilityId, own.participantId, own.projectId];
  byKey.userId = [own.viewerId, own.userId, other.userId];
  byKey.surveyId = [own.surveyId, own.otherSurveyId, other.surveyId];
  byKey.consortiumMemberId = [own.partnerId, own.sendingOrganisationId];
  byKey.participantId = [own.participantId, own.participantId, other.participantId];
  byKey.__recordKeys = ['Given name', 'Family name'];
  if (routerName === 'member' && path.endsWith('Invitation'))
    byKey.organisationId = [other.organisationId, own.organisationId];
  return {
    byKey,
    ids: [...idsOf(own), ...idsOf(own), ...idsOf(other)] as string[],
    emails: [own.coordinatorEmail, own.viewerEmail, other.coordinatorEmail] as string[],
    tokens: [own.invitationToken, own.surveyLinkToken].filter(Boolean) as string[],
  };
}

/** Everything an organisation owns, and the accounts of its members, to compare before and after a call. */
export async function snapshotOf(api: TestApi, world: World): Promise<string> {
  await importJobSettled(world.importJobId as string);
  const db = api.database.db;
  const organisationId = world.organisationId as string;
  const byOrganisation = (table: 'project' | 'participant' | 'partnerOrganisation' | 'mobility' | 'survey') =>
    db
      .selectFrom(table as 'project')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .orderBy('id')
      .execute();
  const [
    organisation,
    members,
    users,
    projects,
    consortium,
    settings,
    participants,
    partners,
    mobilities,
    mobilityParticipants,
    surveys,
    answers,
    examples,
    languageRatings,
    importJobs,
    counts,
  ] = await Promise.all([
    db.selectFrom('organisation').selectAll().where('id', '=', organisationId).execute(),
    db
      .selectFrom('membership')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .orderBy('userId')
      .execute(),
    db
      .selectFrom('appUser')
      .select(['id', 'email', 'displayName', 'passwordHash', 'disabledAt', 'isPlatformAdmin'])
      .where(
        'id',
        'in',
        db.selectFrom('membership').select('userId').where('organisationId', '=', organisationId),
      )
      .orderBy('id')
      .execute(),
    byOrganisation('project'),
    db
      .selectFrom('projectConsortiumMember')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .orderBy('projectId')
      .execute(),
    db
      .selectFrom('surveySettings')
      .selectAll()
      .where(
        'projectId',
        'in',
        db.selectFrom('project').select('id').where('organisationId', '=', organisationId),
      )
      .orderBy('projectId')
      .execute(),
    byOrganisation('participant'),
    byOrganisation('partnerOrganisation'),
    byOrganisation('mobility'),
    db
      .selectFrom('mobilityParticipant')
      .selectAll()
      .where(
        'mobilityId',
        'in',
        db.selectFrom('mobility').select('id').where('organisationId', '=', organisationId),
      )
      .orderBy('mobilityId')
      .execute(),
    byOrganisation('survey'),
    db
      .selectFrom('surveyAnswer')
      .selectAll()
      .where(
        'surveyId',
        'in',
        db.selectFrom('survey').select('id').where('organisationId', '=', organisationId),
      )
      .orderBy('surveyId')
      .orderBy('indicatorCode')
      .execute(),
    db
      .selectFrom('surveyExample')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .orderBy('surveyId')
      .orderBy('outcomeCode')
      .execute(),
    db
      .selectFrom('surveyLanguageRating')
      .selectAll()
      .where(
        'surveyId',
        'in',
        db.selectFrom('survey').select('id').where('organisationId', '=', organisationId),
      )
      .orderBy('surveyId')
      .orderBy('skill')
      .execute(),
    db
      .selectFrom('importJob')
      .select(['id', 'status', 'columnMapping', 'confirmedBy', 'projectId'])
      .where('organisationId', '=', organisationId)
      .orderBy('id')
      .execute(),
    Promise.all([
      db
        .selectFrom('auditEvent')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('organisationId', '=', organisationId)
        .executeTakeFirst(),
      db
        .selectFrom('outboxMessage')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('organisationId', '=', organisationId)
        .executeTakeFirst(),
      db
        .selectFrom('organisation')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
      db
        .selectFrom('appUser')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ]).then((rows) => rows.map((row) => String(row?.n))),
  ]);
  return JSON.stringify(
    {
      organisation,
      members,
      users,
      projects,
      consortium,
      settings,
      participants,
      partners,
      mobilities,
      mobilityParticipants,
      surveys,
      answers,
      examples,
      languageRatings,
      importJobs,
      counts: { auditEvents: counts[0], outbox: counts[1], organisations: counts[2], users: counts[3] },
    },
    (_key, value) => (typeof value === 'bigint' ? String(value) : value),
  );
}
