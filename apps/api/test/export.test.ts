import { beneficiaryModuleLayout } from '@mobilis/schema';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralise } from '../src/exchange/spreadsheet-writer.js';
import { surveyResultsRows } from '../src/exchange/survey-results-table.js';
import { csvText, type ExchangeClient, exchangeClient, exchangeWorld } from './support/exchange.js';
import { participantInput, projectInput } from './support/fixtures.js';
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
    777001,
  ));
});
afterAll(async () => {
  await client.app.close();
  await api.close();
});

const csvRows = (body: Buffer) => parse(body, { bom: true }) as string[][];

describe('export: formula injection', () => {
  it('neutralises text a spreadsheet would run as a formula, and nothing else', () => {
    for (const text of ['=1+1', '+49 30 1234', '-5', '@SUM(A1)', '\t=x', '\r=x'])
      expect(neutralise(text)).toBe(`'${text}`);
    for (const value of ['Lena', 'a=b', '2027-03-01', 5, true, null]) expect(neutralise(value)).toBe(value);
  });

  it('writes a name starting with = as text in CSV and XLSX exports', async () => {
    await coordinator.participant.create(
      participantInput(organisationId, {
        familyName: '=HYPERLINK("http://evil.example","x")',
        givenName: 'Eve',
      }),
    );
    const csv = await client.download(
      `/api/organisations/${organisationId}/exports/participants.csv?search=Eve`,
    );
    expect(csv.status).toBe(200);
    expect(csvRows(csv.body)[1]).toContain(`'=HYPERLINK("http://evil.example","x")`);
    const xlsx = await client.download(
      `/api/organisations/${organisationId}/exports/participants.xlsx?search=Eve`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0]?.getRow(2).getCell(2);
    expect(cell?.value).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(cell?.formula).toBeUndefined();
  });
});

describe('export: the Beneficiary Module layout', () => {
  it('round-trips: a file in that layout imported, then exported, gives the same values back', async () => {
    const headers = beneficiaryModuleLayout.columns.map((column) => column.header);
    const rows = [1, 2, 3].map((n) => [
      grantAgreementNumber,
      `777001-MOB-${String(n).padStart(5, '0')}`,
      'LM-SHORT-PUPIL',
      `Élève ${n}`,
      'Dupont-Moreau',
      `eleve${n}@lycee.example`,
      `2011-04-0${n}`,
      n === 2 ? 'Female' : 'Male',
      'FR',
      n === 3 ? 'Yes' : 'No',
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
      n === 1 ? 'No' : 'Yes',
      'No',
      n === 2 ? 'Yes' : 'No',
    ]);
    const id = await client.upload(csvText([headers, ...rows]), { fileName: 'bm.csv' });
    expect((await coordinator.import.get({ organisationId, id })).report?.counts).toMatchObject({
      created: 3,
      rejected: 0,
    });
    await coordinator.import.confirm({ organisationId, id });
    const { importJobSettled } = await import('../src/exchange/import-jobs.js');
    await importJobSettled(id);

    const exported = await client.download(
      `/api/organisations/${organisationId}/exports/beneficiary-module.csv?projectId=${projectId}`,
    );
    expect(exported.status).toBe(200);
    const [header, ...back] = csvRows(exported.body);
    expect(header).toEqual(headers);
    const byId = (a: string[], b: string[]) => (a[1] ?? '').localeCompare(b[1] ?? '');
    expect(back.sort(byId)).toEqual(rows.sort(byId));
  });
});

