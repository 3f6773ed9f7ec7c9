import { analyticsItemLabel } from '../../lib/labels';
import type { AnalyticsFilters } from './analytics-search';
import { figureOf, type OverviewItem } from './analytics-types';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import { changePoint, intervalChartHeight, intervalChartOption } from './interval-chart-option';
import { OutcomeTable } from './outcome-table';
import { changeCells, changeColumns, guardedCells, meanChangeCell } from './summary-cells';
import { type AnalyticsTableModel, share, text } from './table-cells';

interface OutcomeChangeFigureProps {
  items: readonly OverviewItem[];
  minimumCellSize: number;
  organisationId: string | undefined;
  filters: AnalyticsFilters;
}

/** Every outcome's change with its interval, and the table of all its figures (the annex of a final report). */
export function OutcomeChangeFigure({
  items,
  minimumCellSize,
  organisationId,
  filters,
}: OutcomeChangeFigureProps) {
  const table = outcomeSummaryTable(items, minimumCellSize);
  const option = intervalChartOption({
    categories: items.map((item) => analyticsItemLabel(item.code)),
    series: [
      { name: 'Mean change', points: items.map((item) => changePoint(figureOf(item.total, 'change'))) },
    ],
    orientation: 'horizontal',
    minimumCellSize,
    valueName: 'Mean change, baseline → end (rating points)',
  });
  return (
    <FigureCard
      title="Change per outcome"
      description="Mean change from the baseline to the end-of-mobility survey with its 95% interval; ratings run from 1 to 5, CEFR levels from 0 (none) to 6 (C2). Looking back: the end survey's “before” against “now”."
      testId="outcome-change"
    >
      <Chart
        option={option}
        height={intervalChartHeight(items.length)}
        summary={`Dot-and-whisker chart of the mean change of ${items.length} outcomes and language skills with 95% intervals; the table below gives the numbers.`}
      />
      <OutcomeTable
        table={table}
        testId="outcome-summary-table"
        codes={items.map((item) => item.code)}
        organisationId={organisationId}
        filters={filters}
      />
    </FigureCard>
  );
}

export function outcomeSummaryTable(
  items: readonly OverviewItem[],
  minimumCellSize: number,
): AnalyticsTableModel {
  return {
    title: 'Outcomes',
    minimumCellSize,
    columns: [
      'Outcome',
      ...changeColumns,
      'Looking back',
      'Follow-up',
      'Lasting effect',
      'Agree without baseline (weaker)',
    ],
    rows: items.map((item) => [
      text(analyticsItemLabel(item.code)),
      ...guardedCells(item.total, changeColumns.length + 4, (total) => [
        ...changeCells(total.change),
        meanChangeCell(total.retrospective),
        meanChangeCell(total.followUp),
        ...guardedCells(total.lasting, 1, (lasting) => [share(lasting.share)]),
        ...guardedCells(total.postOnly, 1, (postOnly) => [share(postOnly.share)]),
      ]),
    ]),
  };
}
