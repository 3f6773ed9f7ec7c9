import { analyticsItemLabel } from '../../lib/labels';
import { OutcomeLink } from './analytics-links';
import type { AnalyticsFilters } from './analytics-search';
import { AnalyticsTable } from './analytics-table';
import type { AnalyticsTableModel } from './table-cells';

interface OutcomeTableProps {
  table: AnalyticsTableModel;
  /** The outcome of each row, in the table's order. */
  codes: readonly string[];
  organisationId: string | undefined;
  filters: AnalyticsFilters;
  testId: string;
}

/** A table with one outcome per row, each named by a link to the outcome's page. */
export function OutcomeTable({ table, codes, organisationId, filters, testId }: OutcomeTableProps) {
  return (
    <AnalyticsTable
      table={table}
      testId={testId}
      rowHeader={(index) => {
        const code = codes[index];
        return code ? (
          <OutcomeLink organisationId={organisationId} code={code} filters={filters}>
            {analyticsItemLabel(code)}
          </OutcomeLink>
        ) : null;
      }}
    />
  );
}
