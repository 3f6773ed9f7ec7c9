/**
 * The cells of an analytics table, as shown on the page and exported to CSV and XLSX: the same value everywhere.
 * Numbers are rounded once, here, so that a spreadsheet holds exactly what the page shows.
 */
export type TableCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format: NumberFormat }
  | { kind: 'interval'; low: number; high: number; format: NumberFormat }
  | { kind: 'suppressed' }
  | { kind: 'none' };

/** `change`: a mean change or difference on the rating scale (2 decimals); `count`: whole numbers. */
export type NumberFormat = 'change' | 'share' | 'count';

export interface AnalyticsTableModel {
  /** The table's accessible name, and the name of the exported file and sheet. */
  title: string;
  columns: string[];
  rows: TableCell[][];
  /** The smallest group shown: suppressed cells read "fewer than k". */
  minimumCellSize: number;
}

const digits: Record<NumberFormat, number> = { change: 2, share: 2, count: 0 };

function rounded(value: number, format: NumberFormat): number {
  const factor = 10 ** digits[format];
  const result = Math.round(value * factor) / factor;
  return Object.is(result, -0) ? 0 : result;
}

export const text = (value: string): TableCell => ({ kind: 'text', text: value });
export const none: TableCell = { kind: 'none' };
export const suppressed: TableCell = { kind: 'suppressed' };
export const count = (value: number): TableCell => ({ kind: 'number', value, format: 'count' });
export const change = (value: number): TableCell => ({
  kind: 'number',
  value: rounded(value, 'change'),
  format: 'change',
});
export const share = (value: number): TableCell => ({
  kind: 'number',
  value: rounded(value, 'share'),
  format: 'share',
});

/** A number as the page shows it: "0.42" (a change), "42 %" (a share), "17" (a count). */
export function formatNumber(value: number, format: NumberFormat): string {
  if (format === 'share') return `${Math.round(value * 100)} %`;
  return value.toFixed(digits[format]);
}

export function formatChange(value: number): string {
  return formatNumber(rounded(value, 'change'), 'change');
}

/**
 * A 95% interval as reports write it: "[0.21, 0.63]". The bracket also keeps a spreadsheet from reading a negative
 * lower bound as the start of a formula.
 */
export function formatInterval(interval: { low: number; high: number }, format: NumberFormat = 'change') {
  const bound = (value: number) => formatNumber(rounded(value, format), format);
  return `[${bound(interval.low)}, ${bound(interval.high)}]`;
}

export const interval = (
  value: { low: number; high: number } | null,
  format: NumberFormat = 'change',
): TableCell => (value ? { kind: 'interval', low: value.low, high: value.high, format } : none);

export function suppressedText(minimumCellSize: number): string {
  return `suppressed (< ${minimumCellSize})`;
}

/** The text of a cell in the table and in CSV; XLSX keeps numbers as numbers with the same format. */
export function cellText(cell: TableCell, minimumCellSize: number): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return formatNumber(cell.value, cell.format);
    case 'interval':
      return formatInterval(cell, cell.format);
    case 'suppressed':
      return suppressedText(minimumCellSize);
    case 'none':
      return '—';
  }
}
