import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type AnalyticsCell,
  connect,
  type DatabaseHandle,
  type Executor,
  everyOrganisationScope,
  type LiveQuery,
  liveCells,
  type RollupQuery,
  rollupCells,
  saveSurveyAnswer,
  submitSurvey,
  withOutcomeRollup,
} from '@mobilis/db';
import { type AnalyticsDimension, type OutcomeCode, outcomeByCode } from '@mobilis/schema';
import { sql } from 'kysely';
import type pg from 'pg';
import { apiServices, type Caller, overviewReadItems, type SignedIn, signIn } from './api.js';
import { rawPool } from './cases.js';
import { benchEnv } from './env.js';
import { explain, type PlanSummary } from './explain.js';
import type { GeneratedData } from './generate.js';
import { type SurveyData, withSurveyData } from './generate-surveys.js';
import { benchDataDir } from './postgres-server.js';
import { compare, loadAverage, summarise, type Timing, timeOnce } from './stats.js';

// Times outcome analytics at national-agency scale through the API's tRPC router (as a platform administrator, who
// sees every organisation, and as a coordinator of the largest organisation), beside the raw SQL of the same rollup
// read and the full aggregate over the answers; times the rollup's maintenance when one survey is submitted; and
// checks that the rollup equals a full recomputation. Figures are printed and recorded in docs/performance.md.

const runs = 30;
const warmups = 5;
const aimMs = 50;
/** Surveys submitted (and rolled back) to time the rollup's maintenance, per organisation. */
const maintenanceRuns = 10;
const outcomeCode: OutcomeCode = 'L05';

type Who = 'admin' | 'coordinator';

interface AnalyticsCase {
  who: Who;
  name: string;
  api: (caller: Caller) => Promise<unknown>;
  /** The rollup read this call is built on, timed as hand-written SQL beside it. */
  rollup: RollupQuery;
  /** Also time the full aggregate over the answers (liveCells) for the same scope and breakdown. */
  full: boolean;
}

interface Measured {
  who: Who;
  name: string;
  api: Timing;
  raw: Timing;
  full?: Timing | undefined;
  rawPlan: PlanSummary;
}

interface MaintenanceResult {
  /** What was written, and where. */
  write: string;
  respondents: number;
  /** Inside withOutcomeRollup, as the repository does it. */
  withRollup: Timing;
  /** The same write alone. */
  plain: Timing;
  /** Runs cancelled by the statement timeout (counted as the timeout). */
  cancelled: number;
}

interface EqualityResult {
  scope: string;
  dimension: string;
  cells: number;
  measures: number;
  mismatches: string[];
}

async function main() {
  await withSurveyData(benchmark);
}

