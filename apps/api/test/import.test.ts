import { beneficiaryModuleLayout, importLimits } from '@mobilis/schema';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './support/errors.js';
import {
  csvText,
  type ExchangeClient,
  exchangeClient,
  exchangeWorld,
  failInsertsOfFamilyName,
  mobilisHeaders,
  mobilisTemplateRow,
} from './support/exchange.js';
import { berlin, paris, participantInput } from './support/fixtures.js';
import { type Caller, createTestApi, type MemoryCookie, type TestApi } from './support/harness.js';

let api: TestApi;
let organisationId: string;
let projectId: string;
let grantAgreementNumber: string;
let coordinator: Caller & { cookie: MemoryCookie };
let client: ExchangeClient;

beforeAll(async () => {
  api = await createTestApi();
  ({ organisationId, projectId, grantAgreementNumber, coordinator, client } = await exchangeWorld(
    api,
    424242,
  ));
});
afterAll(async () => {
  await client.app.close();
  await api.close();
});

const job = (id: string) => coordinator.import.get({ organisationId, id });

async function confirmed(id: string) {
  await coordinator.import.confirm({ organisationId, id });
  const { importJobSettled } = await import('../src/exchange/import-jobs.js');
  await importJobSettled(id);
  return job(id);
}

/** Everything an import could change, to compare before and after. */
async function snapshot() {
  const db = api.database.db;
  const [participants, mobilities, links, partners, surveys] = await Promise.all([
    db
      .selectFrom('participant')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('mobility')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('mobilityParticipant')
      .innerJoin('mobility', 'mobility.id', 'mobilityParticipant.mobilityId')
      .select(['mobilityParticipant.mobilityId', 'mobilityParticipant.participantId'])
      .where('mobility.organisationId', '=', organisationId)
      .orderBy('mobilityParticipant.mobilityId')
      .execute(),
    db
      .selectFrom('partnerOrganisation')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .orderBy('id')
      .execute(),
    db.selectFrom('survey').selectAll().where('organisationId', '=', organisationId).orderBy('id').execute(),
  ]);
  return { participants, mobilities, links, partners, surveys };
}

const templateRow = (n: number, overrides: Record<string, string> = {}) =>
  mobilisTemplateRow(grantAgreementNumber, n, overrides);

