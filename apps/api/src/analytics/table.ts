import { type AnalyticsCell, type Executor, liveCells, rollupCells } from '@mobilis/db';
import {
  type Adjustment,
  type AnalyticsGroup,
  type AnswerStatistic,
  adjustmentOf,
  ageBands,
  analyticsItemKind,
  answerStatistics,
  type CellMeasures,
  type CountedStatistic,
  countedStatistics,
  durationBands,
  type Guarded,
  type NoiseSource,
  perturbMeasures,
  statisticCount,
  suppressCells,
} from '@mobilis/schema';
import { noiseSources } from './noise.js';

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

/** A cell's figures as they leave the server: perturbed measures, and the figures suppression withholds. */
export interface ReleasedCell {
  measures: CellMeasures;
  withheld: ReadonlySet<AnswerStatistic>;
  /** How far the perturbation may have moved the figures: intervals are widened by it. */
  adjustment: Adjustment;
}

export interface ItemRow {
  total: Guarded<ReleasedCell>;
  /** Per group value, in the order of `GuardedTable.values`. */
  cells: Guarded<ReleasedCell>[];
}

/** A breakdown with small-cell suppression applied: numbers leave the server only for cells of k or more. */
export interface GuardedTable {
  values: string[];
  items: Map<string, ItemRow>;
  source: 'rollup' | 'live';
}

/**
 * Reads the cells of a question; within one request each question is read once. `noise` gives each cell's noise
 * source (read once per request too).
 */
export interface CellReader {
  (query: TableQuery): Promise<AnalyticsCell[]>;
  noise: () => Promise<(cellKey: number) => NoiseSource>;
}

/**
 * A reader for one request: the tables of a page ask for the same totals and wider breakdowns (an overview for one
 * call year asks for every call year's cells three times), which are read once and shared.
 */
