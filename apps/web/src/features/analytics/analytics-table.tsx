import { Button, Group, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { type AnalyticsTableModel, cellText, type TableCell } from './table-cells';
import { downloadFile, exportFileName, tableCsv, tableXlsx } from './table-export';

interface AnalyticsTableProps {
  table: AnalyticsTableModel;
  /** Shown instead of the first cell of a row, e.g. a link to an outcome's page; exported as the cell's text. */
  rowHeader?: (rowIndex: number) => ReactNode;
  testId?: string;
}

/** A table of figures with its CSV and XLSX export; the first column names each row. */
export function AnalyticsTable({ table, rowHeader, testId }: AnalyticsTableProps) {
  return (
    <div data-testid={testId}>
      {/* Wide tables scroll sideways on narrow screens; the container takes focus so keyboards can scroll it. */}
      <Table.ScrollContainer
        type="native"
        tabIndex={0}
        minWidth={Math.min(900, 140 + table.columns.length * 80)}
        classNames={{ scrollContainer: 'analytics-scroll', scrollContainerInner: 'analytics-scroll-inner' }}
      >
        <Table
          striped
          withTableBorder
          verticalSpacing={6}
          fz="sm"
          aria-label={table.title}
          className="analytics-table"
        >
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((column, index) => (
                <Table.Th key={column} ta={alignment(table.rows[0]?.[index])} scope="col">
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, rowIndex) => (
              <Table.Tr key={cellText(row[0] ?? { kind: 'none' }, 0) + String(rowIndex)}>
                {row.map((cell, column) =>
                  column === 0 ? (
                    <Table.Th key="header" scope="row" fw={500}>
                      {rowHeader ? rowHeader(rowIndex) : cellText(cell, table.minimumCellSize)}
                    </Table.Th>
                  ) : (
                    <Table.Td
                      key={column}
                      ta={alignment(cell)}
                      className={cell.kind === 'text' ? undefined : 'analytics-figure-cell'}
                    >
                      <ShownCell cell={cell} minimumCellSize={table.minimumCellSize} />
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ExportButtons table={table} />
    </div>
  );
}

/** Text reads from the left, figures line up on the right. */
function alignment(cell: TableCell | undefined): 'left' | 'right' {
  return !cell || cell.kind === 'text' ? 'left' : 'right';
}

function ShownCell({ cell, minimumCellSize }: { cell: TableCell; minimumCellSize: number }) {
  if (cell.kind === 'suppressed') {
    return (
      <Text span size="sm" fs="italic" c="dimmed">
        fewer than {minimumCellSize}
      </Text>
    );
  }
  return <>{cellText(cell, minimumCellSize)}</>;
}

function ExportButtons({ table }: { table: AnalyticsTableModel }) {
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    try {
      const file =
        format === 'xlsx'
          ? await tableXlsx(table)
          : new Blob([await tableCsv(table)], { type: 'text/csv;charset=utf-8' });
      downloadFile(file, exportFileName(table.title, format));
    } finally {
      setExporting(null);
    }
  };
  return (
    <Group gap="xs" mt="xs" justify="flex-end" className="analytics-no-print">
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconDownload size={14} />}
        onClick={() => exportAs('csv')}
        loading={exporting === 'csv'}
        aria-label={`Export “${table.title}” as CSV`}
      >
        CSV
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconDownload size={14} />}
        onClick={() => exportAs('xlsx')}
        loading={exporting === 'xlsx'}
        aria-label={`Export “${table.title}” as XLSX`}
      >
        XLSX
      </Button>
    </Group>
  );
}
