import type { RowIssue } from './import-row.js';
import type { ImportLayoutId } from './layouts.js';

/** What protects the server from one upload: the file size and the rows a file may have. */
export const importLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 150_000,
  /** Problems kept in a report for display and download; the counts stay exact. */
  maxReportedIssues: 5_000,
} as const;

export const importJobStatuses = [
  'queued',
  'analysing',
  'ready',
  'committing',
  'committed',
  'failed',
  'cancelled',
] as const;
export type ImportJobStatus = (typeof importJobStatuses)[number];

/** What the dry run (and then the commit) found. Rows are counted by what happens to them. */
export interface ImportReport {
  layout: ImportLayoutId;
  headers: string[];
  /** Headers still to map to a field or to ignore; confirming needs none. */
  unknownHeaders: string[];
  counts: { rows: number; created: number; updated: number; unchanged: number; rejected: number };
  records: {
    participantsCreated: number;
    participantsUpdated: number;
    mobilitiesCreated: number;
    mobilitiesUpdated: number;
    partnersCreated: number;
  };
  /** Every problem of the rejected rows (up to `maxReportedIssues`), by line. */
  issues: RowIssue[];
  issueCount: number;
  warnings: RowIssue[];
  warningCount: number;
}

/** Why an import cannot be confirmed yet, or null when it can. */
export function confirmBlocker(report: ImportReport | null): string | null {
  if (!report) return 'The dry run has not finished yet';
  if (report.unknownHeaders.length > 0)
    return `Map or ignore these columns first: ${report.unknownHeaders.join(', ')}`;
  if (report.counts.rejected > 0)
    return `${report.counts.rejected} rows are rejected: correct the file and upload it again`;
  return null;
}
