import {
  enqueueMessage,
  participantRowsByTable,
  saveSurveyExample,
  tablesWithoutParticipantData,
} from '@mobilis/db';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { createMobilityWorld, participantInput } from './support/fixtures.js';
import { type Caller, createTestApi, type MemoryCookie, type TestApi } from './support/harness.js';
import { answerSurvey, surveysOf } from './support/survey-answers.js';
import { zipEntries } from './support/zip.js';

// A participant's right of access and portability (GDPR Art. 15 and 20): they ask from their survey receipt, a
// coordinator downloads everything Mobilis holds about them as one archive (JSON, CSV and a summary), which the
// audit log records. Every table of the database is either read for the archive or says why it holds nothing
// about a participant, so a new table must be classified; and the archive names nobody else.

let api: TestApi;
let app: FastifyInstance;
let coordinator: Caller & { cookie: MemoryCookie };
let organisationId: string;
let zofiaId: string;
let surveyCookie: string;

const liveToken = 'Q'.repeat(43);
const zofia = { givenName: 'Zofia', familyName: 'Wiśniewska', email: 'zofia.w@uczen.example' };
const piotr = { givenName: 'Piotr', familyName: 'Zieliński', email: 'piotr.z@uczen.example' };

async function respondent(person: typeof zofia, example: string, withLink: boolean) {
  const db = api.database.db;
  const world = await createMobilityWorld(coordinator, organisationId);
  const { id } = await coordinator.participant.create(
    participantInput(organisationId, { ...person, fewerOpportunities: true, barriers: ['economic'] }),
  );
  const { id: mobilityId } = await coordinator.mobility.create({
    ...world.mobilityInput,
    participation: { mode: 'individual', participantId: id },
  });
  await coordinator.mobility.changeStatus({ organisationId, id: mobilityId, status: 'planned' });
  const surveys = await surveysOf(db, mobilityId);
  let cookie = '';
  if (withLink) {
    const { link } = await coordinator.survey.copyLink({ organisationId, surveyId: surveys.end.id });
    const opened = await app.inject({ url: new URL(link).pathname });
    cookie = String(opened.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  }
  await answerSurvey(db, surveys.baseline, { rating: 2 }, new Date('2027-02-15T10:00:00Z'));
  await answerSurvey(db, surveys.end, { rating: 4, retrospective: 2 }, new Date('2027-03-14T10:00:00Z'));
  await saveSurveyExample(db, surveys.end.id, 'L04', example);
  return { id, cookie };
}

beforeAll(async () => {
  api = await createTestApi();
  app = await buildServer({ services: api.services });
  organisationId = (await api.createOrganisation({ legalName: 'Szkoła Podstawowa nr 3' })).id;
  coordinator = await api.member(organisationId, 'coordinator', { specialCategories: true });
  ({ id: zofiaId, cookie: surveyCookie } = await respondent(
    zofia,
    'W Lyonie nauczyłam się pytać o drogę',
    true,
  ));
  await respondent(piotr, 'Piotr here: I learned French', false);
  const [endSurvey] = await api.database.db
    .selectFrom('survey')
    .select('id')
    .where('participantId', '=', zofiaId)
    .where('wave', '=', 'follow_up')
    .execute();
  await enqueueMessage(api.database.db, {
    kind: 'survey_reminder',
    toAddress: zofia.email,
    subject: 'Przypomnienie',
    bodyText: `Cześć Zofia, https://mobilis.example/s/${liveToken}`,
    organisationId,
    surveyId: endSurvey?.id ?? null,
  });
});
afterAll(async () => {
  await app.close();
  await api.close();
});

const download = (member: { cookie: MemoryCookie }, participantId = zofiaId) =>
  app.inject({
    url: `/api/organisations/${organisationId}/participants/${participantId}/data.zip`,
    headers: { cookie: `mobilis_session=${member.cookie.value}` },
  });

describe('a participant’s copy of their data', () => {
  it('is asked for from the survey receipt, and waits for a coordinator', async () => {
    const asked = await app.inject({
      method: 'POST',
      url: '/trpc/surveyResponse.requestData',
      headers: { cookie: surveyCookie, 'content-type': 'application/json' },
      payload: { kind: 'access' },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const open = await coordinator.participant.openRequests({ organisationId });
    expect(open).toMatchObject([{ participantId: zofiaId, kind: 'access', givenName: 'Zofia' }]);
  });

  it('classifies every table of the database: read for the archive, or why it holds nothing about a participant', async () => {
    const { rows } = await sql<{ table: string }>`select table_name as table from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(api.database.db);
    const read = Object.keys(
      await participantRowsByTable(api.database.db, {
        organisationId,
        participantId: zofiaId,
        withBarriers: true,
      }),
    );
    const classified = new Set([...read, ...Object.keys(tablesWithoutParticipantData)]);
    expect(rows.map((row) => row.table).filter((table) => !classified.has(table))).toEqual([]);
    expect(read.filter((table) => table in tablesWithoutParticipantData)).toEqual([]);
  });

  it('holds every table’s rows about them, as JSON and CSV with a summary, names nobody else, and is recorded', async () => {
    const response = await download(coordinator);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const entries = await zipEntries(response.rawPayload);
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining(['summary.txt', 'data.json', 'csv/participant.csv', 'csv/survey.csv']),
    );
    const data = JSON.parse(
      entries.find((entry) => entry.name === 'data.json')?.data.toString('utf8') ?? '{}',
    );
    const db = api.database.db;
    const surveys = await db.selectFrom('survey').select('id').where('participantId', '=', zofiaId).execute();
    const count = async (table: 'surveyAnswer' | 'surveyExample' | 'surveyLanguageRating') =>
      (
        await db
          .selectFrom(table)
          .select('surveyId')
          .where(
            'surveyId',
            'in',
            surveys.map((survey) => survey.id),
          )
          .execute()
      ).length;
    expect(data.participant).toMatchObject([{ ...zofia, barriers: ['economic'] }]);
    expect(data.survey).toHaveLength(surveys.length);
    expect(data.survey_answer).toHaveLength(await count('surveyAnswer'));
    expect(data.survey_example).toHaveLength(await count('surveyExample'));
    expect(data.survey_link).toHaveLength(1);
    expect(data.survey_session).toHaveLength(1);
    expect(data.mobility).toHaveLength(1);
    expect(data.participant_request).toMatchObject([{ kind: 'access' }]);
    expect(data.audit_event.length).toBeGreaterThan(0);
    const everything = entries.map((entry) => entry.data.toString('utf8')).join('\n');
    for (const other of [piotr.givenName, piotr.familyName, piotr.email, 'I learned French'])
      expect(everything, other).not.toContain(other);
    expect(everything).toContain('W Lyonie nauczyłam się pytać o drogę');
    // Her messages are there, without their live links.
    expect(data.outbox_message).toHaveLength(1);
    expect(everything).toContain('Cześć Zofia');
    expect(everything).not.toContain(liveToken);
    const summary = entries.find((entry) => entry.name === 'summary.txt')?.data.toString('utf8') ?? '';
    expect(summary).toMatch(/What Szkoła Podstawowa nr 3 holds about Zofia Wiśniewska/);

    const trail = await coordinator.audit.trail({
      organisationId,
      entityType: 'participant',
      entityId: zofiaId,
    });
    expect(trail[0]).toMatchObject({ action: 'access_archive' });
    expect(await coordinator.participant.openRequests({ organisationId })).toEqual([]);
  });

  it('is for the organisation’s coordinators, and complete or not at all', async () => {
    const viewer = await api.member(organisationId, 'viewer');
    expect((await download(viewer)).statusCode).toBe(403);
    const other = await api.member((await api.createOrganisation()).id, 'coordinator', {
      specialCategories: true,
    });
    expect((await download(other)).statusCode).toBe(404);
    // Her barrier categories are hers too: a coordinator who may not see them cannot make her copy.
    const colleague = await api.member(organisationId, 'coordinator');
    const refused = await download(colleague);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toMatch(/special categories/);
    expect((await download(coordinator, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