describe('import: the Mobilis template', () => {
  it('downloads as XLSX with a sheet explaining every column, and as CSV', async () => {
    const xlsx = await client.download('/api/import-template.xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Import', 'Columns']);
    const headerRow = workbook.getWorksheet('Import')?.getRow(1).values as unknown[] | undefined;
    expect(headerRow?.slice(1)).toEqual(mobilisHeaders);
    expect(workbook.getWorksheet('Columns')?.rowCount).toBe(mobilisHeaders.length + 1);
    const csv = await client.download('/api/import-template.csv');
    expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('round-trips: the filled-in template imports after a dry run, and the same file again changes nothing', async () => {
    const template = await client.download('/api/import-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Import');
    const withBarriers = { 'Fewer opportunities': 'Yes', Barriers: 'economic; geographical' };
    for (let n = 1; n <= 3; n++) sheet?.addRow(templateRow(n, n === 1 ? withBarriers : {}));
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const before = await snapshot();
    const id = await client.upload(file, { fileName: 'pupils.xlsx' });
    const dryRun = await job(id);
    expect(dryRun).toMatchObject({
      status: 'ready',
      fileKind: 'xlsx',
      layout: 'mobilis',
      confirmBlocker: null,
      report: {
        counts: { rows: 3, created: 3, updated: 0, unchanged: 0, rejected: 0 },
        records: { participantsCreated: 3, mobilitiesCreated: 3, partnersCreated: 2 },
      },
    });
    expect(await snapshot()).toEqual(before);

    const done = await confirmed(id);
    expect(done).toMatchObject({ status: 'committed', rowsWritten: 8 });
    const { rows } = await coordinator.mobility.list({ organisationId, projectId, limit: 50 });
    expect(rows.filter((row) => row.participantNames?.startsWith('Pupil'))).toHaveLength(3);
    const stored = await api.database.db
      .selectFrom('mobility')
      .select(['activityId', 'status', 'distanceBand', 'greenTravel'])
      .where('projectId', '=', projectId)
      .orderBy('activityId')
      .execute();
    expect(stored[0]).toEqual({
      activityId: '424242-MOB-00001',
      status: 'planned',
      distanceBand: '500-1999',
      greenTravel: true,
    });
    const pupil = await api.database.db
      .selectFrom('participant')
      .select(['fewerOpportunities', 'barriers'])
      .where('email', '=', 'pupil1@schule.example')
      .executeTakeFirstOrThrow();
    expect(pupil).toEqual({ fewerOpportunities: true, barriers: ['economic', 'geographical'] });

    const afterFirst = await snapshot();
    const again = await client.upload(file, { fileName: 'pupils.xlsx' });
    expect((await job(again)).report?.counts).toEqual({
      rows: 3,
      created: 0,
      updated: 0,
      unchanged: 3,
      rejected: 0,
    });
    expect(await confirmed(again)).toMatchObject({ status: 'committed', rowsWritten: 0 });
    expect(await snapshot()).toEqual(afterFirst);
  });
});

/** A Beneficiary Module mobility export, as the Module names its columns. */
function bmRows(count: number, first = 1): string[][] {
  const rows = [beneficiaryModuleLayout.columns.map((column) => column.header)];
  for (let n = first; n < first + count; n++)
    rows.push([
      grantAgreementNumber,
      `424242-MOB-${String(500 + n).padStart(5, '0')}`,
      'LM-SHORT-PUPIL',
      `Élève${n}`,
      'Dupont',
      `eleve${n}@lycee.example`,
      '02/04/2011',
      'Male',
      'France',
      'Yes',
      '2027-01-10',
      '2027-01-23',
      '2',
      'E10234567',
      'Lycée Victor Hugo',
      'FR',
      'Paris',
      'E10111111',
      'Gymnasium Berlin-Mitte',
      'DE',
      'Berlin',
      'Between 500 and 1999 KM',
      'Yes',
      'No',
      'No',
    ]);
  return rows;
}

describe('import: a Beneficiary Module file', () => {
  it('is recognised and imports as completed mobilities with their IDs, partners matched by OID', async () => {
    const id = await client.upload(csvText(bmRows(2)), { fileName: 'bm-export.csv' });
    const dryRun = await job(id);
    expect(dryRun.layout).toBe('beneficiary-module');
    expect(dryRun.report?.counts).toMatchObject({ created: 2, rejected: 0 });
    expect(dryRun.report?.records.partnersCreated).toBe(0);
    expect(await confirmed(id)).toMatchObject({ status: 'committed' });
    const mobility = await api.database.db
      .selectFrom('mobility')
      .select(['status', 'originCity', 'destinationCity', 'meansOfTransport', 'distanceBand'])
      .where('activityId', '=', '424242-MOB-00501')
      .executeTakeFirstOrThrow();
    expect(mobility).toEqual({
      status: 'completed',
      originCity: 'Paris',
      destinationCity: 'Berlin',
      meansOfTransport: 'other_sustainable',
      distanceBand: '500-1999',
    });
  });
});

describe('import: group mobilities', () => {
  it('leaves a group mobility as it is: rows naming it or a group activity are rejected, and nothing is written', async () => {
    const person = (givenName: string, overrides: Record<string, unknown> = {}) =>
      participantInput(organisationId, { givenName, familyName: 'Gruppe', ...overrides });
    const ada = person('Ada', { birthDate: '2011-04-02' });
    const ben = person('Ben', { birthDate: '2011-06-12' });
    const clara = person('Clara', { kind: 'teacher', birthDate: '1984-09-30' });
    const idOf = async (input: typeof ada) => (await coordinator.participant.create(input)).id;
    const group = await coordinator.mobility.create({
      organisationId,
      projectId,
      activityType: 'LM-GRP-PUPIL',
      participation: {
        mode: 'group',
        learnerIds: [await idOf(ada), await idOf(ben)],
        accompanyingPersonIds: [await idOf(clara)],
      },
      origin: berlin,
      destination: paris,
      startDate: '2027-06-07',
      endDate: '2027-06-18',
      travelDays: 2,
    });
    const { activityId } = await api.database.db
      .selectFrom('mobility')
      .select('activityId')
      .where('id', '=', group.id)
      .executeTakeFirstOrThrow();
    const before = await snapshot();

    // As the group's export gives it, then with an individual activity type in place of the group's.
    const rowOf = (pupil: typeof ada, n: number, activityType: string) =>
      templateRow(n, {
        'Mobility activity ID': activityId ?? '',
        'Given name': pupil.givenName,
        'Family name': pupil.familyName,
        Email: pupil.email,
        'Birth date': String(pupil.birthDate),
        'Activity type': activityType,
        Status: 'draft',
        'Start date': '2027-06-07',
        'End date': '2027-06-18',
      });
    const file = csvText([mobilisHeaders, rowOf(ada, 1, 'LM-GRP-PUPIL'), rowOf(ben, 2, 'LM-SHORT-PUPIL')]);
    const id = await client.upload(file, { fileName: 'group.csv' });
    const { report } = await job(id);
    expect(report?.counts).toMatchObject({ rows: 2, rejected: 2 });
    expect(report?.issues).toEqual([
      {
        line: 2,
        column: 'Activity type',
        message:
          'Group mobility of school pupils is a group activity: a file imports individual mobilities only, so create it in the console (found "LM-GRP-PUPIL")',
      },
      {
        line: 3,
        column: 'Mobility activity ID',
        message: `${activityId} is a group mobility: a file imports individual mobilities only, so change it in the console`,
      },
    ]);
    expect(await codeOf(coordinator.import.confirm({ organisationId, id }))).toBe('BAD_REQUEST');
    expect(await snapshot()).toEqual(before);
    const view = await coordinator.mobility.byId({ organisationId, id: group.id });
    expect(view.participants).toHaveLength(3);
  });
});

describe('import: a draft mobility without its participant yet', () => {
  it('is given the participant of the row that names its mobility activity ID', async () => {
    const draft = await coordinator.mobility.create({
      organisationId,
      projectId,
      activityType: 'LM-SHORT-PUPIL',
      startDate: '2027-09-06',
      endDate: '2027-09-17',
    });
    const { activityId } = await api.database.db
      .selectFrom('mobility')
      .select('activityId')
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    const row = templateRow(901, {
      'Mobility activity ID': activityId ?? '',
      Status: 'draft',
      'Start date': '2027-09-06',
      'End date': '2027-09-17',
    });
    const id = await client.upload(csvText([mobilisHeaders, row]), { fileName: 'fill-in.csv' });
    expect((await job(id)).report?.counts).toMatchObject({ rows: 1, updated: 0, created: 1, rejected: 0 });
    expect(await confirmed(id)).toMatchObject({ status: 'committed' });
    const view = await coordinator.mobility.byId({ organisationId, id: draft.id });
    expect(view.participants).toEqual([
      expect.objectContaining({ givenName: 'Pupil901', role: 'participant' }),
    ]);
  });
});

describe('import: data changed between the dry run and the confirmation', () => {
  it('plans again at commit time, so it writes what is true then', async () => {
    const file = csvText([
      mobilisHeaders,
      templateRow(600, {
        'Activity type': '',
        Status: '',
        'Start date': '',
        'End date': '',
        'Travel days': '',
        'Origin city': '',
        'Origin country': '',
        'Destination city': '',
        'Destination country': '',
        'Sending organisation OID': '',
        'Sending organisation name': '',
        'Receiving organisation OID': '',
        'Receiving organisation name': '',
        'Means of transport': '',
      }),
    ]);
    const id = await client.upload(file, { fileName: 'one-pupil.csv' });
    expect((await job(id)).report?.counts).toMatchObject({ created: 1 });
    await coordinator.participant.create({
      organisationId,
      givenName: 'Pupil600',
      familyName: 'Tester',
      email: 'pupil600@schule.example',
      birthDate: '2011-04-02',
      gender: 'female',
      nationality: 'DE',
      preferredLanguage: 'de',
      kind: 'pupil',
    });
    const done = await confirmed(id);
    expect(done.status).toBe('committed');
    expect(done.report?.counts).toMatchObject({ created: 0, unchanged: 1 });
    const stored = await api.database.db
      .selectFrom('participant')
      .select('id')
      .where('email', '=', 'pupil600@schule.example')
      .execute();
    expect(stored).toHaveLength(1);
  });
});

describe('import: rejected rows', () => {
  it('reports each bad row with its line, column and reason, refuses to confirm and writes nothing', async () => {
    const before = await snapshot();
    const file = csvText([
      mobilisHeaders,
      templateRow(101),
      templateRow(102, { 'Birth date': '31/02/2011' }),
      templateRow(103, { Email: 'not-an-address', 'End date': '2027-04-01' }),
      templateRow(104, { 'Activity type': 'Space travel' }),
    ]);
    const id = await client.upload(file, { fileName: 'bad.csv' });
    const { report, confirmBlocker } = await job(id);
    expect(report?.counts).toMatchObject({ rows: 4, created: 1, rejected: 3 });
    expect(report?.issues).toEqual([
      {
        line: 3,
        column: 'Birth date',
        message: expect.stringMatching(/Birth date must be a calendar date.*found "31\/02\/2011"/),
      },
      { line: 4, column: 'Email', message: expect.stringContaining('Email must be an email address') },
      {
        line: 4,
        column: 'End date',
        message: 'End date must not be before the start date (found "2027-04-01")',
      },
      { line: 5, column: 'Activity type', message: expect.stringContaining('(found "Space travel")') },
    ]);
    expect(confirmBlocker).toContain('3 rows are rejected');
    expect(await codeOf(coordinator.import.confirm({ organisationId, id }))).toBe('BAD_REQUEST');

    const download = await client.download(`/api/organisations/${organisationId}/imports/${id}/rejected.csv`);
    expect(download.status).toBe(200);
    const text = download.body.toString('utf8');
    expect(text).toContain('Line,Column,Reason');
    expect(text).toContain('3,Birth date,');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a cell with a NUL character on its own row, naming the column, where the dry run failed whole', async () => {
    // (Half a surrogate pair cannot travel in a UTF-8 file: it arrives as U+FFFD, an ordinary character.)
    const before = await snapshot();
    const file = csvText([
      mobilisHeaders,
      templateRow(111),
      templateRow(112, { 'Family name': 'Schmidt\u0000' }),
      templateRow(113, { 'Given name': '\u0000Ana' }),
    ]);
    const id = await client.upload(file, { fileName: 'hostile.csv' });
    const { report, status } = await job(id);
    expect(status).not.toBe('failed');
    expect(report?.counts).toMatchObject({ rows: 3, created: 1, rejected: 2 });
    expect(report?.issues).toEqual([
      {
        line: 3,
        column: 'Family name',
        message: expect.stringMatching(/must not contain a NUL character.*found "Schmidt\u2400"/),
      },
      { line: 4, column: 'Given name', message: expect.stringContaining('must not contain a NUL character') },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('lists unknown columns, and runs the dry run again once they are mapped', async () => {
    const headers = mobilisHeaders.map((header) => (header === 'Email' ? 'E-mail address' : header));
    const id = await client.upload(csvText([headers, templateRow(201)]), { fileName: 'renamed.csv' });
    expect((await job(id)).report?.unknownHeaders).toEqual(['E-mail address']);
    expect((await job(id)).confirmBlocker).toContain('E-mail address');
    await coordinator.import.setMapping({ organisationId, id, mapping: { 'E-mail address': 'email' } });
    const { importJobSettled } = await import('../src/exchange/import-jobs.js');
    await importJobSettled(id);
    expect(await job(id)).toMatchObject({ status: 'ready', confirmBlocker: null });
    await coordinator.import.cancel({ organisationId, id });
    expect((await job(id)).status).toBe('cancelled');
  });
});

describe('import: encodings, separators and formulas', () => {
  const names = ['Zoë', 'Françoise', 'Jürgen'];
  const rows = () => [
    mobilisHeaders,
    ...names.map((name, index) => templateRow(300 + index, { 'Given name': name })),
  ];

  it('reads a Windows-1252 CSV with semicolons', async () => {
    const id = await client.upload(iconv.encode(csvText(rows(), ';'), 'windows-1252'), {
      fileName: 'excel.csv',
    });
    const { report } = await job(id);
    expect(report?.counts).toMatchObject({ rows: 3, created: 3, rejected: 0 });
    expect(report?.layout).toBe('mobilis');
    await confirmed(id);
    const stored = await api.database.db
      .selectFrom('participant')
      .select('givenName')
      .where('organisationId', '=', organisationId)
      .where('givenName', 'in', names)
      .execute();
    expect(stored.map((row) => row.givenName).sort()).toEqual([...names].sort());
  });

  it('reads a UTF-8 CSV with a byte-order mark and semicolons: the same rows are unchanged', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(rows(), ';'), 'utf8')]);
    const id = await client.upload(bom, { fileName: 'utf8.csv' });
    expect((await job(id)).report?.counts).toMatchObject({ rows: 3, unchanged: 3, rejected: 0 });
  });

  it('reads formula cells as the values Excel computed, never evaluating them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Import');
    sheet.addRow(mobilisHeaders);
    const row = sheet.addRow(templateRow(400));
    const column = (header: string) => mobilisHeaders.indexOf(header) + 1;
    row.getCell(column('Family name')).value = { formula: 'UPPER("müller")', result: 'Müller' };
    row.getCell(column('Travel days')).value = { formula: '1+1', result: 2 };
    row.getCell(column('Start date')).value = new Date(Date.UTC(2027, 4, 3));
    const id = await client.upload(Buffer.from(await workbook.xlsx.writeBuffer()), {
      fileName: 'formulas.xlsx',
    });
    expect((await job(id)).report?.counts).toMatchObject({ created: 1, rejected: 0 });
    await confirmed(id);
    const stored = await api.database.db
      .selectFrom('participant')
      .select('familyName')
      .where('email', '=', 'pupil400@schule.example')
      .executeTakeFirstOrThrow();
    expect(stored.familyName).toBe('Müller');
  });
});

