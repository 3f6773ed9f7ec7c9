import type { Executor } from '@mobilis/db';
import {
  type AnalyticsDimension,
  analyticsItemKind,
  changeDifference,
  disclosureRules,
  type Guarded,
  type ItemSummary,
  type MeanDifference,
  roundReleased,
  type SurveyResponseSummary,
  summariseItem,
  summariseResponses,
  surveyItem,
} from '@mobilis/schema';
import { byCatalogueOrder, isOverviewItem, overviewReadItems } from './items.js';
import { valueLabels } from './labels.js';
import { cellReader, type GuardedTable, guardedTable, type ReleasedCell, type TableQuery } from './table.js';

export function summarised<T>(cell: Guarded<ReleasedCell>, summarise: (cell: ReleasedCell) => T): Guarded<T> {
  return cell === null || cell === 'suppressed' ? cell : summarise(cell);
}

/** A released cell's figures, rounded as everything that leaves the server (see `roundReleased`). */
export const summariseCell = (k: number) => (cell: ReleasedCell) =>
  roundReleased(summariseItem(cell.measures, k, cell.withheld, cell.adjustment));
export const summariseCellResponses = (cell: ReleasedCell) =>
  roundReleased(summariseResponses(cell.measures));

/** The difference in mean change of two cells, unless either's change is withheld. */
export function cellDifference(
  a: Guarded<ReleasedCell>,
  b: Guarded<ReleasedCell>,
  k: number,
): Guarded<MeanDifference> {
  if (a === null || b === null) return null;
  if (a === 'suppressed' || b === 'suppressed' || a.withheld.has('change') || b.withheld.has('change'))
    return 'suppressed';
  return roundReleased(changeDifference(a.measures, b.measures, k, { a: a.adjustment, b: b.adjustment }));
}

export interface OverviewItem {
  code: string;
  kind: 'outcome' | 'language';
  total: Guarded<ItemSummary>;
  cells: Guarded<ItemSummary>[];
  /** Mean change of participants with fewer opportunities minus that of the others. */
  equityGap: Guarded<MeanDifference>;
}

export interface Flow {
  from: string;
  to: string;
  respondents: number;
}

/** Groups of a breakdown with their labels (names for projects and organisations, codes otherwise). */
export interface BreakdownGroups {
  dimension: AnalyticsDimension;
  values: string[];
  labels: Record<string, string>;
}

export async function overview(
  db: Executor,
  query: Omit<TableQuery, 'dimension' | 'items'>,
  breakdown: AnalyticsDimension,
  k: number,
) {
  const read = cellReader(db);
  const [table, equity, flows] = await Promise.all([
    guardedTable(read, { ...query, dimension: breakdown, items: overviewReadItems }, k),
    guardedTable(read, { ...query, dimension: 'fewer_opportunities', items: overviewReadItems }, k),
    guardedTable(read, { ...query, dimension: 'flow', items: [surveyItem] }, k),
  ]);
  const responses = table.items.get(surveyItem);
  return {
    minimumCellSize: k,
    disclosure: disclosureRules(k),
    source: table.source,
    groups: await groupsOf(db, breakdown, table),
    responses: {
      total: summarised(responses?.total ?? null, summariseCellResponses),
      cells: table.values.map((_, index) =>
        summarised(responses?.cells[index] ?? null, summariseCellResponses),
      ) satisfies Guarded<SurveyResponseSummary>[],
    },
    items: [...table.items.keys()]
      .filter(isOverviewItem)
      .sort(byCatalogueOrder)
      .map((code): OverviewItem => {
        const row = table.items.get(code);
        const summarise = summariseCell(k);
        return {
          code,
          kind: analyticsItemKind(code) as OverviewItem['kind'],
          total: summarised(row?.total ?? null, summarise),
          cells: (row?.cells ?? []).map((cell) => summarised(cell, summarise)),
          equityGap: equityGapOf(equity, code, k),
        };
      }),
    flows: flowsOf(flows),
  };
}

export async function groupsOf(
  db: Executor,
  dimension: AnalyticsDimension,
  table: GuardedTable,
): Promise<BreakdownGroups> {
  return { dimension, values: table.values, labels: await valueLabels(db, dimension, table.values) };
}

/** Fewer opportunities ("yes") minus the others ("no"), when both groups are shown. */
export function equityGapOf(equity: GuardedTable, item: string, k: number): Guarded<MeanDifference> {
  const row = equity.items.get(item);
  const withFewer = row?.cells[equity.values.indexOf('yes')] ?? null;
  const without = row?.cells[equity.values.indexOf('no')] ?? null;
  return cellDifference(withFewer, without, k);
}

/** Where respondents went, sending → receiving country; flows under k are left out (not summed elsewhere). */
function flowsOf(table: GuardedTable): Flow[] {
  const row = table.items.get(surveyItem);
  return table.values.flatMap((value, index) => {
    const cell = row?.cells[index];
    if (!cell || cell === 'suppressed') return [];
    const [from = '', to = ''] = value.split('>');
    return from && to ? [{ from, to, respondents: cell.measures.respondents }] : [];
  });
}
