import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type Database,
  type Executor,
  rebuildOutcomeRollup,
  saveSurveyAnswer,
  submitSurvey,
  withOutcomeRollup,
} from '@mobilis/db';
import { type OutcomeCode, outcomeByCode } from '@mobilis/schema';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { benchEnv } from './env.js';
import { withSurveyData } from './generate-surveys.js';
import { benchDataDir } from './postgres-server.js';

// Where the time of the rollup's SQL goes, statement by statement, with auto_explain (ANALYZE, BUFFERS), in a
// transaction that is rolled back so the data stays as it was:
//   explain:rollup rebuild   rebuildOutcomeRollup (with BENCH_ROLLUP_SETTINGS, under those session settings)
//   explain:rollup submit    submitSurvey of one open end-of-mobility survey of the largest organisation
//   explain:rollup project   an edit of the largest organisation's smallest project (withOutcomeRollup around it)
// The plans go to bench/.data/results/rollup-plan-<mode>-scale-<scale>.txt; the slowest is printed.

type Mode = 'rebuild' | 'submit' | 'project';

async function main() {
  const mode = (process.argv[2] ?? 'rebuild') as Mode;
  if (!['rebuild', 'submit', 'project'].includes(mode))
    throw new Error('Usage: explain-rollup.ts [rebuild|submit|project]');
  const scale = benchEnv.scale;
  await withSurveyData(async (url, data) => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    const notices: Array<{ ms: number; text: string }> = [];
    pool.on('connect', (client) =>
      client.on('notice', (notice) => {
        const text = notice.message ?? '';
        notices.push({ ms: Number(/^duration: ([\d.]+) ms/.exec(text)?.[1] ?? 0), text });
      }),
    );
    const db = new Kysely({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    }) as unknown as Database;
    try {
      const started = performance.now();
      await db
        .transaction()
        .execute(async (tx) => {
          for (const [name, value] of Object.entries(benchEnv.rollupSettings))
            await sql`select set_config(${name}, ${value}, true)`.execute(tx);
          const run =
            mode === 'rebuild'
              ? () => rebuildOutcomeRollup(tx)
              : mode === 'submit'
                ? await prepareSubmit(tx, data.largeOrganisationId)
                : await prepareProjectEdit(tx, data.largeOrganisationId);
          await sql`load 'auto_explain'`.execute(tx);
          for (const [name, value] of Object.entries({
            'auto_explain.log_min_duration': '0',
            'auto_explain.log_analyze': 'on',
            'auto_explain.log_buffers': 'on',
            'auto_explain.log_timing': 'on',
            'auto_explain.log_nested_statements': 'on',
            'auto_explain.log_level': 'notice',
          }))
            await sql`select set_config(${name}, ${value}, true)`.execute(tx);
          await run();
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
      const seconds = (performance.now() - started) / 1000;
      const plans = notices.filter((notice) => notice.ms > 0 && !notice.text.includes('set_config'));
      const out = path.join(benchDataDir, 'results');
      mkdirSync(out, { recursive: true });
      const file = path.join(out, `rollup-plan-${mode}-scale-${scale}.txt`);
      writeFileSync(file, plans.map((plan) => plan.text).join('\n\n'));
      const slowest = [...plans].sort((a, b) => b.ms - a.ms)[0];
      console.log(slowest?.text.replace(/Query Text:[\s\S]*?\n(?=\S+ on |\S+ {2}\()/, '') ?? 'no plan');
      console.log('\nStatements (ms):');
      for (const plan of plans) console.log(`  ${plan.ms.toFixed(1).padStart(10)}  ${firstLine(plan.text)}`);
      console.log(`\n${mode} with EXPLAIN ANALYZE: ${seconds.toFixed(1)} s (rolled back); plans in ${file}`);
    } finally {
      await db.destroy();
    }
  });
}

function firstLine(text: string): string {
  const query = /Query Text: ([^\n]*)/.exec(text)?.[1] ?? '';
  return query.slice(0, 100);
}

/** Saves the answers of an open end-of-mobility survey (not explained) and returns its submission. */
async function prepareSubmit(tx: Executor, organisationId: string): Promise<() => Promise<unknown>> {
  const survey = await tx
    .selectFrom('survey')
    .select(['id', 'outcomeCodes'])
    .where('organisationId', '=', organisationId)
    .where('wave', '=', 'end')
    .where('status', 'in', ['invited', 'reminded_auto'])
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  for (const code of survey.outcomeCodes)
    for (const indicator of outcomeByCode(code as OutcomeCode)?.indicators ?? [])
      await saveSurveyAnswer(tx, {
        surveyId: survey.id,
        indicatorCode: indicator.code,
        rating: 4,
        notApplicable: false,
        retrospectiveRating: 3,
        retrospectiveNotApplicable: false,
      });
  return () => submitSurvey(tx, survey.id, 'MOB-BNCH-0000', new Date());
}

/** An edit of the organisation's project with the fewest respondents, as `updateProject` wraps it. */
async function prepareProjectEdit(tx: Executor, organisationId: string): Promise<() => Promise<unknown>> {
  const project = await tx
    .selectFrom('project')
    .innerJoin('mobility', 'mobility.projectId', 'project.id')
    .select('project.id')
    .where('project.organisationId', '=', organisationId)
    .groupBy('project.id')
    .orderBy(sql`count(*)`)
    .limit(1)
    .executeTakeFirstOrThrow();
  return () =>
    withOutcomeRollup(tx, organisationId, { projectId: project.id }, (inner) =>
      inner.updateTable('project').set({ updatedAt: new Date() }).where('id', '=', project.id).execute(),
    );
}

class Rollback extends Error {}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
