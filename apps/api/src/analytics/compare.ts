import type { Executor } from '@mobilis/db';
import {
  type AnalyticsGroup,
  type CellMeasures,
  changeDifference,
  type Guarded,
  summariseItem,
  summariseResponses,
  surveyItem,
} from '@mobilis/schema';
import { byCatalogueOrder, isOverviewItem, overviewReadItems } from './items.js';
import { valueLabels } from './labels.js';
import { summarised } from './overview.js';
import { cellReader, type GuardedTable, guardedTable, type TableQuery } from './table.js';

function cellOf(table: GuardedTable, item: string, value: string): Guarded<CellMeasures> {
  const index = table.values.indexOf(value);
  return index === -1 ? null : (table.items.get(item)?.cells[index] ?? null);
}

/**
 * Two groups side by side, each a value of a breakdown (e.g. gender female against male, or field school
 * education against VET). Each group is suppressed exactly as in its own breakdown table, so comparing cannot
 * reveal what the breakdown withholds.
 */
export async function compareGroups(
  db: Executor,
  query: Omit<TableQuery, 'dimension' | 'items'>,
  groupA: AnalyticsGroup,
  groupB: AnalyticsGroup,
  k: number,
) {
  const read = cellReader(db);
  const [tableA, tableB] = await Promise.all([
    guardedTable(read, { ...query, dimension: groupA.dimension, items: overviewReadItems }, k),
    guardedTable(read, { ...query, dimension: groupB.dimension, items: overviewReadItems }, k),
  ]);
  const [labelsA, labelsB] = await Promise.all([
    valueLabels(db, groupA.dimension, [groupA.value]),
    valueLabels(db, groupB.dimension, [groupB.value]),
  ]);
  const summarise = (cell: CellMeasures) => summariseItem(cell, k);
  const items = [...new Set([...tableA.items.keys(), ...tableB.items.keys()])]
    .filter(isOverviewItem)
    .sort(byCatalogueOrder);
  return {
    minimumCellSize: k,
    groups: [
      { ...groupA, label: labelsA[groupA.value] ?? null },
      { ...groupB, label: labelsB[groupB.value] ?? null },
    ],
    responses: [
      summarised(cellOf(tableA, surveyItem, groupA.value), summariseResponses),
      summarised(cellOf(tableB, surveyItem, groupB.value), summariseResponses),
    ],
    items: items.map((code) => {
      const a = cellOf(tableA, code, groupA.value);
      const b = cellOf(tableB, code, groupB.value);
      const difference =
        a === null || b === null
          ? null
          : a === 'suppressed' || b === 'suppressed'
            ? 'suppressed'
            : changeDifference(a, b, k);
      return { code, a: summarised(a, summarise), b: summarised(b, summarise), difference };
    }),
  };
}
