import { writeFileSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  connect,
  insertOrganisation,
  insertProject,
  insertUser,
  migrateToLatest,
  moveImportJob,
} from '@mobilis/db';
import { mobilisLayout } from '@mobilis/schema';
import pg from 'pg';
import { searchCities } from '../../apps/api/src/cities/city-index.js';
import { createImportJob, runImportJob } from '../../apps/api/src/exchange/import-jobs.js';
import { grantAgreementNumber, templateCsv } from './import-file.js';
import { benchDataDir, withDatabase } from './postgres-server.js';

// Times an import of 100,000 mobility rows (a CSV in the Mobilis template, one pupil and her mobility per row)
// through the import job code, dry run then commit, on PostgreSQL 15, beside a raw COPY of the same file into a
// scratch table of text columns: the floor any import of these bytes stands on. Prints the figures and the ratio;
// docs/performance.md records them. The bench's server has its own data folder and database, so it never touches
// the list and analytics benchmarks' data.

const rowCount = Number(process.env.BENCH_IMPORT_ROWS || 100_000);
const databaseName = 'mobilis_import_bench';

async function ensureDatabase(serverUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${databaseName} with (force)`);
    await admin.query(`create database ${databaseName}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(body: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await body();
  return [result, performance.now() - started];
}

async function benchmark(serverUrl: string) {
  const url = await ensureDatabase(serverUrl);
  const handle = connect({ databaseUrl: url });
  const db = handle.db;
  try {
    await migrateToLatest(db);
    const organisation = await insertOrganisation(db, {
      legalName: 'Import bench school',
      oid: 'E10999999',
      country: 'DE',
      city: 'Berlin',
      type: 'school',
    });
    const user = await insertUser(db, { email: 'bench@import.example', displayName: 'Bench' });
    const projectId = await insertProject(db, organisation.id, {
      grantAgreementNumber,
      title: 'Import bench',
      actionType: 'KA122',
      field: 'school_education',
      startDate: '2027-01-01',
      endDate: '2028-06-30',
      consortiumMemberIds: [],
    });

    const csv = templateCsv(rowCount);
    const bytes = Buffer.from(csv, 'utf8');
    console.log(
      `${rowCount.toLocaleString('en')} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB of CSV`,
    );

    // The server loads the GeoNames city index when it starts (apps/api/src/main.ts), so an import on a running
    // server never waits for it: loaded here too, before the clock starts.
    await searchCities('warm-up');
    const deps = { db, clock: () => new Date('2027-03-01T09:00:00Z') };
    const id = await createImportJob(db, {
      organisationId: organisation.id,
      projectId,
      userId: user.id,
      fileName: 'bench.csv',
      bytes,
    });
    const [, dryRunMs] = await timed(() => runImportJob(deps, id));
    const ready = await db
      .selectFrom('importJob')
      .select(['status', 'report', 'error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (ready.status !== 'ready') throw new Error(`dry run ended ${ready.status}: ${ready.error}`);
    await moveImportJob(db, id, ['ready'], 'committing', { confirmedBy: user.id });
    const [, commitMs] = await timed(() => runImportJob(deps, id));
    const done = await db
      .selectFrom('importJob')
      .select(['status', 'rowsWritten', 'error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (done.status !== 'committed') throw new Error(`commit ended ${done.status}: ${done.error}`);

    const copyMs = await timeCopy(url, csv);
    const importMs = dryRunMs + commitMs;
    console.log(`dry run            ${seconds(dryRunMs)}`);
    console.log(
      `commit             ${seconds(commitMs)}  (${done.rowsWritten.toLocaleString('en')} records written)`,
    );
    console.log(`import (both)      ${seconds(importMs)}`);
    console.log(`COPY of the file   ${seconds(copyMs)}`);
    console.log(`ratio import/COPY  ${(importMs / copyMs).toFixed(1)}x`);
    console.log(importMs < 30_000 ? 'within the 30 s budget' : 'OVER the 30 s budget');
  } finally {
    await handle.close();
  }
}

/** COPY of the same file, server-side, into a scratch table with one text column per template column. */
async function timeCopy(url: string, csv: string): Promise<number> {
  const dir = path.join(benchDataDir, 'import-bench');
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  const file = path.join(dir, 'rows.csv');
  writeFileSync(file, csv);
  await chmod(file, 0o644);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = mobilisLayout.columns.map((_, index) => `c${index} text`).join(', ');
    await client.query(`create table copy_scratch (${columns})`);
    const [, ms] = await timed(() =>
      client.query(`copy copy_scratch from '${file}' with (format csv, header true)`),
    );
    await client.query('drop table copy_scratch');
    return ms;
  } finally {
    await client.end();
  }
}

await withDatabase(
  process.env.BENCH_DATABASE_URL || undefined,
  path.join(benchDataDir, 'postgres-import'),
  { sharedBuffers: '256MB' },
  benchmark,
);
