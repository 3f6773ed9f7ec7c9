import { enqueueMessage, liveCells, rollupCells } from '@mobilis/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportJob } from '../src/exchange/import-jobs.js';
import { openSurveyLink } from '../src/survey/survey-sessions.js';
import { codeOf } from './support/errors.js';
import { csvText, mobilisHeaders, mobilisTemplateRow, storedImportJob } from './support/exchange.js';
import { createMobilityWorld, participantInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';
import { addRespondent, answerSurvey, surveysOf } from './support/survey-answers.js';

// Erasing a participant (GDPR Art. 17): their identity leaves every table, what the programme's statistics need
// stays without it, the outcome rollup still equals a recomputation, and the figures by every kept dimension are
// unchanged. The search looks through every text, date and binary column of every table, so a table added later
// is searched too.

let api: TestApi;
let coordinator: Caller & { userId: string };
let organisationId: string;
let zofiaId: string;

const zofia = {
  givenName: 'Zofia',
  familyName: 'Kowalczykówna',
  email: 'zofia.kowalczykowna@uczen.example',
  birthDate: '2011-07-19',
};
const example = 'Zofia Kowalczykówna here: in Lyon I learned to ask for help';

/** Every place in the database's tables where `needle` appears, as `table.column`. */
async function placesHolding(needle: string): Promise<string[]> {
  const db = api.database.db;
  const { rows: columns } = await sql<{ table: string; column: string; type: string }>`
    select table_name as table, column_name as column, data_type as type
    from information_schema.columns
    where table_schema = current_schema()
      and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'date', 'bytea')`.execute(db);
  expect(columns.length).toBeGreaterThan(30);
  const found: string[] = [];
  for (const { table, column, type } of columns) {
    const ref = sql.ref(`${table}.${column}`);
    const holds =
      type === 'bytea'
        ? sql<boolean>`position(convert_to(${needle}, 'UTF8') in ${ref}) > 0`
        : sql<boolean>`${ref}::text ilike ${`%${needle}%`}`;
    const { rows } = await sql<{
      count: number;
    }>`select count(*)::int as count from ${sql.table(table)} where ${holds}`.execute(db);
    if ((rows[0]?.count ?? 0) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

const keptDimensions = [
  'all',
  'gender',
  'age_band',
  'participant_kind',
  'fewer_opportunities',
  'receiving_country',
];

async function figures(dimensions: readonly string[]) {
  const db = api.database.db;
  return Promise.all(dimensions.map((dimension) => rollupCells(db, { organisationId, dimension })));
}

beforeAll(async () => {
  api = await createTestApi();
  organisationId = (await api.createOrganisation({ legalName: 'Szkoła Podstawowa nr 7' })).id;
  coordinator = await api.member(organisationId, 'coordinator', { specialCategories: true });
  const world = await createMobilityWorld(coordinator, organisationId);
  const db = api.database.db;
  for (const [n, gender] of (['female', 'male', 'female', 'male', 'female'] as const).entries())
    await addRespondent(
      db,
      coordinator,
      world.mobilityInput,
      { gender, birthDate: `2011-0${n + 1}-10` },
      {
        baseline: 2 + (n % 2),
        end: 4,
      },
    );

  zofiaId = (
    await coordinator.participant.create(
      participantInput(organisationId, { ...zofia, fewerOpportunities: true, barriers: ['health_problems'] }),
    )
  ).id;
  await coordinator.participant.update({ organisationId, id: zofiaId, familyName: zofia.familyName });
  const { id: mobilityId } = await coordinator.mobility.create({
    ...world.mobilityInput,
    participation: { mode: 'individual', participantId: zofiaId },
  });
  await coordinator.mobility.changeStatus({ organisationId, id: mobilityId, status: 'planned' });
  const surveys = await surveysOf(db, mobilityId);
  await answerSurvey(db, surveys.baseline, { rating: 2, example }, new Date('2027-02-15T10:00:00Z'));
  await answerSurvey(
    db,
    surveys.end,
    { rating: 5, retrospective: 2, example },
    new Date('2027-03-14T10:00:00Z'),
  );
  // A link to the follow-up she opened, and a reminder waiting in the outbox.
  const { link } = await coordinator.survey.copyLink({ organisationId, surveyId: surveys.followUp.id });
  await openSurveyLink(db, link.split('/s/')[1] as string, api.services.clock());
  await enqueueMessage(db, {
    kind: 'survey_reminder',
    toAddress: zofia.email,
    subject: 'Erinnerung',
    bodyText: `Hello ${zofia.givenName}, ${link}`,
    organisationId,
    surveyId: surveys.followUp.id,
  });
  // An earlier import's file held her row.
  const importId = await storedImportJob(api, {
    organisationId,
    projectId: world.project.id,
    userId: coordinator.userId,
    text: `Given name,Family name,Email\n${zofia.givenName},${zofia.familyName},${zofia.email}\n`,
  });
  await db.updateTable('importJob').set({ status: 'committed' }).where('id', '=', importId).execute();
});
afterAll(() => api.close());

describe('erasing a participant', () => {
  it('waits while an import is unfinished, since its file may bring the person back', async () => {
    const db = api.database.db;
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
    expect(await codeOf(coordinator.participant.erase({ organisationId, id: zofiaId }))).toBe('CONFLICT');
    expect(await placesHolding(zofia.familyName)).toContain('participant.family_name');
    await db.updateTable('importJob').set({ status: 'cancelled' }).where('id', '=', waiting).execute();
  });

  it('removes the identity from every table and keeps every figure but the barrier breakdown', async () => {
    const before = await figures(keptDimensions);
    // Where she is before: her record, her examples, the audit of her record, the import file, the outbox.
    expect(await placesHolding(zofia.familyName)).toEqual(
      expect.arrayContaining([
        'participant.family_name',
        'survey_example.text',
        'audit_event.changes',
        'import_job.file_bytes',
      ]),
    );
    expect(await placesHolding(zofia.email)).toEqual(expect.arrayContaining(['outbox_message.to_address']));

    const report = await coordinator.participant.erase({ organisationId, id: zofiaId });
    expect(report.examples).toBeGreaterThan(0);
    expect(report).toMatchObject({
      surveyLinks: 1,
      surveySessions: 1,
      messages: 1,
      importFiles: 2,
    });
    expect(report.auditEntries).toBeGreaterThan(0);

    for (const needle of [zofia.givenName, zofia.familyName, zofia.email, zofia.birthDate])
      expect(await placesHolding(needle), needle).toEqual([]);
    expect(await figures(keptDimensions)).toEqual(before);
    const db = api.database.db;
    for (const dimension of [...keptDimensions, 'barrier']) {
      const query = { organisationId, dimension };
      expect(await rollupCells(db, query), dimension).toEqual(await liveCells(db, query));
    }
  });

  it('keeps in the audit log that an erasure happened and what it removed, never whose data', async () => {
    const trail = await coordinator.audit.trail({
      organisationId,
      entityType: 'participant',
      entityId: zofiaId,
    });
    expect(trail[0]).toMatchObject({ action: 'erase' });
    expect(JSON.stringify(trail)).not.toMatch(/Zofia|Kowalczyk|2011-07-19/);
  });

  it('leaves the record out of lists, shows it as erased, refuses changes and a second erasure', async () => {
    const list = await coordinator.participant.list({ organisationId, limit: 100 });
    expect(list.rows.map((row) => row.id)).not.toContain(zofiaId);
    const record = await coordinator.participant.byId({ organisationId, id: zofiaId });
    expect(record).toMatchObject({ givenName: 'Erased', familyName: 'participant', email: null });
    expect(record.erasedAt).toBeInstanceOf(Date);
    expect(
      await codeOf(coordinator.participant.update({ organisationId, id: zofiaId, givenName: 'Zofia' })),
    ).toBe('CONFLICT');
    expect(await codeOf(coordinator.participant.erase({ organisationId, id: zofiaId }))).toBe('NOT_FOUND');
  });

  it('does not let a later file link the erased person’s mobility to a named person again', async () => {
    const db = api.database.db;
    const mobility = await db
      .selectFrom('mobility')
      .innerJoin('mobilityParticipant', 'mobilityParticipant.mobilityId', 'mobility.id')
      .innerJoin('project', 'project.id', 'mobility.projectId')
      .select(['mobility.activityId', 'mobility.projectId', 'project.grantAgreementNumber'])
      .where('mobilityParticipant.participantId', '=', zofiaId)
      .executeTakeFirstOrThrow();
    const file = csvText([
      [...mobilisHeaders],
      mobilisTemplateRow(mobility.grantAgreementNumber, 1, {
        'Given name': zofia.givenName,
        'Family name': zofia.familyName,
        Email: zofia.email,
        'Mobility activity ID': mobility.activityId ?? '',
      }),
    ]);
    const id = await storedImportJob(api, {
      organisationId,
      projectId: mobility.projectId,
      userId: coordinator.userId,
      fileName: 'last-month.csv',
      text: file,
    });
    await runImportJob({ db, clock: api.services.clock }, id);
    const job = await coordinator.import.get({ organisationId, id });
    expect(job.report?.issues).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/was erased at their request/) }),
    );
    await coordinator.import.cancel({ organisationId, id });
  });

  it('is for the organisation’s coordinators only', async () => {
    const viewer = await api.member(organisationId, 'viewer');
    const other = await api.member((await api.createOrganisation()).id, 'coordinator');
    const id = (await coordinator.participant.create(participantInput(organisationId))).id;
    expect(await codeOf(viewer.participant.erase({ organisationId, id }))).toBe('FORBIDDEN');
    expect(await codeOf(other.participant.erase({ organisationId, id }))).toBe('NOT_FOUND');
  });
});
