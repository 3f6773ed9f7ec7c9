import { AnalyticsTable } from './analytics-table';
import { figureOf, type OutcomeDetail } from './analytics-types';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import {
  changePoint,
  differencePoint,
  intervalChartHeight,
  intervalChartOption,
} from './interval-chart-option';
import { guardedCells } from './summary-cells';
import { type AnalyticsTableModel, change, count, interval, none, text } from './table-cells';

interface OutcomeEquityFigureProps {
  equity: OutcomeDetail['equity'];
  minimumCellSize: number;
}

/** Participants with fewer opportunities against the others, and the gap between them. */
export function OutcomeEquityFigure({ equity, minimumCellSize }: OutcomeEquityFigureProps) {
  const groups = [
    { label: 'With fewer opportunities', change: figureOf(equity.withFewer, 'change') },
    { label: 'Without fewer opportunities', change: figureOf(equity.without, 'change') },
  ];
  const gapLabel = 'Gap (fewer opportunities minus others)';
  const table: AnalyticsTableModel = {
    title: 'Equity',
    minimumCellSize,
    columns: ['Group', 'Mean change', '95% interval', 'n'],
    rows: [
      ...groups.map((group) => [
        text(group.label),
        ...guardedCells(group.change, 3, (summary) => [
          change(summary.mean),
          interval(summary.ci95),
          count(summary.n),
        ]),
      ]),
      [
        text(gapLabel),
        ...guardedCells(equity.gap, 3, (gap) => [change(gap.difference), interval(gap.ci95), none]),
      ],
    ],
  };
  const option = intervalChartOption({
    categories: [...groups.map((group) => group.label), gapLabel],
    series: [
      {
        name: 'Mean change',
        points: [...groups.map((group) => changePoint(group.change)), differencePoint(equity.gap)],
      },
    ],
    orientation: 'horizontal',
    minimumCellSize,
    valueName: 'Rating points',
  });
  return (
    <FigureCard
      title="Equity"
      description="Mean change of participants with fewer opportunities and of the others, and the gap between them (Welch 95% interval). Above zero: those with fewer opportunities gained more."
      testId="outcome-equity"
    >
      <Chart
        option={option}
        height={intervalChartHeight(3)}
        summary="Dot-and-whisker chart of the mean change with and without fewer opportunities and of the gap; the table below gives the numbers."
      />
      <AnalyticsTable table={table} testId="outcome-equity-table" />
    </FigureCard>
  );
}
