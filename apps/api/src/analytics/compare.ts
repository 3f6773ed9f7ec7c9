import type { AnalyticsCell, Executor } from '@mobilis/db';
import {
  type AnalyticsGroup,
  adjustmentOf,
  analyticsItemKind,
  answerStatistics,
  type CellMeasures,
  disclosureRules,
  everyoneElse,
  type Guarded,
  perturbMeasures,
  statisticCount,
  surveyItem,
} from '@mobilis/schema';
import { byCatalogueOrder, isOverviewItem, overviewReadItems } from './items.js';
import { valueLabels } from './labels.js';
import { cellDifference, summariseCell, summariseCellResponses, summarised } from './overview.js';
import {
  type CellReader,
  cellReader,
  type GuardedTable,
  guardedTable,
  type ReleasedCell,
  type TableQuery,
} from './table.js';

function cellOf(table: GuardedTable, item: string, value: string): Guarded<ReleasedCell> {
  const index = table.values.indexOf(value);
  return index === -1 ? null : (table.items.get(item)?.cells[index] ?? null);
}

/** The exact measures of everyone in the total but not in the group. */
function remainder(total: AnalyticsCell, group: AnalyticsCell | undefined): CellMeasures {
  const { value: _value, item: _item, ...measures } = total;
  if (!group) return measures;
  const rest = { ...measures };
  for (const name of Object.keys(rest) as (keyof CellMeasures)[]) rest[name] -= group[name];
  return rest;
}

/**
 * Everyone in the scope outside group A, item by item, as shown beside it. Group A and the total are released by the
 * breakdown's own rules, so the rest is withheld wherever either is (it would give the other away) or rests on fewer
 * than k; its key is the sum of its respondents' keys (the total's minus group A's), so it reads like the same people
 * asked any other way.
 */
async function everyoneElseCells(
  read: CellReader,
  query: Omit<TableQuery, 'dimension' | 'items'>,
  groupA: AnalyticsGroup,
  table: GuardedTable,
  k: number,
): Promise<Map<string, Guarded<ReleasedCell>>> {
  const [totals, groups, noiseFor] = await Promise.all([
    read({ ...query, dimension: 'all', items: overviewReadItems }),
    read({ ...query, dimension: groupA.dimension, items: overviewReadItems }),
    read.noise(),
  ]);
  const groupCells = new Map(
    groups.filter((cell) => cell.value === groupA.value).map((cell) => [cell.item, cell]),
  );
  const release = (total: AnalyticsCell): Guarded<ReleasedCell> => {
    const rest = remainder(total, groupCells.get(total.item));
    if (rest.respondents === 0) return null;
    const releasedTotal = table.items.get(total.item)?.total ?? null;
    const releasedA = cellOf(table, total.item, groupA.value);
    if (releasedTotal === 'suppressed' || releasedA === 'suppressed' || rest.respondents < k)
      return 'suppressed';
    const withheld = new Set(
      answerStatistics.filter((statistic) => {
        const n = statisticCount(rest, statistic);
        return (
          (n > 0 && n < k) || releasedTotal?.withheld.has(statistic) || releasedA?.withheld.has(statistic)
        );
      }),
    );
    const kind = analyticsItemKind(total.item);
    return {
      measures: perturbMeasures(rest, kind, noiseFor(rest.cellKey)),
      withheld,
      adjustment: adjustmentOf(kind),
    };
  };
  return new Map(totals.map((total) => [total.item, release(total)]));
}

/**
 * Two groups side by side that share nobody: two groups of one breakdown (e.g. gender female against male, or field
 * school education against VET), or one group against everyone else in the scope. Each group is suppressed exactly as
 * in its own breakdown table, so comparing cannot reveal what the breakdown withholds; the difference is Welch's,
 * which fits two independent samples.
 */
export async function compareGroups(
  db: Executor,
  query: Omit<TableQuery, 'dimension' | 'items'>,
  groupA: AnalyticsGroup,
  groupB: AnalyticsGroup,
  k: number,
) {
  const read = cellReader(db);
  const table = await guardedTable(
    read,
    { ...query, dimension: groupA.dimension, items: overviewReadItems },
    k,
  );
  // Named only when the group is in the caller's table: an id of another organisation's project names nothing.
  const inTable = (value: string) => (table.values.includes(value) ? [value] : []);
  const [labelsA, labelsB] = await Promise.all([
    valueLabels(db, groupA.dimension, inTable(groupA.value)),
    valueLabels(db, groupB.dimension, inTable(groupB.value)),
  ]);
  const everyoneElseByItem =
    groupB.value === everyoneElse ? await everyoneElseCells(read, query, groupA, table, k) : undefined;
  const cellB = (item: string) =>
    everyoneElseByItem ? (everyoneElseByItem.get(item) ?? null) : cellOf(table, item, groupB.value);
  const summarise = summariseCell(k);
  const codes = [...table.items.keys()].filter(isOverviewItem).sort(byCatalogueOrder);
  return {
    minimumCellSize: k,
    disclosure: disclosureRules(k),
    groups: [
      { ...groupA, label: labelsA[groupA.value] ?? null },
      { ...groupB, label: groupB.value === everyoneElse ? 'Everyone else' : (labelsB[groupB.value] ?? null) },
    ],
    responses: [
      summarised(cellOf(table, surveyItem, groupA.value), summariseCellResponses),
      summarised(cellB(surveyItem), summariseCellResponses),
    ],
    items: codes.map((code) => {
      const a = cellOf(table, code, groupA.value);
      const b = cellB(code);
      return {
        code,
        a: summarised(a, summarise),
        b: summarised(b, summarise),
        difference: cellDifference(a, b, k),
      };
    }),
  };
}