async function benchmark(baseUrl: string, data: GeneratedData, surveys: SurveyData) {
  // BENCH_PG_OPTIONS: session settings for every connection of the run (API and raw SQL alike).
  const url = withSessionOptions(baseUrl, benchEnv.pgOptions);
  const handle = connect({ databaseUrl: url, maxConnections: 10 });
  const pool = rawPool(url);
  try {
    // Rolled-back writes of earlier runs leave dead row versions behind; autovacuum would have removed them.
    await pool.query('vacuum (analyze) outcome_rollup');
    const environment = await describeEnvironment(pool);
    const services = apiServices(handle);
    const largeId = data.largeOrganisationId;
    const admin = await signIn(services, {
      label: 'Bench administrator',
      email: 'bench-admin@example.org',
      admin: true,
    });
    const coordinator = await signIn(services, {
      label: 'Bench coordinator',
      email: 'bench-coordinator@example.org',
      admin: false,
      coordinatorOf: largeId,
    });
    const callYear = await busiestCallYear(pool, largeId);
    const large = await organisationFacts(pool, largeId);
    console.log(
      `\nLargest organisation: ${large.name} (${large.respondents.toLocaleString('en')} respondents of ` +
        `${large.allRespondents.toLocaleString('en')}); call year filter ${callYear}`,
    );

    const measureColumns = await rollupMeasureColumns(pool);
    const cases = analyticsCases(largeId, callYear);
    const results: Measured[] = [];
    const fullResults = new Map<string, AnalyticsCell[]>();
    console.log(
      `\nEach case: ${warmups} warm-up rounds, then ${runs} timed, API and raw rollup SQL alternating; ` +
        `the full aggregate ${benchEnv.fullRuns} times.\n`,
    );
    if (benchEnv.parts.has('api'))
      for (const analyticsCase of cases) {
        const caller = analyticsCase.who === 'admin' ? admin : coordinator;
        results.push(await measure(handle, pool, caller, analyticsCase, measureColumns, fullResults));
      }

    const typicalId = await typicalOrganisation(pool, largeId);
    const maintenance = benchEnv.parts.has('maintenance')
      ? [
          await timeSubmit(handle, pool, largeId, 'largest'),
          await timeSubmit(handle, pool, typicalId, 'typical'),
          await timeProjectEdit(handle, pool, typicalId, 'typical', benchEnv.fullRuns),
          await timeProjectEdit(handle, pool, largeId, 'largest', 1),
        ]
      : [];
    const equality = benchEnv.parts.has('equality') ? await checkEquality(handle, largeId, fullResults) : [];
    console.log(`Load average at the end: ${loadAverage()}`);

    printTable(results);
    printMaintenance(maintenance);
    printEquality(equality);
    printPlans(results);
    const out = path.join(benchDataDir, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      path.join(out, 'analytics-bench.json'),
      JSON.stringify({ environment, generated: data, surveys, results, maintenance, equality }, null, 2),
    );
    console.log(`\nFull plans and figures: ${path.relative(process.cwd(), out)}/analytics-bench.json`);
    if (equality.some((result) => result.mismatches.length > 0)) {
      process.exitCode = 1;
      console.error('\nThe rollup differs from a full recomputation.');
    }
  } finally {
    await handle.close();
    await pool.end();
  }
}

function analyticsCases(largeId: string, callYear: number): AnalyticsCase[] {
  const cases: AnalyticsCase[] = [];
  const breakdowns: AnalyticsDimension[] = ['all', 'gender', 'receiving_country', 'call_year'];
  for (const who of ['admin', 'coordinator'] as const) {
    const scope = who === 'admin' ? {} : { organisationId: largeId };
    for (const breakdown of breakdowns)
      cases.push({
        who,
        name: `overview by ${breakdown}`,
        api: (caller) => caller.analytics.overview({ ...scope, breakdown }),
        rollup: { ...scope, dimension: breakdown, items: overviewReadItems },
        full: breakdown === 'all' || breakdown === 'gender',
      });
    for (const breakdown of ['all', 'gender'] as const)
      cases.push({
        who,
        name: `overview by ${breakdown}, call year ${callYear}`,
        api: (caller) => caller.analytics.overview({ ...scope, callYear, breakdown }),
        rollup: { ...scope, callYear, dimension: breakdown, items: overviewReadItems },
        full: false,
      });
    const items = [outcomeCode, ...(outcomeByCode(outcomeCode)?.indicators.map((i) => i.code) ?? [])];
    cases.push({
      who,
      name: `outcome ${outcomeCode}`,
      api: (caller) => caller.analytics.outcome({ ...scope, outcomeCode }),
      rollup: { ...scope, dimension: 'all', items },
      full: false,
    });
    cases.push({
      who,
      name: 'compare female / male',
      api: (caller) =>
        caller.analytics.compare({
          ...scope,
          groupA: { dimension: 'gender', value: 'female' },
          groupB: { dimension: 'gender', value: 'male' },
        }),
      rollup: { ...scope, dimension: 'gender', items: overviewReadItems },
      full: false,
    });
  }
  return cases;
}

/** The same read as `rollupCells`, written by hand. */
function rawRollupSql(query: RollupQuery, measureColumns: string[]): { text: string; values: unknown[] } {
  const values: unknown[] = [
    query.projectId ?? query.organisationId ?? everyOrganisationScope,
    query.dimension,
  ];
  let where = 'scope_id = $1 and dimension = $2';
  if (query.callYear) {
    values.push(query.callYear);
    where += ` and call_year = $${values.length}`;
  }
  if (query.items) {
    values.push([...query.items]);
    where += ` and item = any($${values.length}::text[])`;
  }
  const sums = measureColumns.map((column) => `sum(${column}) as ${column}`).join(', ');
  return {
    text: `select value, item, ${sums} from outcome_rollup where ${where}
           group by value, item having sum(respondents) > 0 order by value, item`,
    values,
  };
}

