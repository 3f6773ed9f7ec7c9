import path from 'node:path';
import type { MobilityListQuery } from '@mobilis/db';
import type pg from 'pg';
import { type ListCase, listCases, pickOrganisations, rawPool } from './cases.js';
import { benchEnv } from './env.js';
import { generate, printGenerated } from './generate.js';
import { benchDataDir, withDatabase } from './postgres-server.js';
import { type ListQueries, type MobilityListVariant, mobilityListSql } from './raw-queries.js';
import { summarise } from './stats.js';

// Measures the index and query changes docs/performance.md recommends for the mobility list, on the bench data,
// inside one transaction that is rolled back: the database is left as the migrations made it.

const runs = 15;
const warmups = 3;

/** The recommended migration, as it would be written in packages/db/src/migrations. */
export const proposedMigration = [
  // One sort key, so that the keyset cursor is a row comparison the index can seek to (undated drafts sort last).
  `create index mobility_owner_start_key_idx on mobility
     (organisation_id, (coalesce(start_date, '-infinity'::date)) desc, id desc)`,
  'drop index mobility_owner_start_idx',
  // The list's filters in the index, so that the total is counted from the index alone.
  `create index mobility_owner_filter_idx on mobility
     (organisation_id, status, activity_type, destination_country)`,
  'drop index mobility_owner_status_idx',
  // Participant filters read the mobility ids from the index, not from the table.
  `create index mobility_participant_participant_cover_idx on mobility_participant
     (participant_id) include (mobility_id)`,
  'drop index mobility_participant_participant_idx',
];

interface Figures {
  page: number;
  count: number;
  ids: string[];
  total: number;
}

async function main() {
  const scale = benchEnv.scale;
  const dir = path.join(benchDataDir, scale === 1 ? 'postgres' : `postgres-scale-${scale}`);
  await withDatabase(benchEnv.databaseUrl, dir, { sharedBuffers: benchEnv.sharedBuffers }, async (url) => {
    const data = await generate(url, scale);
    printGenerated(data);
    const pool = rawPool(url);
    try {
      const cases: ListCase[] = [];
      for (const organisation of await pickOrganisations(pool, data.largeOrganisationId)) {
        cases.push(...(await listCases(pool, organisation)).filter((c) => c.list === 'mobilities'));
      }
      // One connection: what the transaction creates is visible to it alone.
      const client = await pool.connect();
      try {
        await compareVariants(client, cases);
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
    }
  });
}

async function compareVariants(client: pg.PoolClient, cases: ListCase[]) {
  console.log(
    `\nEach query: ${warmups} warm-up runs, then ${runs} timed; page and count one after the other on one ` +
      'connection, so "page + count" is their sum (the repository runs them side by side).',
  );
  await client.query('begin');
  try {
    const current: Figures[] = [];
    for (const listCase of cases) current.push(await time(client, sql(listCase, 'current')));
    for (const statement of proposedMigration) await client.query(statement);
    await client.query('analyze mobility, mobility_participant');
    const rows: string[][] = [];
    for (const [index, listCase] of cases.entries()) {
      const before = current[index] as Figures;
      const variants: MobilityListVariant[] =
        listCase.list === 'mobilities' && listCase.query.participantKind
          ? ['proposed', 'proposed-walk']
          : ['proposed'];
      for (const variant of variants) {
        const after = await time(client, sql(listCase, variant));
        if (after.total !== before.total || after.ids.join() !== before.ids.join()) {
          throw new Error(`${listCase.name}: the ${variant} SQL returns other rows than the current one`);
        }
        rows.push([
          listCase.organisation.label,
          variant === 'proposed' ? listCase.name : `  same, EXISTS ... OFFSET 0`,
          variant === 'proposed' ? fixed(before.page) : '',
          variant === 'proposed' ? fixed(before.count) : '',
          variant === 'proposed' ? fixed(before.page + before.count) : '',
          fixed(after.page),
          fixed(after.count),
          fixed(after.page + after.count),
        ]);
      }
    }
    printTable(rows);
  } finally {
    await client.query('rollback');
  }
}

function sql(listCase: ListCase, variant: MobilityListVariant): ListQueries {
  return mobilityListSql(listCase.organisation.id, listCase.query as MobilityListQuery, variant);
}

async function time(client: pg.PoolClient, queries: ListQueries): Promise<Figures> {
  const pages: number[] = [];
  const counts: number[] = [];
  let ids: string[] = [];
  let total = 0;
  for (let run = 0; run < warmups + runs; run++) {
    let started = process.hrtime.bigint();
    const page = await client.query<{ id: string }>(queries.page.text, queries.page.values);
    const pageMs = Number(process.hrtime.bigint() - started) / 1e6;
    started = process.hrtime.bigint();
    const count = await client.query<{ count: number }>(queries.count.text, queries.count.values);
    const countMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (run >= warmups) {
      pages.push(pageMs);
      counts.push(countMs);
    }
    ids = page.rows.map((row) => row.id);
    total = Number(count.rows[0]?.count ?? 0);
  }
  return { page: summarise(pages).median, count: summarise(counts).median, ids, total };
}

function fixed(value: number): string {
  return value.toFixed(2);
}

function printTable(rows: string[][]) {
  const header = [
    'org',
    'query',
    'page now',
    'count now',
    'page + count now',
    'page proposed',
    'count proposed',
    'page + count proposed',
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, column) =>
        column <= 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join(' | ')} |`;
  console.log('\nMedian ms of the raw SQL, current vs proposed (migration rolled back afterwards):\n');
  console.log(line(header));
  console.log(
    `|${widths.map((width, column) => (column <= 1 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  );
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
