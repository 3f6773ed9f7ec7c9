import { mobilisLayout } from '@mobilis/schema';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createImportJob, importJobSettled } from '../../src/exchange/import-jobs.js';
import { buildServer } from '../../src/server.js';
import { projectInput } from './fixtures.js';
import type { Caller, MemoryCookie, TestApi } from './harness.js';

// Uploading and downloading through the HTTP routes, as the console does, for import and export tests.

export interface ExchangeClient {
  app: FastifyInstance;
  /** Uploads a file for the project and waits for its dry run. */
  upload(file: Buffer | string, options?: { fileName?: string; projectId?: string }): Promise<string>;
  download(url: string): Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }>;
}

export async function exchangeClient(
  api: TestApi,
  member: { cookie: MemoryCookie },
  organisationId: string,
  projectId: string,
): Promise<ExchangeClient> {
  const app = await buildServer({ services: api.services });
  const cookie = () => `mobilis_session=${member.cookie.value}`;
  return {
    app,
    async upload(file, options = {}) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/organisations/${organisationId}/imports?projectId=${options.projectId ?? projectId}&fileName=${options.fileName ?? 'file.csv'}`,
        headers: { 'content-type': 'application/octet-stream', cookie: cookie() },
        payload: typeof file === 'string' ? Buffer.from(file, 'utf8') : file,
      });
      if (response.statusCode !== 202) throw new Error(`upload: ${response.statusCode} ${response.body}`);
      const { id } = response.json() as { id: string };
      await importJobSettled(id);
      return id;
    },
    async download(url) {
      const response = await app.inject({ url, headers: { cookie: cookie() } });
      return { status: response.statusCode, body: response.rawPayload, headers: response.headers };
    },
  };
}

/** A CSV text from rows of cells, quoted where needed. */
export function csvText(rows: readonly (readonly (string | number)[])[], delimiter = ','): string {
  const quote = (cell: string | number) => {
    const text = String(cell);
    return /[",;\t\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${rows.map((row) => row.map(quote).join(delimiter)).join('\r\n')}\r\n`;
}

/** Makes every insert of a participant with this family name fail, to prove an import writes all or nothing. */
export async function failInsertsOfFamilyName(api: TestApi, familyName: string | null): Promise<void> {
  const db = api.database.db;
  await sql`drop trigger if exists import_test_failure on participant`.execute(db);
  if (familyName === null) return;
  await sql
    .raw(`create or replace function import_test_failure() returns trigger language plpgsql as $$
begin
  if new.family_name = '${familyName.replaceAll("'", "''")}' then raise exception 'test failure'; end if;
  return new;
end $$`)
    .execute(db);
  await sql`create trigger import_test_failure before insert on participant for each row execute function import_test_failure()`.execute(
    db,
  );
}

export interface ExchangeWorld {
  organisationId: string;
  projectId: string;
  grantAgreementNumber: string;
  coordinator: Caller & { cookie: MemoryCookie };
  client: ExchangeClient;
}

/** An organisation with a coordinator, a school project numbered `serial` and an HTTP client for its files. */
export async function exchangeWorld(api: TestApi, serial: number): Promise<ExchangeWorld> {
  const organisationId = (await api.createOrganisation()).id;
  // A coordinator with access to special categories: imports and exports carry barrier categories.
  const coordinator = await api.member(organisationId, 'coordinator', { specialCategories: true });
  const input = projectInput(organisationId, serial);
  const projectId = (await coordinator.project.create(input)).id;
  const client = await exchangeClient(api, coordinator, organisationId, projectId);
  return { organisationId, projectId, grantAgreementNumber: input.grantAgreementNumber, coordinator, client };
}

export const mobilisHeaders = mobilisLayout.columns.map((column) => column.header);

/** A Mobilis-template row: a pupil with a planned short-term mobility from Berlin to Paris. */
export function mobilisTemplateRow(
  grantAgreementNumber: string,
  n: number,
  overrides: Record<string, string> = {},
): string[] {
  const values: Record<string, string> = {
    'Grant agreement number': grantAgreementNumber,
    'Given name': `Pupil${n}`,
    'Family name': 'Tester',
    Email: `pupil${n}@schule.example`,
    'Birth date': '2011-04-02',
    Gender: 'female',
    Nationality: 'DE',
    'Participant kind': 'pupil',
    'Preferred language': 'de',
    'Fewer opportunities': 'No',
    'Activity type': 'LM-SHORT-PUPIL',
    Status: 'planned',
    'Start date': '2027-05-03',
    'End date': '2027-05-16',
    'Travel days': '2',
    'Origin city': 'Berlin',
    'Origin country': 'DE',
    'Destination city': 'Paris',
    'Destination country': 'FR',
    'Sending organisation OID': 'E10111111',
    'Sending organisation name': 'Gymnasium Berlin-Mitte',
    'Receiving organisation OID': 'E10234567',
    'Receiving organisation name': 'Lycée Victor Hugo',
    'Means of transport': 'train',
    ...overrides,
  };
  return mobilisHeaders.map((header) => values[header] ?? '');
}

/** The template's header and `count` rows numbered from `from`. */
export function templateFileRows(grantAgreementNumber: string, count: number, from: number): string[][] {
  const rows = [mobilisHeaders];
  for (let n = from; n < from + count; n += 1) rows.push(mobilisTemplateRow(grantAgreementNumber, n));
  return rows;
}

/** A file's import job stored as the upload route stores it (no HTTP), for tests that need one in the database. */
export function storedImportJob(
  api: TestApi,
  job: { organisationId: string; projectId: string; userId: string; fileName?: string; text?: string },
): Promise<string> {
  return createImportJob(api.database.db, {
    organisationId: job.organisationId,
    projectId: job.projectId,
    userId: job.userId,
    fileName: job.fileName ?? 'participants.csv',
    bytes: Buffer.from(job.text ?? 'Given name,Family name\nAna,Silva\n'),
  });
}