describe('import: a large file', () => {
  it('imports 10,000 rows in one transaction: a failure on the last row writes none of them', {
    timeout: 240_000,
  }, async () => {
    const rows = [mobilisHeaders];
    for (let n = 0; n < 10_000; n++)
      rows.push(templateRow(10_000 + n, { 'Family name': n === 9_999 ? 'Lastrow' : 'Bulk' }));
    const file = csvText(rows);
    const before = await snapshot();

    await failInsertsOfFamilyName(api, 'Lastrow');
    const failing = await client.upload(file, { fileName: 'large.csv' });
    expect((await job(failing)).report?.counts).toMatchObject({ rows: 10_000, created: 10_000, rejected: 0 });
    expect(await confirmed(failing)).toMatchObject({ status: 'failed', rowsWritten: 0 });
    expect(await snapshot()).toEqual(before);

    await failInsertsOfFamilyName(api, null);
    const id = await client.upload(file, { fileName: 'large.csv' });
    expect(await confirmed(id)).toMatchObject({ status: 'committed', rowsWritten: 20_000 });
    const count = await api.database.db
      .selectFrom('mobility')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('projectId', '=', projectId)
      .where('activityType', '=', 'LM-SHORT-PUPIL')
      .executeTakeFirstOrThrow();
    expect(Number(count.count)).toBeGreaterThanOrEqual(10_000);
    const audits = await api.database.db
      .selectFrom('auditEvent')
      .select('changes')
      .where('entityType', '=', 'import')
      .where('entityId', '=', id)
      .execute();
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]?.changes)).not.toContain('@schule.example');
  });
});

