import { analyticsItemLabel } from '../../lib/labels';
import type { AnalyticsFilters } from './analytics-search';
import type { OverviewItem } from './analytics-types';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import { differencePoint, intervalChartHeight, intervalChartOption } from './interval-chart-option';
import { OutcomeTable } from './outcome-table';
import { differenceCells, differenceColumns } from './summary-cells';
import { type AnalyticsTableModel, text } from './table-cells';

interface EquityGapFigureProps {
  items: readonly OverviewItem[];
  minimumCellSize: number;
  organisationId: string | undefined;
  filters: AnalyticsFilters;
}

/** Per outcome: the mean change of participants with fewer opportunities minus that of the others. */
export function EquityGapFigure({ items, minimumCellSize, organisationId, filters }: EquityGapFigureProps) {
  const table: AnalyticsTableModel = {
    title: 'Equity gap',
    minimumCellSize,
    columns: ['Outcome', ...differenceColumns],
    rows: items.map((item) => [text(analyticsItemLabel(item.code)), ...differenceCells(item.equityGap)]),
  };
  const option = intervalChartOption({
    categories: items.map((item) => analyticsItemLabel(item.code)),
    series: [{ name: 'Equity gap', points: items.map((item) => differencePoint(item.equityGap)) }],
    orientation: 'horizontal',
    minimumCellSize,
    valueName: 'Fewer opportunities minus others (rating points)',
  });
  return (
    <FigureCard
      title="Equity gap"
      description="Mean change of participants with fewer opportunities minus that of the others, with its 95% interval (Welch). Above zero: those with fewer opportunities gained more."
      testId="equity-gap"
    >
      <Chart
        option={option}
        height={intervalChartHeight(items.length)}
        summary={`Dot-and-whisker chart of the equity gap of ${items.length} outcomes with 95% intervals; the table below gives the numbers.`}
      />
      <OutcomeTable
        table={table}
        testId="equity-gap-table"
        codes={items.map((item) => item.code)}
        organisationId={organisationId}
        filters={filters}
      />
    </FigureCard>
  );
}
