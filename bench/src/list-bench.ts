import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type Database, listMobilities, listParticipants } from '@mobilis/db';
import type pg from 'pg';
import {
  type ListCase,
  listCases,
  type Organisation,
  pageSize,
  pickOrganisations,
  rawPool,
} from './cases.js';
import { explain, type PlanSummary } from './explain.js';
import { type GeneratedData, withBenchData } from './generate.js';
import { benchDataDir } from './postgres-server.js';
import { type ListQueries, mobilityListSql, participantListSql, runList } from './raw-queries.js';
import { compare, loadAverage, type Timing } from './stats.js';

// Times the participant and mobility lists at national-agency scale through the repository layer and as raw SQL.
// Figures are printed and recorded in docs/performance.md, never asserted: a timing threshold has no place in a
// unit test.

const runs = 30;
const warmups = 5;
const aimMs = 20;

interface ListResult {
  rows: { id: string }[];
  total: number;
}

interface BenchCase {
  organisation: Organisation;
  name: string;
  repository: () => Promise<ListResult>;
  raw: ListQueries;
}

interface Measured {
  organisation: string;
  query: string;
  rows: number;
  total: number;
  repository: Timing;
  raw: Timing;
  page: PlanSummary;
  count: PlanSummary;
}

async function main() {
  await withBenchData(benchmark);
}

async function benchmark(url: string, data: GeneratedData) {
  const handle = connect({ databaseUrl: url, maxConnections: 10 });
  const pool = rawPool(url);
  try {
    const { rows: version } = await pool.query<{ version: string }>('select version()');
    console.log(`\n${version[0]?.version}`);
    console.log(
      `Node ${process.version}; ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}); ` +
        `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    );
    const settings = await pool.query<{ shared_buffers: string; work_mem: string; random_page_cost: string }>(
      `select current_setting('shared_buffers') as shared_buffers, current_setting('work_mem') as work_mem,
              current_setting('random_page_cost') as random_page_cost`,
    );
    const setting = settings.rows[0];
    console.log(
      `shared_buffers ${setting?.shared_buffers}, work_mem ${setting?.work_mem}, ` +
        `random_page_cost ${setting?.random_page_cost}; load average ${loadAverage()}`,
    );
    console.log(
      `Each query: ${warmups} warm-up rounds, then ${runs} timed, repository and raw SQL alternating.\n`,
    );

    const organisations = await pickOrganisations(pool, data.largeOrganisationId);
    const results: Measured[] = [];
    for (const organisation of organisations) {
      console.log(
        `${organisation.label} organisation: ${organisation.legalName} ` +
          `(${organisation.mobilities.toLocaleString('en')} mobilities, ` +
          `${organisation.participants.toLocaleString('en')} participants)`,
      );
      for (const listCase of await listCases(pool, organisation)) {
        results.push(await measure(pool, toBenchCase(handle.db, listCase)));
      }
    }
    console.log(`Load average at the end: ${loadAverage()}`);
    printTable(results);
    printPlans(results);
    const out = path.join(benchDataDir, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      path.join(out, 'list-bench.json'),
      JSON.stringify({ version: version[0]?.version, generated: data, results }, null, 2),
    );
    console.log(`\nFull plans and figures: ${path.relative(process.cwd(), out)}/list-bench.json`);
  } finally {
    await handle.close();
    await pool.end();
  }
}

function toBenchCase(db: Database, listCase: ListCase): BenchCase {
  const orgId = listCase.organisation.id;
  if (listCase.list === 'mobilities') {
    const { query } = listCase;
    return {
      ...listCase,
      repository: () => listMobilities(db, orgId, query),
      raw: mobilityListSql(orgId, query),
    };
  }
  const { query } = listCase;
  return {
    ...listCase,
    repository: () => listParticipants(db, orgId, query),
    raw: participantListSql(orgId, query),
  };
}

async function measure(pool: pg.Pool, benchCase: BenchCase): Promise<Measured> {
  const viaRepository = await benchCase.repository();
  const viaRaw = await runList<{ id: string }>(pool, benchCase.raw);
  const same =
    viaRepository.total === viaRaw.total &&
    viaRepository.rows.length === viaRaw.rows.length &&
    viaRepository.rows.every((row, index) => row.id === viaRaw.rows[index]?.id);
  if (!same) {
    throw new Error(
      `${benchCase.organisation.label} / ${benchCase.name}: the repository and the raw SQL disagree ` +
        `(${viaRepository.rows.length} rows of ${viaRepository.total} vs ${viaRaw.rows.length} of ${viaRaw.total})`,
    );
  }
  const [repository, raw] = await compare(benchCase.repository, () => runList(pool, benchCase.raw), {
    runs,
    warmups,
  });
  const result: Measured = {
    organisation: benchCase.organisation.label,
    query: benchCase.name,
    rows: viaRaw.rows.length,
    total: viaRaw.total,
    repository,
    raw,
    page: await explain(pool, benchCase.raw.page),
    count: await explain(pool, benchCase.raw.count),
  };
  console.log(
    `  ${benchCase.name}: ${ms(repository.median)} repository, ${ms(raw.median)} raw ` +
      `(${result.rows} rows of ${result.total.toLocaleString('en')})`,
  );
  return result;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function printTable(results: Measured[]) {
  const header = [
    'org',
    'query',
    'rows/total',
    'repo median',
    'raw median',
    'ratio',
    'repo p95',
    'raw p95',
    `< ${aimMs} ms`,
  ];
  const body = results.map((r) => [
    r.organisation,
    r.query,
    `${r.rows}/${r.total}`,
    r.repository.median.toFixed(2),
    r.raw.median.toFixed(2),
    (r.repository.median / r.raw.median).toFixed(2),
    r.repository.p95.toFixed(2),
    r.raw.p95.toFixed(2),
    r.repository.median < aimMs ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column <= 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  console.log(
    `\nMedian and p95 in ms of one list call (page of ${pageSize} + total count); ratio = repository / raw.\n`,
  );
  console.log(line(header));
  console.log(
    `|${widths.map((width, column) => (column <= 1 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  );
  for (const row of body) console.log(line(row));
}

function printPlans(results: Measured[]) {
  console.log('\nPlans of the raw SQL (EXPLAIN ANALYZE, BUFFERS; one run, warm cache):');
  for (const r of results) {
    console.log(`\n${r.organisation} / ${r.query}`);
    for (const [part, plan] of [
      ['page ', r.page],
      ['count', r.count],
    ] as const) {
      console.log(
        `  ${part} ${ms(plan.executionMs)} (+${ms(plan.planningMs)} planning), ` +
          `buffers ${plan.sharedHit} hit / ${plan.sharedRead} read` +
          `${plan.seqScans.length ? `, seq scan of ${plan.seqScans.join(', ')}` : ''}: ${plan.top}`,
      );
      for (const scan of plan.scans) console.log(`        ${scan}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