export function cellReader(db: Executor): CellReader {
  const reads = new Map<string, Promise<AnalyticsCell[]>>();
  let noise: Promise<(cellKey: number) => NoiseSource> | undefined;
  const read = (query: TableQuery) => {
    const { organisationId, projectId, callYear, where, dimension, items } = query;
    const key = JSON.stringify([organisationId, projectId, callYear, where, dimension, items]);
    let cells = reads.get(key);
    if (!cells) {
      cells = query.where ? liveCells(db, query) : rollupCells(db, query);
      reads.set(key, cells);
    }
    return cells;
  };
  return Object.assign(read, {
    noise: () => {
      noise ??= noiseSources(db);
      return noise;
    },
  });
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
  // A project is a group of its organisation, which is a group of every organisation: both steps are checked, or a
  // project that is its organisation's only one would show what the breakdown by organisation withholds.
  if (query.organisationId && query.everyOrganisationVisible)
    narrowings.push({
      wider: { ...query, organisationId: undefined, projectId: undefined },
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

/** Which figures are withheld: per counted statistic, the group values (and '' for the total). */
type Withholding = Map<CountedStatistic, Set<string>>;
const totalKey = '';

function withhold(withholding: Withholding, statistic: CountedStatistic, value: string): void {
  const values = withholding.get(statistic) ?? new Set<string>();
  values.add(value);
  withholding.set(statistic, values);
}

const countOf = (cell: AnalyticsCell | undefined, statistic: CountedStatistic) =>
  cell ? statisticCount(cell, statistic) : 0;

/** Per statistic, the values a breakdown withholds, as `guardedTable` decides for that breakdown alone. */
function suppressedValues(
  byValue: ReadonlyMap<string, AnalyticsCell>,
  statistic: CountedStatistic,
  k: number,
  totalShown: boolean,
): Set<string> {
  const cells = [...byValue.values()].map((cell) => ({ key: cell.value, n: countOf(cell, statistic) }));
  return new Set(suppressCells(cells, k, { totalShown }).suppressed);
}

/**
 * Figures that must be withheld because the group this question is about is withheld in the wider breakdown it
 * belongs to (directly, or to keep a sibling from being derived), figure by figure: otherwise asking for each group
 * in turn would undo the breakdown's suppression. A barrier category narrows "fewer opportunities: yes", so it is
 * withheld too when the two differ by fewer than k.
 */
async function withheldByWiderBreakdowns(
  readCells: CellReader,
  query: TableQuery,
  k: number,
): Promise<Map<string, Set<CountedStatistic>>> {
  const withheld = new Map<string, Set<CountedStatistic>>();
  const add = (item: string, statistic: CountedStatistic) =>
    withheld.set(item, (withheld.get(item) ?? new Set()).add(statistic));
  for (const narrowing of narrowingsOf(query)) {
    const cells = indexByItem(await readCells({ ...narrowing.wider, dimension: narrowing.dimension }));
    const fewerOpportunities =
      narrowing.dimension === 'barrier'
        ? indexByItem(await readCells({ ...narrowing.wider, dimension: 'fewer_opportunities' }))
        : undefined;
    const totalShown = !partialDimensions.has(narrowing.dimension);
    for (const [item, byValue] of cells)
      for (const statistic of countedStatistics) {
        const group = byValue.get(narrowing.value);
        if (
          suppressedValues(byValue, statistic, k, totalShown).has(narrowing.value) ||
          (fewerOpportunities && givesAwayFewerOpportunities(fewerOpportunities, item, group, statistic, k))
        )
          add(item, statistic);
      }
  }
  return withheld;
}

/**
 * True when showing `narrower` would give people of `wider` (a group that holds it) away: when it leaves 1 to k − 1 of
 * a figure's people out (`wider` minus `narrower` is them), or when `wider` is withheld and it leaves fewer than k
 * out, none included (the same people, or nearly, where `wider` withholds them).
 */
function givesAway(
  wider: AnalyticsCell | undefined,
  narrower: AnalyticsCell | undefined,
  statistic: CountedStatistic,
  k: number,
  widerWithheld: boolean,
): boolean {
  if (!wider) return false;
  const missing = countOf(wider, statistic) - countOf(narrower, statistic);
  return (missing > 0 && missing < k) || (widerWithheld && missing < k);
}

/** The cells of this breakdown that the same breakdown of a wider question would give away (`givesAway`). */
function revealedByDifference(
  own: CellIndex,
  wider: CellIndex,
  k: number,
  item: string,
  statistic: CountedStatistic,
  totalShown: boolean,
): string[] {
  const ownCells = own.get(item) ?? new Map<string, AnalyticsCell>();
  const widerCells = wider.get(item) ?? new Map<string, AnalyticsCell>();
  const withheldThere = suppressedValues(widerCells, statistic, k, totalShown);
  return [...widerCells]
    .filter(([value, widerCell]) =>
      givesAway(widerCell, ownCells.get(value), statistic, k, withheldThere.has(value)),
    )
    .map(([value]) => value);
}

/** True when a barrier category gives away people of "fewer opportunities: yes", which holds it (`givesAway`). */
function givesAwayFewerOpportunities(
  fewerOpportunities: CellIndex,
  item: string,
  barrier: AnalyticsCell | undefined,
  statistic: CountedStatistic,
  k: number,
): boolean {
  const byValue = fewerOpportunities.get(item) ?? new Map<string, AnalyticsCell>();
  const yesWithheld = suppressedValues(byValue, statistic, k, true).has('yes');
  return givesAway(byValue.get('yes'), barrier, statistic, k, yesWithheld);
}

/**
 * A breakdown as it may be shown. Suppression is decided on the exact counts, for every figure on its own count
 * (respondents; each change, share and rating distribution on those who answered what it needs): primary (a count of
 * 1 to k − 1), complementary (no withheld figure can be had from the total minus the figures shown beside it), and
 * against wider questions (see `narrowingsOf`). Then every figure shown is perturbed from its cell key
 * (`perturbMeasures`), so the same cell reads the same everywhere and a cell one person away reads differently.
 */
export async function guardedTable(
  readCells: CellReader,
  query: TableQuery,
  k: number,
): Promise<GuardedTable> {
  const wider = narrowingsOf(query).map((narrowing) => narrowing.wider);
  const [cells, totals, widerCells, withheldItems, fewerOpportunities, noiseFor] = await Promise.all([
    readCells(query),
    query.dimension === 'all' ? undefined : readCells({ ...query, dimension: 'all' }),
    Promise.all(wider.map((widerQuery) => readCells(widerQuery))),
    withheldByWiderBreakdowns(readCells, query, k),
    query.dimension === 'barrier' ? readCells({ ...query, dimension: 'fewer_opportunities' }) : undefined,
    readCells.noise(),
  ]);
  const own = indexByItem(cells);
  const ownTotals = indexByItem(totals ?? cells);
  const widerIndexes = widerCells.map(indexByItem);
  const fewerOpportunitiesIndex = fewerOpportunities ? indexByItem(fewerOpportunities) : undefined;
  const values = orderValues(query.dimension, cells);
  const totalShown = !partialDimensions.has(query.dimension);

  const items = new Map<string, ItemRow>();
  for (const item of new Set([...ownTotals.keys(), ...own.keys()])) {
    const byValue = own.get(item) ?? new Map<string, AnalyticsCell>();
    const total = ownTotals.get(item)?.get('');
    const withholding: Withholding = new Map();
    for (const statistic of countedStatistics) {
      if (withheldItems.get(item)?.has(statistic)) {
        for (const value of [totalKey, ...values]) withhold(withholding, statistic, value);
        continue;
      }
      const withheld = new Set(
        widerIndexes.flatMap((index) => revealedByDifference(own, index, k, item, statistic, totalShown)),
      );
      if (fewerOpportunitiesIndex)
        for (const value of values)
          if (givesAwayFewerOpportunities(fewerOpportunitiesIndex, item, byValue.get(value), statistic, k))
            withheld.add(value);
      const { suppressed, totalSuppressed } = suppressCells(
        values.map((value) => ({ key: value, n: countOf(byValue.get(value), statistic) })),
        k,
        { withheld, totalShown },
      );
      for (const value of suppressed) withhold(withholding, statistic, value);
      if (totalSuppressed || countOf(total, statistic) < k) withhold(withholding, statistic, totalKey);
    }
    const release = (cell: AnalyticsCell | undefined, value: string) =>
      releaseCell(cell, item, noiseFor, (statistic) => withholding.get(statistic)?.has(value) ?? false);
    items.set(item, {
      total: release(total, totalKey),
      cells: values.map((value) => release(byValue.get(value), value)),
    });
  }
  return { values, items, source: query.where ? 'live' : 'rollup' };
}

function releaseCell(
  cell: AnalyticsCell | undefined,
  item: string,
  noiseFor: (cellKey: number) => NoiseSource,
  isWithheld: (statistic: CountedStatistic) => boolean,
): Guarded<ReleasedCell> {
  if (!cell || cell.respondents === 0) return null;
  if (isWithheld('respondents')) return 'suppressed';
  const { value: _value, item: _item, ...measures } = cell;
  const kind = analyticsItemKind(item);
  return {
    measures: perturbMeasures(measures, kind, noiseFor(measures.cellKey)),
    // A figure nobody stands behind reads as nobody (a dash), withheld or not.
    withheld: new Set(
      answerStatistics.filter(
        (statistic) => isWithheld(statistic) && statisticCount(measures, statistic) > 0,
      ),
    ),
    adjustment: adjustmentOf(kind),
  };
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