async function rollupMeasureColumns(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ column_name: string }>(
    `select column_name from information_schema.columns
     where table_name = 'outcome_rollup' and table_schema = current_schema()
       and column_name not in ('scope_id', 'call_year', 'dimension', 'value', 'item')
     order by ordinal_position`,
  );
  return rows.map((row) => row.column_name);
}

async function measure(
  handle: DatabaseHandle,
  pool: pg.Pool,
  signedIn: SignedIn,
  analyticsCase: AnalyticsCase,
  measureColumns: string[],
  fullResults: Map<string, AnalyticsCell[]>,
): Promise<Measured> {
  const raw = rawRollupSql(analyticsCase.rollup, measureColumns);
  // Through the API as a request runs: a fresh context (session lookup), the procedure, the JSON it sends.
  const viaApi = async () => JSON.stringify(await analyticsCase.api(await signedIn.request()));
  const [api, rawTiming] = await compare(viaApi, () => pool.query(raw.text, raw.values), { runs, warmups });
  let full: Timing | undefined;
  if (analyticsCase.full && benchEnv.parts.has('full')) {
    const samples: number[] = [];
    let cells: AnalyticsCell[] = [];
    for (let run = 0; run < benchEnv.fullRuns; run++)
      samples.push(
        await timeOnce(async () => {
          cells = await liveCells(handle.db, analyticsCase.rollup as LiveQuery);
        }),
      );
    full = summarise(samples);
    fullResults.set(keyOf(analyticsCase.rollup), cells);
  }
  console.log(
    `  ${signedIn.label}, ${analyticsCase.name}: API ${ms(api.median)}, raw rollup ${ms(rawTiming.median)}` +
      `${full ? `, full aggregate ${ms(full.median)}` : ''}`,
  );
  return {
    who: analyticsCase.who,
    name: analyticsCase.name,
    api,
    raw: rawTiming,
    full,
    rawPlan: await explain(pool, raw),
  };
}

/** The connection string with `options=-c name=value ...`, so that every session of the pool runs with them. */
function withSessionOptions(url: string, settings: Record<string, string>): string {
  const entries = Object.entries(settings);
  if (entries.length === 0) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('options', entries.map(([name, value]) => `-c ${name}=${value}`).join(' '));
  return parsed.toString();
}

const keyOf = (query: RollupQuery) =>
  `${query.organisationId ?? 'every'}/${query.callYear ?? ''}/${query.dimension}/${query.items?.join(',') ?? ''}`;

/**
 * Runs `prepare` and `timed` in a transaction that is rolled back, and returns how long `timed` took; with a
 * timeout, a statement cancelled by it counts as taking the timeout (and `cancelled` is called).
 */