describe('import: limits', () => {
  it('answers a file over the size cap with 413 and a clear message, and writes nothing', async () => {
    const db = api.database.db;
    const jobs = () =>
      db
        .selectFrom('importJob')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organisationId', '=', organisationId)
        .executeTakeFirstOrThrow();
    const [before, jobsBefore] = [await snapshot(), await jobs()];
    const header = Buffer.from(`${mobilisHeaders.join(',')}\n`, 'utf8');
    const file = Buffer.concat([header, Buffer.alloc(importLimits.maxFileBytes, 0x41)]);
    const response = await client.app.inject({
      method: 'POST',
      url: `/api/organisations/${organisationId}/imports?projectId=${projectId}&fileName=huge.csv`,
      headers: {
        'content-type': 'application/octet-stream',
        cookie: `mobilis_session=${coordinator.cookie.value}`,
      },
      payload: file,
    });
    expect(response.statusCode).toBe(413);
    const megabytes = Math.round(importLimits.maxFileBytes / (1024 * 1024));
    expect(response.json()).toEqual({
      error: `The file is larger than ${megabytes} MB: split it into smaller files`,
    });
    expect(await jobs()).toEqual(jobsBefore);
    expect(await snapshot()).toEqual(before);
  });
});

describe('import: survey plans', () => {
  /** The stored surveys of the organisation's mobilities with this activity ID prefix, comparable. */
  async function surveysOf(activityIds: readonly string[]) {
    return api.database.db
      .selectFrom('survey')
      .innerJoin('mobility', 'mobility.id', 'survey.mobilityId')
      .select([
        'mobility.activityId',
        'survey.participantId',
        'survey.wave',
        'survey.dueDate',
        'survey.status',
        'survey.outcomeCodes',
        'survey.locale',
      ])
      .where('mobility.organisationId', '=', organisationId)
      .where('mobility.activityId', 'in', activityIds)
      .orderBy('mobility.activityId')
      .orderBy('survey.wave')
      .execute();
  }
  const activityId = (n: number) => `424242-MOB-${String(n).padStart(5, '0')}`;

  it('gives each imported mobility the plan the console gives it, and a second import changes nothing', async () => {
    const file = csvText([
      mobilisHeaders,
      templateRow(700, { 'Mobility activity ID': activityId(700) }),
      templateRow(701, { 'Mobility activity ID': activityId(701), 'Preferred language': 'fr' }),
      templateRow(702, { 'Mobility activity ID': activityId(702), Status: 'draft' }),
    ]);
    const id = await client.upload(file, { fileName: 'surveys.csv' });
    expect(await confirmed(id)).toMatchObject({ status: 'committed' });
    const imported = await surveysOf([activityId(700), activityId(701), activityId(702)]);
    expect(imported.map((survey) => [survey.activityId, survey.wave, survey.dueDate, survey.locale])).toEqual(
      [
        [activityId(700), 'baseline', '2027-04-19', 'de'],
        [activityId(700), 'end', '2027-05-16', 'de'],
        [activityId(700), 'follow_up', '2027-11-12', 'de'],
        [activityId(701), 'baseline', '2027-04-19', 'fr'],
        [activityId(701), 'end', '2027-05-16', 'fr'],
        [activityId(701), 'follow_up', '2027-11-12', 'fr'],
      ],
    );
    expect(imported.every((survey) => survey.status === 'scheduled')).toBe(true);

    // The console's own plan of the same mobility is the same, row for row.
    const { syncSurveyPlan } = await import('../src/survey/survey-plan.js');
    const mobilityIds = await api.database.db
      .selectFrom('mobility')
      .select('id')
      .where('activityId', 'in', [activityId(700), activityId(701), activityId(702)])
      .execute();
    await api.database.db
      .deleteFrom('survey')
      .where(
        'mobilityId',
        'in',
        mobilityIds.map((m) => m.id),
      )
      .execute();
    for (const mobility of mobilityIds) await syncSurveyPlan(api.database.db, organisationId, mobility.id);
    expect(await surveysOf([activityId(700), activityId(701), activityId(702)])).toEqual(imported);

    const before = await surveysOf([activityId(700), activityId(701), activityId(702)]);
    const again = await client.upload(file, { fileName: 'surveys.csv' });
    expect((await job(again)).report?.counts).toMatchObject({ unchanged: 3 });
    expect(await confirmed(again)).toMatchObject({ status: 'committed', rowsWritten: 0 });
    expect(await surveysOf([activityId(700), activityId(701), activityId(702)])).toEqual(before);
  });

  it('moves planned surveys with new dates, keeps those sent, and drops them when a mobility is cancelled', async () => {
    const row = (n: number, overrides: Record<string, string> = {}) =>
      templateRow(n, { 'Mobility activity ID': activityId(n), ...overrides });
    const first = await client.upload(csvText([mobilisHeaders, row(710), row(711)]), { fileName: 'a.csv' });
    await confirmed(first);
    // The baseline survey of 710 went out.
    const [sent] = await surveysOf([activityId(710)]);
    await api.database.db
      .updateTable('survey')
      .set({ status: 'invited', invitedAt: new Date() })
      .where('participantId', '=', sent?.participantId ?? '')
      .where('wave', '=', 'baseline')
      .execute();

    const moved = { 'Start date': '2027-06-07', 'End date': '2027-06-20' };
    const second = await client.upload(
      csvText([mobilisHeaders, row(710, moved), row(711, { Status: 'cancelled' })]),
      { fileName: 'b.csv' },
    );
    expect((await job(second)).report?.counts).toMatchObject({ updated: 2, rejected: 0 });
    expect(await confirmed(second)).toMatchObject({ status: 'committed' });
    const after = await surveysOf([activityId(710), activityId(711)]);
    expect(after.map((survey) => [survey.activityId, survey.wave, survey.dueDate, survey.status])).toEqual([
      [activityId(710), 'baseline', '2027-04-19', 'invited'],
      [activityId(710), 'end', '2027-06-20', 'scheduled'],
      [activityId(710), 'follow_up', '2027-12-17', 'scheduled'],
    ]);
  });
});

describe('import: access', () => {
  it('lets only coordinators of the organisation upload', async () => {
    const viewer = await api.member(organisationId, 'viewer');
    const viewerClient = await exchangeClient(api, viewer, organisationId, projectId);
    await expect(viewerClient.upload('Given name\nAna\n')).rejects.toThrow('403');
    await viewerClient.app.close();
    const other = await api.createOrganisation();
    const outsider = await api.member(other.id, 'coordinator');
    const outsiderClient = await exchangeClient(api, outsider, organisationId, projectId);
    await expect(outsiderClient.upload('Given name\nAna\n')).rejects.toThrow('404');
    await outsiderClient.app.close();
  });

  it('lists past imports to come back to', async () => {
    const list = await coordinator.import.list({ organisationId });
    expect(list.length).toBeGreaterThan(3);
    expect(list[0]).toMatchObject({ grantAgreementNumber, fileName: expect.any(String) });
  });
});
