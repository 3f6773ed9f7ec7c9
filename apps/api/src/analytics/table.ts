import { type AnalyticsCell, type Executor, liveCells, rollupCells } from '@mobilis/db';
import {
  type AnalyticsGroup,
  ageBands,
  type CellMeasures,
  durationBands,
  type Guarded,
  suppressCells,
} from '@mobilis/schema';

/** Which respondents and which breakdown: the rollup answers it unless `where` narrows the group. */
export interface TableQuery {
  organisationId?: string | undefined;
  projectId?: string | undefined;
  callYear?: number | undefined;
  where?: AnalyticsGroup | undefined;
  dimension: string;
  items?: readonly string[] | undefined;
  /** The caller sees every organisation too, so one organisation's figures must not reveal the others'. */
  everyOrganisationVisible?: boolean | undefined;
}

export interface ItemRow {
  total: Guarded<CellMeasures>;
  /** Per group value, in the order of `GuardedTable.values`. */
  cells: Guarded<CellMeasures>[];
}

/** A breakdown with small-cell suppression applied: numbers leave the server only for cells of k or more. */
export interface GuardedTable {
  values: string[];
  items: Map<string, ItemRow>;
  source: 'rollup' | 'live';
}

/** Reads the cells of a question; within one request each question is read once. */
export type CellReader = (query: TableQuery) => Promise<AnalyticsCell[]>;

/**
 * A reader for one request: the tables of a page ask for the same totals and wider breakdowns (an overview for one
 * call year asks for every call year's cells three times), which are read once and shared.
 */
export function cellReader(db: Executor): CellReader {
  const reads = new Map<string, Promise<AnalyticsCell[]>>();
  return (query) => {
    const { organisationId, projectId, callYear, where, dimension, items } = query;
    const key = JSON.stringify([organisationId, projectId, callYear, where, dimension, items]);
    let read = reads.get(key);
    if (!read) {
      read = query.where ? liveCells(db, query) : rollupCells(db, query);
      reads.set(key, read);
    }
    return read;
  };
}

type CellIndex = Map<string, Map<string, AnalyticsCell>>;

function indexByItem(cells: readonly AnalyticsCell[]): CellIndex {
  const index: CellIndex = new Map();
  for (const cell of cells) {
    const byValue = index.get(cell.item) ?? new Map<string, AnalyticsCell>();
    byValue.set(cell.value, cell);
    index.set(cell.item, byValue);
  }
  return index;
}

/** A filter that narrows a wider question to one of its groups: the group is a cell of the wider breakdown. */
interface Narrowing {
  wider: TableQuery;
  dimension: string;
  value: string;
}

/**
 * The wider questions this one is a group of: the same question without the `where` group, for the whole
 * organisation instead of one project, for every call year instead of one, for every organisation instead of one.
 */
function narrowingsOf(query: TableQuery): Narrowing[] {
  const narrowings: Narrowing[] = [];
  if (query.where) narrowings.push({ wider: { ...query, where: undefined }, ...query.where });
  if (query.projectId)
    narrowings.push({
      wider: { ...query, projectId: undefined },
      dimension: 'project',
      value: query.projectId,
    });
  if (query.callYear)
    narrowings.push({
      wider: { ...query, callYear: undefined },
      dimension: 'call_year',
      value: String(query.callYear),
    });
  if (query.organisationId && !query.projectId && query.everyOrganisationVisible)
    narrowings.push({
      wider: { ...query, organisationId: undefined },
      dimension: 'organisation',
      value: query.organisationId,
    });
  return narrowings;
}

/**
 * Dimensions whose groups do not add up to the total (a participant has none, one or several barriers; flows are
 * shown without their total): the total cannot be used to derive a withheld group, so only small groups are withheld.
 */
const partialDimensions = new Set(['barrier', 'flow']);

const respondentsOf = (cell: AnalyticsCell | undefined) => cell?.respondents ?? 0;

/**
 * Items whose every figure must be withheld because the group this question is about is withheld in the wider
 * breakdown it belongs to (directly, or to keep a sibling from being derived): otherwise asking for each group in
 * turn would undo the breakdown's suppression.
 */