async function inRolledBackTransaction(
  handle: DatabaseHandle,
  prepare: (tx: Executor) => Promise<void>,
  timed: (tx: Executor) => Promise<unknown>,
  timeout?: { ms: number; cancelled: () => void },
): Promise<number> {
  let elapsed = Number.NaN;
  await handle.db
    .transaction()
    .execute(async (tx) => {
      await prepare(tx);
      if (timeout) await sql`select set_config('statement_timeout', ${String(timeout.ms)}, true)`.execute(tx);
      const started = performance.now();
      try {
        await timed(tx);
      } catch (error) {
        if (!timeout || (error as { code?: string }).code !== '57014') throw error;
        timeout.cancelled();
      }
      elapsed = performance.now() - started;
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return elapsed;
}

/** Times a write with its rollup maintenance and alone, alternating which goes first. */
async function timeWrites(
  handle: DatabaseHandle,
  targets: readonly string[],
  prepare: (tx: Executor, target: string) => Promise<void>,
  withRollup: (tx: Executor, target: string) => Promise<unknown>,
  plain: (tx: Executor, target: string) => Promise<unknown>,
  timeoutMs?: number,
): Promise<{ withRollup: Timing; plain: Timing; cancelled: number }> {
  const maintained: number[] = [];
  const alone: number[] = [];
  let cancelled = 0;
  const timeout = timeoutMs ? { ms: timeoutMs, cancelled: () => cancelled++ } : undefined;
  for (const [index, target] of targets.entries())
    for (const maintain of index % 2 === 0 ? [true, false] : [false, true]) {
      const elapsed = maintain
        ? await inRolledBackTransaction(
            handle,
            (tx) => prepare(tx, target),
            (tx) => withRollup(tx, target),
            timeout,
          )
        : await inRolledBackTransaction(
            handle,
            (tx) => prepare(tx, target),
            (tx) => plain(tx, target),
          );
      (maintain ? maintained : alone).push(elapsed);
    }
  return { withRollup: summarise(maintained), plain: summarise(alone), cancelled };
}

/**
 * Submits open end-of-mobility surveys of an organisation with their answers (saved first, untimed), each in a
 * transaction that is rolled back: `submitSurvey` (the status change inside `withOutcomeRollup`: the respondent's
 * contributions taken out of the rollup and added back) against the same status change alone.
 */
async function timeSubmit(
  handle: DatabaseHandle,
  pool: pg.Pool,
  organisationId: string,
  label: string,
): Promise<MaintenanceResult> {
  const { rows: open } = await pool.query<{ id: string; outcome_codes: string[] }>(
    `select id, outcome_codes from survey
     where organisation_id = $1 and wave = 'end' and status in ('invited', 'reminded_auto')
     order by id limit $2`,
    [organisationId, maintenanceRuns],
  );
  const codes = new Map(open.map((survey) => [survey.id, survey.outcome_codes]));
  const now = new Date();
  const timing = await timeWrites(
    handle,
    open.map((survey) => survey.id),
    async (tx, surveyId) => {
      for (const code of codes.get(surveyId) ?? [])
        for (const indicator of outcomeByCode(code as OutcomeCode)?.indicators ?? [])
          await saveSurveyAnswer(tx, {
            surveyId,
            indicatorCode: indicator.code,
            rating: 4,
            notApplicable: false,
            retrospectiveRating: 3,
            retrospectiveNotApplicable: false,
          });
    },
    (tx, surveyId) => submitSurvey(tx, surveyId, 'MOB-BNCH-0000', now),
    (tx, surveyId) =>
      tx
        .updateTable('survey')
        .set({ status: 'submitted', submittedAt: now, receipt: 'MOB-BNCH-0000', updatedAt: now })
        .where('id', '=', surveyId)
        .where('status', 'not in', ['submitted', 'excluded'])
        .returning('id')
        .executeTakeFirst(),
  );
  const result = { write: `submitSurvey, ${label} organisation`, respondents: 1, ...timing };
  printMaintenanceLine(result);
  return result;
}

/**
 * An edit of a project that changes one of its breakdowns (call year, field, action type), as `updateProject` runs
 * it: the project's respondents taken out of the rollup and added back around the update. (Other edits leave the
 * rollup alone.)
 * The organisation's largest project, `times` times, each rolled back; a statement running longer than
 * BENCH_EDIT_TIMEOUT is cancelled and counted as taking that long.
 */
async function timeProjectEdit(
  handle: DatabaseHandle,
  pool: pg.Pool,
  organisationId: string,
  label: string,
  times: number,
): Promise<MaintenanceResult> {
  const { rows } = await pool.query<{ id: string; respondents: number }>(
    `select m.project_id as id, count(distinct (s.mobility_id, s.participant_id))::int as respondents
     from survey s join mobility m on m.id = s.mobility_id
     where s.organisation_id = $1 and s.status in ('invited', 'reminded_auto', 'reminded_manual', 'submitted', 'undelivered')
     group by m.project_id order by 2 desc, 1 limit 1`,
    [organisationId],
  );
  const project = rows[0];
  if (!project) throw new Error('No project with respondents');
  const touch = (tx: Executor) =>
    tx.updateTable('project').set({ updatedAt: new Date() }).where('id', '=', project.id).execute();
  const timing = await timeWrites(
    handle,
    Array.from({ length: times }, () => project.id),
    async () => {},
    (tx) => withOutcomeRollup(tx, organisationId, { projectId: project.id }, touch),
    (tx) => touch(tx),
    benchEnv.editTimeoutSeconds * 1000,
  );
  const result = {
    write: `project's call year changed, ${label} organisation`,
    respondents: project.respondents,
    ...timing,
  };
  printMaintenanceLine(result);
  return result;
}

function printMaintenanceLine(result: MaintenanceResult) {
  console.log(
    `  ${result.write} (${result.respondents.toLocaleString('en')} respondents, ` +
      `${result.withRollup.samples.length} runs): ${cancelledMark(result)}${ms(result.withRollup.median)} with the ` +
      `rollup, ${ms(result.plain.median)} without`,
  );
}

function cancelledMark(result: MaintenanceResult): string {
  return result.cancelled > 0 ? `> (${result.cancelled} cancelled at the timeout) ` : '';
}

class Rollback extends Error {}

/**
 * The rollup against a full recomputation from the answers, for the largest organisation by several breakdowns
 * (and every organisation by those the full aggregate was timed for): the same cells, the same sums.
 */
async function checkEquality(
  handle: DatabaseHandle,
  largeId: string,
  fullResults: Map<string, AnalyticsCell[]>,
): Promise<EqualityResult[]> {
  const queries: Array<{ scope: string; query: RollupQuery }> = [];
  for (const dimension of ['all', 'gender', 'receiving_country', 'call_year', 'age_band', 'barrier', 'flow'])
    queries.push({ scope: 'largest organisation', query: { organisationId: largeId, dimension } });
  for (const dimension of ['all', 'gender']) {
    const query = { dimension, items: overviewReadItems };
    if (fullResults.has(keyOf(query))) queries.push({ scope: 'every organisation', query });
  }
  const results: EqualityResult[] = [];
  for (const { scope, query } of queries) {
    const rolled = await rollupCells(handle.db, query);
    const live = fullResults.get(keyOf(query)) ?? (await liveCells(handle.db, query));
    results.push({ scope, dimension: query.dimension, ...compareCells(rolled, live) });
  }
  return results;
}

function compareCells(rolled: AnalyticsCell[], live: AnalyticsCell[]) {
  const mismatches: string[] = [];
  const liveByKey = new Map(live.map((cell) => [`${cell.value}/${cell.item}`, cell]));
  let measures = 0;
  if (rolled.length !== live.length)
    mismatches.push(`${rolled.length} cells in the rollup, ${live.length} live`);
  for (const cell of rolled) {
    const key = `${cell.value}/${cell.item}`;
    const other = liveByKey.get(key);
    if (!other) {
      mismatches.push(`${key} only in the rollup`);
      continue;
    }
    for (const [measure, value] of Object.entries(cell)) {
      if (typeof value !== 'number') continue;
      measures += 1;
      const expected = Number(other[measure as keyof AnalyticsCell]);
      const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
      if (Math.abs(Number(value) - expected) > tolerance)
        mismatches.push(`${key} ${measure}: rollup ${value}, recomputed ${expected}`);
    }
  }
  return { cells: rolled.length, measures, mismatches: mismatches.slice(0, 20) };
}

async function busiestCallYear(pool: pg.Pool, organisationId: string): Promise<number> {
  const { rows } = await pool.query<{ call_year: number }>(
    `select call_year from outcome_rollup
     where scope_id = $1 and dimension = 'all' and item = '_survey'
     order by respondents desc, call_year limit 1`,
    [organisationId],
  );
  if (!rows[0]) throw new Error('The rollup holds nothing for the largest organisation');
  return rows[0].call_year;
}

async function organisationFacts(pool: pg.Pool, organisationId: string) {
  const { rows } = await pool.query<{ name: string; respondents: string; all_respondents: string }>(
    `select (select legal_name from organisation where id = $1) as name,
            (select sum(respondents) from outcome_rollup
             where scope_id = $1 and dimension = 'all' and item = '_survey') as respondents,
            (select sum(respondents) from outcome_rollup
             where scope_id = $2 and dimension = 'all' and item = '_survey') as all_respondents`,
    [organisationId, everyOrganisationScope],
  );
  const row = rows[0];
  return {
    name: row?.name ?? '',
    respondents: Number(row?.respondents ?? 0),
    allRespondents: Number(row?.all_respondents ?? 0),
  };
}

/** An organisation of typical size: the one in the middle by respondents. */
async function typicalOrganisation(pool: pg.Pool, largeId: string): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `select organisation_id as id from survey
     where organisation_id <> $1 and wave = 'end'
     group by organisation_id
     order by count(*), organisation_id
     offset (select count(distinct organisation_id) / 2 from survey where organisation_id <> $1) limit 1`,
    [largeId],
  );
  if (!rows[0]) throw new Error('No typical organisation');
  return rows[0].id;
}

