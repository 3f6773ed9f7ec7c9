import { AnalyticsTable } from './analytics-table';
import { figureOf, type OutcomeDetail } from './analytics-types';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import { changePoint, intervalChartOption } from './interval-chart-option';
import { changeCells, changeColumns } from './summary-cells';
import { type AnalyticsTableModel, text } from './table-cells';

interface TrendFigureProps {
  trend: OutcomeDetail['trend'];
  minimumCellSize: number;
}

/** The change from baseline to end for each call year, to see whether it grows, holds or fades. */
export function TrendFigure({ trend, minimumCellSize }: TrendFigureProps) {
  const changes = trend.cells.map((cell) => figureOf(cell, 'change'));
  const table: AnalyticsTableModel = {
    title: 'Change by call year',
    minimumCellSize,
    columns: ['Call year', ...changeColumns],
    rows: trend.years.map((year, index) => [text(year), ...changeCells(changes[index] ?? null)]),
  };
  const option = intervalChartOption({
    categories: trend.years,
    series: [{ name: 'Mean change', points: changes.map(changePoint) }],
    orientation: 'vertical',
    minimumCellSize,
    valueName: 'Mean change (rating points)',
    connect: true,
  });
  return (
    <FigureCard
      title="Over the call years"
      description="Mean change from the baseline to the end of the mobility for the mobilities of each call year, with 95% intervals."
      testId="trend"
    >
      <Chart
        option={option}
        height={260}
        summary={`Line chart with error bars of the mean change over ${trend.years.length} call years; the table below gives the numbers.`}
      />
      <AnalyticsTable table={table} testId="trend-table" />
    </FigureCard>
  );
}