describe('export: lists, sensitive fields and the audit log', () => {
  it('filters as the list does, leaves sensitive fields out unless asked, and records each export', async () => {
    await coordinator.participant.create(
      participantInput(organisationId, {
        givenName: 'Tomás',
        familyName: 'Sensitive',
        kind: 'teacher',
        fewerOpportunities: true,
        barriers: ['health_problems'],
      }),
    );
    const plain = csvRows(
      (await client.download(`/api/organisations/${organisationId}/exports/participants.csv?kind=teacher`))
        .body,
    );
    expect(plain).toHaveLength(2);
    expect(plain[0]).not.toContain('Barriers');
    expect(plain[0]).not.toContain('Birth date');
    expect(plain[1]).toContain('Tomás');

    const sensitive = csvRows(
      (
        await client.download(
          `/api/organisations/${organisationId}/exports/participants.csv?kind=teacher&includeSensitive=true`,
        )
      ).body,
    );
    const barriers = sensitive[0]?.indexOf('Barriers') ?? -1;
    expect(sensitive[1]?.[barriers]).toBe('health_problems');

    const viewer = await api.member(organisationId, 'viewer');
    const viewerClient = await exchangeClient(api, viewer, organisationId, projectId);
    expect(
      (await viewerClient.download(`/api/organisations/${organisationId}/exports/participants.csv`)).status,
    ).toBe(200);
    expect(
      (
        await viewerClient.download(
          `/api/organisations/${organisationId}/exports/participants.csv?includeSensitive=true`,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await viewerClient.download(
          `/api/organisations/${organisationId}/exports/beneficiary-module.csv?projectId=${projectId}`,
        )
      ).status,
    ).toBe(403);
    await viewerClient.app.close();

    const outsider = await api.member((await api.createOrganisation()).id, 'coordinator');
    const outsiderClient = await exchangeClient(api, outsider, organisationId, projectId);
    expect(
      (await outsiderClient.download(`/api/organisations/${organisationId}/exports/mobilities.csv`)).status,
    ).toBe(404);
    await outsiderClient.app.close();

    const audits = await api.database.db
      .selectFrom('auditEvent')
      .select(['action', 'changes'])
      .where('organisationId', '=', organisationId)
      .where('entityType', '=', 'export')
      .execute();
    expect(audits.map((audit) => audit.action)).toEqual(
      expect.arrayContaining(['participants', 'beneficiary-module']),
    );
    const teacherExport = audits.find((audit) => JSON.stringify(audit.changes).includes('teacher'));
    expect(teacherExport?.changes).toMatchObject({ rows: { to: 1 }, format: { to: 'csv' } });
    expect(JSON.stringify(audits)).not.toContain('Tomás');
    expect(JSON.stringify(audits)).not.toContain('Eve');
  });

  it('exports mobilities in the Mobilis template, which imports again without a change', async () => {
    const exported = await client.download(
      `/api/organisations/${organisationId}/exports/mobilities.xlsx?projectId=${projectId}&includeSensitive=true`,
    );
    expect(exported.status).toBe(200);
    const id = await client.upload(exported.body, { fileName: 'mobilities.xlsx' });
    expect((await coordinator.import.get({ organisationId, id })).report?.counts).toEqual({
      rows: 3,
      created: 0,
      updated: 0,
      unchanged: 3,
      rejected: 0,
    });
  });
});

describe('export: survey results', () => {
  it('answers 404 for a project of another organisation, as for one that does not exist', async () => {
    const other = await api.createOrganisation({ legalName: 'Colegio San Isidro' });
    const otherCoordinator = await api.member(other.id, 'coordinator');
    const otherProject = await otherCoordinator.project.create(projectInput(other.id, 777999));
    const response = await client.download(
      `/api/organisations/${organisationId}/exports/survey-results.csv?projectId=${otherProject.id}`,
    );
    expect(response.status).toBe(404);
    expect(response.body.toString()).toContain('Project not found');
  });

  it('writes the analytics overview as a table, a withheld figure as "suppressed (< k)"', async () => {
    const response = await client.download(
      `/api/organisations/${organisationId}/exports/survey-results.csv?projectId=${projectId}`,
    );
    expect(response.status).toBe(200);
    const [header, ...rows] = csvRows(response.body);
    expect(header?.[0]).toBe('Section');
    expect(rows.map((row) => row[1])).toEqual(expect.arrayContaining(['baseline', 'end', 'followUp']));

    const overview = {
      minimumCellSize: 5,
      responses: { total: 'suppressed' },
      items: [{ code: 'L01', total: { respondents: 7, change: 'suppressed' } }],
    } as unknown as Parameters<typeof surveyResultsRows>[0];
    const table = surveyResultsRows(overview);
    expect(table[0]).toEqual([
      'Survey responses',
      'baseline',
      'suppressed (< 5)',
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(table.at(-1)).toEqual(['Outcome', 'L01', 7, null, 'suppressed (< 5)', null, null, null]);
  });
});