async function describeEnvironment(pool: pg.Pool) {
  const { rows } = await pool.query<Record<string, string>>(
    `select version() as version, current_setting('shared_buffers') as shared_buffers,
            current_setting('work_mem') as work_mem, current_setting('jit') as jit,
            current_setting('max_parallel_workers_per_gather') as parallel_workers`,
  );
  const settings = rows[0] ?? {};
  const environment = {
    ...settings,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    loadAverage: loadAverage(),
  };
  console.log(`\n${settings.version}`);
  console.log(
    `Node ${environment.node}; ${environment.cpus} CPUs (${environment.cpuModel}); ${environment.memoryGiB} GiB memory`,
  );
  console.log(
    `shared_buffers ${settings.shared_buffers}, work_mem ${settings.work_mem}, jit ${settings.jit}, ` +
      `max_parallel_workers_per_gather ${settings.parallel_workers}; load average ${environment.loadAverage}`,
  );
  return environment;
}

function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(1)} ms`;
}

function table(header: string[], body: string[][], left: number) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column < left ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((width, column) => (column < left ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  );
  for (const row of body) console.log(line(row));
}

function printTable(results: Measured[]) {
  console.log(
    `\nMedian and p95 in ms of one call; API = tRPC caller with a fresh context, JSON-encoded result; raw = the ` +
      `rollup read by hand with pg; full = liveCells, the aggregate over the answers (${benchEnv.fullRuns} runs).\n`,
  );
  table(
    [
      'as',
      'call',
      'API median',
      'API p95',
      'raw median',
      'raw p95',
      'API/raw',
      'full median',
      'full/API',
      `API < ${aimMs} ms`,
    ],
    results.map((r) => [
      r.who,
      r.name,
      r.api.median.toFixed(1),
      r.api.p95.toFixed(1),
      r.raw.median.toFixed(2),
      r.raw.p95.toFixed(2),
      (r.api.median / r.raw.median).toFixed(1),
      r.full ? r.full.median.toFixed(0) : '',
      r.full ? (r.full.median / r.api.median).toFixed(0) : '',
      r.api.median < aimMs ? 'yes' : 'NO',
    ]),
    2,
  );
}

function printMaintenance(results: MaintenanceResult[]) {
  console.log(
    `\nWrites that keep the rollup up to date, each in a transaction rolled back; ms. "with rollup" = as the ` +
      `repository runs it (inside withOutcomeRollup), "plain" = the same write alone.\n`,
  );
  table(
    ['write', 'respondents', 'runs', 'with rollup median', 'p95', 'plain median', 'p95'],
    results.map((r) => [
      r.write,
      r.respondents.toLocaleString('en'),
      `${r.withRollup.samples.length}${r.cancelled ? ` (${r.cancelled} cancelled)` : ''}`,
      `${r.cancelled ? '> ' : ''}${r.withRollup.median.toFixed(1)}`,
      r.withRollup.p95.toFixed(1),
      r.plain.median.toFixed(2),
      r.plain.p95.toFixed(2),
    ]),
    1,
  );
}

function printEquality(results: EqualityResult[]) {
  console.log('\nThe rollup against a full recomputation from the answers (rollupCells vs liveCells):\n');
  for (const r of results)
    console.log(
      `  ${r.scope} by ${r.dimension}: ${r.cells.toLocaleString('en')} cells, ` +
        `${r.measures.toLocaleString('en')} sums: ${r.mismatches.length === 0 ? 'equal' : `DIFFERENT\n    ${r.mismatches.join('\n    ')}`}`,
    );
}

function printPlans(results: Measured[]) {
  console.log('\nPlans of the raw rollup reads (EXPLAIN ANALYZE, BUFFERS; one run, warm cache):');
  for (const r of results) {
    const plan = r.rawPlan;
    console.log(
      `  ${r.who}, ${r.name}: ${ms(plan.executionMs)} (+${ms(plan.planningMs)} planning), ` +
        `buffers ${plan.sharedHit} hit / ${plan.sharedRead} read: ${plan.scans.join('; ')}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
