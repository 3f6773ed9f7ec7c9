import { sql } from 'kysely';
import type { Executor } from '../executor.js';
import { contributionsWith, type RespondentFilter } from './contributions.js';
import { type Measures, summedMeasures } from './measures.js';
import { everyOrganisationScope } from './rollup.js';

/** The summed measures of one breakdown value and measured item. */
export type AnalyticsCell = Measures & { value: string; item: string };

export interface RollupQuery {
  /** Without organisation or project: every organisation. */
  organisationId?: string | undefined;
  projectId?: string | undefined;
  callYear?: number | undefined;
  dimension: string;
  /** Only these items (e.g. one outcome's); all when absent. */
  items?: readonly string[] | undefined;
}

/** Cells from the pre-aggregated rollup: a few hundred rows read by primary key, whatever the data volume. */
export async function rollupCells(db: Executor, query: RollupQuery): Promise<AnalyticsCell[]> {
  const scopeId = query.projectId ?? query.organisationId ?? everyOrganisationScope;
  const result = await sql<AnalyticsCell>`select value, item, ${summedMeasures()}
  from outcome_rollup
  where scope_id = ${scopeId} and dimension = ${query.dimension}
    ${query.callYear ? sql`and call_year = ${query.callYear}` : sql``}
    ${query.items ? sql`and item = any(${[...query.items]}::text[])` : sql``}
  group by value, item
  having sum(respondents) > 0
  order by value, item`.execute(db);
  return result.rows;
}

export interface LiveQuery extends RollupQuery {
  /** Only respondents with this value of this dimension. */
  where?: { dimension: string; value: string } | undefined;
}

/**
 * The same cells computed from the answers themselves: for filters the rollup does not hold, and as the full
 * recomputation the rollup is tested against. Cost grows with the respondents in scope.
 */
export async function liveCells(db: Executor, query: LiveQuery): Promise<AnalyticsCell[]> {
  const filter: RespondentFilter = {
    organisationId: query.projectId ? undefined : query.organisationId,
    projectId: query.projectId,
    callYear: query.callYear,
  };
  const where = query.where;
  const result = await sql<AnalyticsCell>`${contributionsWith(filter)}
select dv.value, c.item, ${summedMeasures('c')}
from contribution c
join dimension_value dv using (mobility_id, participant_id)
${
  where
    ? sql`join dimension_value w on w.mobility_id = c.mobility_id and w.participant_id = c.participant_id
  and w.dimension = ${where.dimension} and w.value = ${where.value}`
    : sql``
}
where dv.dimension = ${query.dimension}
  and (dv.dimension <> 'flow' or c.item = '_survey')
  ${query.items ? sql`and c.item = any(${[...query.items]}::text[])` : sql``}
group by dv.value, c.item
order by dv.value, c.item`.execute(db);
  return result.rows;
}

/** The call years that have respondents in a scope, for the console's year filter. */
export async function rollupCallYears(
  db: Executor,
  scope: { organisationId?: string | undefined; projectId?: string | undefined },
): Promise<number[]> {
  const scopeId = scope.projectId ?? scope.organisationId ?? everyOrganisationScope;
  const rows = await db
    .selectFrom('outcomeRollup')
    .select('callYear')
    .distinct()
    .where('scopeId', '=', scopeId)
    .where('dimension', '=', 'all')
    .where('item', '=', '_survey')
    .where('respondents', '>', 0)
    .orderBy('callYear')
    .execute();
  return rows.map((row) => row.callYear);
}
