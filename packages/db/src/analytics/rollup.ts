import { type Kysely, sql } from 'kysely';
import type { Executor } from '../executor.js';
import type { DB } from '../generated/database.js';
import { contributionsWith, type RespondentFilter, respondentsOf } from './contributions.js';
import { measureColumns, summedMeasures } from './measures.js';

/** The scope id of the rows that cover every organisation together. */
export const everyOrganisationScope = '00000000-0000-0000-0000-000000000000';

const key = 'scope_id, dimension, call_year, value, item';
const conflictUpdate = sql.raw(
  measureColumns.map((column) => `${column} = outcome_rollup.${column} + excluded.${column}`).join(',\n    '),
);
const columnList = sql.raw(measureColumns.join(', '));

/** The temporary table that holds the respondents of a shift that covers many of them. */
const respondentTable = 'rollup_respondent';

/**
 * Adds (sign 1) or takes away (sign -1) the contributions of the respondents in `filter`, as their answers and
 * facts are at this moment, to the rollup of their project, their organisation and every organisation. Rows are
 * written in key order so that concurrent writers lock them in the same order.
 */
async function shiftRollup(db: Executor, filter: RespondentFilter, sign: 1 | -1): Promise<void> {
  const oneRespondentOrFew = filter.surveyId ?? filter.mobilityId ?? filter.participantId;
  if (oneRespondentOrFew) {
    await shiftStatement(filter, sign).execute(db);
    return;
  }
  // A project, a call year or a whole organisation: the planner cannot estimate how many respondents the CTE
  // yields, guesses a handful and joins the per-item rows in nested loops that re-run them per breakdown value,
  // which grows with the square of the respondents (30 s for a project of 337). Collected into an analysed
  // temporary table first, the respondents are counted and the joins are planned for their number.
  await sql`create temporary table ${sql.table(respondentTable)} on commit drop as ${respondentsOf(filter)}`.execute(
    db,
  );
  await sql`analyze ${sql.table(respondentTable)}`.execute(db);
  const shift = () => shiftStatement(filter, sign, respondentTable).execute(db);
  // Measured on whole organisations: hash joins throughout, even where an index lookup looks cheaper.
  await (coversWholeOrganisation(filter) ? withoutNestedLoops(db, shift) : shift());
  await sql`drop table ${sql.table(respondentTable)}`.execute(db);
}

/** True when the filter names no narrower group than its organisation (or none at all). */
function coversWholeOrganisation(filter: RespondentFilter): boolean {
  const { organisationId: _organisationId, ...narrower } = filter;
  return Object.values(narrower).every((value) => value === undefined);
}

/** Runs `run` with the planner's nested loops switched off for this transaction, then as they were. */
async function withoutNestedLoops(db: Executor, run: () => Promise<unknown>): Promise<void> {
  const { rows } = await sql<{
    previous: string;
  }>`select current_setting('enable_nestloop') as previous`.execute(db);
  await sql`select set_config('enable_nestloop', 'off', true)`.execute(db);
  await run();
  await sql`select set_config('enable_nestloop', ${rows[0]?.previous ?? 'on'}, true)`.execute(db);
}

function shiftStatement(filter: RespondentFilter, sign: 1 | -1, respondents?: string) {
  return sql`${contributionsWith(filter, respondents)},
project_delta as (
  select r.organisation_id, r.project_id, r.call_year, dv.dimension, dv.value, c.item,
    ${summedMeasures('c', sign)}
  from contribution c
  join respondent r using (mobility_id, participant_id)
  join dimension_value dv using (mobility_id, participant_id)
  where dv.dimension <> 'flow' or c.item = '_survey'
  group by r.organisation_id, r.project_id, r.call_year, dv.dimension, dv.value, c.item
),
scoped as (
  select project_id as scope_id, call_year, dimension, value, item, ${columnList} from project_delta
  union all
  select organisation_id, call_year, dimension, value, item, ${summedMeasures()}
  from project_delta group by organisation_id, call_year, dimension, value, item
  union all
  select ${everyOrganisationScope}::uuid, call_year, dimension, value, item, ${summedMeasures()}
  from project_delta group by call_year, dimension, value, item
)
insert into outcome_rollup (scope_id, call_year, dimension, value, item, ${columnList})
select scope_id, call_year, dimension, value, item, ${columnList} from scoped order by ${sql.raw(key)}
on conflict (${sql.raw(key)}) do update set
    ${conflictUpdate}`;
}

/** Transactions that already maintain the rollup for a whole organisation, so the writes inside need not. */
const organisationWideWrites = new WeakMap<Executor, string>();

/**
 * Runs a write that changes what respondents answered or who they are (a survey sent or submitted, a participant,
 * mobility or project edited or deleted) and keeps the rollup equal to a full recomputation: the respondents'
 * contributions are taken away before the write and added back after it, in one transaction. Writers of one
 * organisation take turns (a transaction-scoped advisory lock), so two of them never count the same respondent
 * from the same old state.
 *
 * With an empty `respondents` filter the whole organisation is refreshed once, and the maintenance of each write
 * inside (on the same transaction) is skipped: the way to make many changes at once (seeding, imports).
 */
export async function withOutcomeRollup<T>(
  db: Executor,
  organisationId: string,
  respondents: RespondentFilter,
  write: (db: Executor) => Promise<T>,
): Promise<T> {
  if (organisationWideWrites.get(db) === organisationId) return write(db);
  const wholeOrganisation = coversWholeOrganisation(respondents);
  const run = async (tx: Executor) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`outcome_rollup:${organisationId}`}, 0))`.execute(
      tx,
    );
    const scoped = { ...respondents, organisationId };
    await shiftRollup(tx, scoped, -1);
    if (wholeOrganisation) organisationWideWrites.set(tx, organisationId);
    try {
      const result = await write(tx);
      await shiftRollup(tx, scoped, 1);
      return result;
    } finally {
      organisationWideWrites.delete(tx);
    }
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** Bump when a measure is added or its definition changes: the rollup is then rebuilt on the next start. */
export const measuresVersion = 2;

/**
 * Rebuilds the rollup when it was computed with another definition of the measures (or never, e.g. on a database
 * that had answers before the rollup existed). Cheap when it is current. Returns whether it rebuilt.
 */
export async function ensureOutcomeRollupCurrent(db: Kysely<DB>): Promise<boolean> {
  const state = await db.selectFrom('outcomeRollupState').select('measuresVersion').executeTakeFirst();
  if (state?.measuresVersion === measuresVersion) return false;
  await db.transaction().execute(async (tx) => {
    await rebuildOutcomeRollup(tx);
    await tx
      .insertInto('outcomeRollupState')
      .values({ measuresVersion })
      .onConflict((oc) => oc.column('singleton').doUpdateSet({ measuresVersion }))
      .execute();
  });
  return true;
}

/** Recomputes the whole rollup from the answers (after a restore, or to build it for existing data). */
export async function rebuildOutcomeRollup(db: Executor): Promise<void> {
  const run = async (tx: Executor) => {
    await sql`lock table outcome_rollup in exclusive mode`.execute(tx);
    await sql`delete from outcome_rollup`.execute(tx);
    await shiftRollup(tx, {}, 1);
  };
  await (db.isTransaction ? run(db) : db.transaction().execute(run));
}