async function itemsWithheldByWiderBreakdowns(
  readCells: CellReader,
  query: TableQuery,
  k: number,
): Promise<Set<string>> {
  const withheld = new Set<string>();
  for (const narrowing of narrowingsOf(query)) {
    const cells = indexByItem(await readCells({ ...narrowing.wider, dimension: narrowing.dimension }));
    for (const [item, byValue] of cells) {
      const { suppressed } = suppressCells(
        [...byValue.values()].map((cell) => ({ key: cell.value, n: cell.respondents })),
        k,
      );
      if (suppressed.has(narrowing.value)) withheld.add(item);
    }
  }
  return withheld;
}

/** Cells that the same breakdown of a wider question, minus this one, would reveal: 0 < wider − this < k. */
function revealedByDifference(own: CellIndex, wider: CellIndex, k: number, item: string): Set<string> {
  const revealed = new Set<string>();
  const ownCells = own.get(item) ?? new Map<string, AnalyticsCell>();
  for (const [value, widerCell] of wider.get(item) ?? new Map<string, AnalyticsCell>()) {
    const difference = respondentsOf(widerCell) - respondentsOf(ownCells.get(value));
    if (difference > 0 && difference < k) revealed.add(value);
  }
  return revealed;
}

export async function guardedTable(
  readCells: CellReader,
  query: TableQuery,
  k: number,
): Promise<GuardedTable> {
  const wider = narrowingsOf(query).map((narrowing) => narrowing.wider);
  const [cells, totals, widerCells, withheldItems] = await Promise.all([
    readCells(query),
    query.dimension === 'all' ? undefined : readCells({ ...query, dimension: 'all' }),
    Promise.all(wider.map((widerQuery) => readCells(widerQuery))),
    itemsWithheldByWiderBreakdowns(readCells, query, k),
  ]);
  const own = indexByItem(cells);
  const ownTotals = indexByItem(totals ?? cells);
  const widerIndexes = widerCells.map(indexByItem);
  const values = orderValues(query.dimension, cells);

  const items = new Map<string, ItemRow>();
  for (const item of new Set([...ownTotals.keys(), ...own.keys()])) {
    const byValue = own.get(item) ?? new Map<string, AnalyticsCell>();
    const total = ownTotals.get(item)?.get('');
    if (withheldItems.has(item)) {
      items.set(item, {
        total: guardCell(total, true),
        cells: values.map((value) => guardCell(byValue.get(value), true)),
      });
      continue;
    }
    const withheld = new Set(widerIndexes.flatMap((index) => [...revealedByDifference(own, index, k, item)]));
    const { suppressed, totalSuppressed } = suppressCells(
      values.map((value) => ({ key: value, n: respondentsOf(byValue.get(value)) })),
      k,
      { withheld, totalShown: !partialDimensions.has(query.dimension) },
    );
    items.set(item, {
      total: guardCell(total, totalSuppressed || respondentsOf(total) < k),
      cells: values.map((value) => guardCell(byValue.get(value), suppressed.has(value))),
    });
  }
  return { values, items, source: query.where ? 'live' : 'rollup' };
}

function guardCell(cell: AnalyticsCell | undefined, suppressed: boolean): Guarded<CellMeasures> {
  if (!cell || cell.respondents === 0) return null;
  if (suppressed) return 'suppressed';
  const { value: _value, item: _item, ...measures } = cell;
  return measures;
}

const bandOrder: Record<string, readonly string[]> = {
  age_band: ageBands.map((band) => band.key),
  duration_band: durationBands.map((band) => band.key),
  fewer_opportunities: ['yes', 'no'],
};

/** Bands in their natural order, years ascending, everything else by how many respondents it holds. */
function orderValues(dimension: string, cells: readonly AnalyticsCell[]): string[] {
  const sizes = new Map<string, number>();
  for (const cell of cells)
    if (cell.item === '_survey' || !sizes.has(cell.value))
      sizes.set(cell.value, Math.max(sizes.get(cell.value) ?? 0, cell.respondents));
  const values = [...sizes.keys()];
  const order = bandOrder[dimension];
  if (order) return values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (dimension === 'call_year') return values.sort();
  return values.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b));
}
