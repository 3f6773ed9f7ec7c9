import type pg from 'pg';
import type { RawQuery } from './raw-queries.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  executionMs: number;
  planningMs: number;
  /** The first line of the text plan. */
  top: string;
  /** One line per scan of a table or index: how it was read and how many rows it touched. */
  scans: string[];
  /** Tables read whole. */
  seqScans: string[];
  sharedHit: number;
  sharedRead: number;
  /** The whole text plan, for the plans folder. */
  text: string;
}

const scanTypes = new Set([
  'Seq Scan',
  'Index Scan',
  'Index Only Scan',
  'Bitmap Index Scan',
  'Bitmap Heap Scan',
]);

/** EXPLAIN (ANALYZE, BUFFERS) of a query, once as JSON to read the figures and once as text to keep. */
export async function explain(pool: pg.Pool, query: RawQuery): Promise<PlanSummary> {
  const json = await pool.query<{
    'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }];
  }>(`explain (analyze, buffers, format json) ${query.text}`, query.values);
  const text = await pool.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers) ${query.text}`,
    query.values,
  );
  const root = json.rows[0]?.['QUERY PLAN'][0];
  if (!root) throw new Error('EXPLAIN returned no plan');
  const lines = text.rows.map((row) => row['QUERY PLAN']);
  const scans: string[] = [];
  const seqScans: string[] = [];
  const walk = (node: PlanNode) => {
    if (scanTypes.has(node['Node Type'])) {
      if (node['Node Type'] === 'Seq Scan') seqScans.push(node['Relation Name'] ?? '?');
      // EXPLAIN gives rows per loop, rounded: "0 rows/loop x 2881 loops" can still have returned a few rows.
      const loops = node['Actual Loops'] ?? 1;
      const perLoop = loops > 1 ? '/loop' : '';
      const removed = (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
      scans.push(
        `${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}` +
          `${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}: ${node['Actual Rows'] ?? 0} rows${perLoop}` +
          (removed > 0 ? `, ${removed} removed by filter${perLoop}` : '') +
          (loops > 1 ? ` x ${loops} loops` : ''),
      );
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(root.Plan);
  return {
    executionMs: root['Execution Time'],
    planningMs: root['Planning Time'],
    top: (lines[0] ?? '').trim(),
    scans,
    seqScans,
    sharedHit: root.Plan['Shared Hit Blocks'] ?? 0,
    sharedRead: root.Plan['Shared Read Blocks'] ?? 0,
    text: lines.join('\n'),
  };
}
