import { type Executor, outcomeExamples } from '@mobilis/db';
import { analyticsItemKind, disclosureRules } from '@mobilis/schema';
import { indicatorsOf } from './items.js';
import { equityGapOf, summariseCell, summarised } from './overview.js';
import { cellReader, guardedTable, type TableQuery } from './table.js';

/** One outcome (or indicator, or language skill) in depth: its indicators, trend over call years, equity gap. */
export async function outcomeDetail(
  db: Executor,
  query: Omit<TableQuery, 'dimension' | 'items'>,
  code: string,
  k: number,
  options: { withExamples: boolean },
) {
  const kind = analyticsItemKind(code);
  const items = kind === 'outcome' ? [code, ...indicatorsOf(code)] : [code];
  const read = cellReader(db);
  // Read beside the tables; they are shown only if the outcome's total is (decided below).
  const examples =
    options.withExamples && !query.where && query.organisationId
      ? outcomeExamples(db, {
          organisationId: query.organisationId,
          projectId: query.projectId,
          callYear: query.callYear,
          outcomeCode: code.split('.')[0] ?? code,
        })
      : Promise.resolve(null);
  // Handled here too, so that a failure while the tables are read is not an unhandled rejection.
  examples.catch(() => {});
  const [all, years, equity] = await Promise.all([
    guardedTable(read, { ...query, dimension: 'all', items }, k),
    guardedTable(read, { ...query, dimension: 'call_year', items: [code] }, k),
    guardedTable(read, { ...query, dimension: 'fewer_opportunities', items: [code] }, k),
  ]);
  const summarise = summariseCell(k);
  const total = summarised(all.items.get(code)?.total ?? null, summarise);
  const equityRow = equity.items.get(code);
  const equityCell = (value: string) =>
    summarised(equityRow?.cells[equity.values.indexOf(value)] ?? null, summarise);
  const showExamples = total !== null && total !== 'suppressed';
  return {
    code,
    kind,
    minimumCellSize: k,
    disclosure: disclosureRules(k),
    source: all.source,
    total,
    indicators: items.slice(1).map((indicator) => ({
      code: indicator,
      total: summarised(all.items.get(indicator)?.total ?? null, summarise),
    })),
    trend: {
      years: years.values,
      cells: (years.items.get(code)?.cells ?? []).map((cell) => summarised(cell, summarise)),
    },
    equity: { withFewer: equityCell('yes'), without: equityCell('no'), gap: equityGapOf(equity, code, k) },
    /** Null when the caller may not read them (not a coordinator of the organisation) or the group is too small. */
    examples: showExamples ? await examples : null,
  };
}
