import { analyticsItemLabel, dimensionValueLabel } from '../../lib/labels';
import type { AnalyticsFilters } from './analytics-search';
import { type Comparison, figureOf } from './analytics-types';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import { changePoint, intervalChartHeight, intervalChartOption } from './interval-chart-option';
import { OutcomeTable } from './outcome-table';
import { differenceCells, guardedCells } from './summary-cells';
import { type AnalyticsTableModel, change, count, interval, text } from './table-cells';

interface ComparisonFigureProps {
  comparison: Comparison;
  organisationId: string | undefined;
  filters: AnalyticsFilters;
}

/** Each outcome's change in two groups side by side, and the difference between them with its interval. */
export function ComparisonFigure({ comparison, organisationId, filters }: ComparisonFigureProps) {
  const { items, minimumCellSize } = comparison;
  const [nameA = 'Group A', nameB = 'Group B'] = comparison.groups.map(
    (group) => group.label ?? dimensionValueLabel(group.dimension, group.value),
  );
  const changeA = items.map((item) => figureOf(item.a, 'change'));
  const changeB = items.map((item) => figureOf(item.b, 'change'));
  const groupCells = (summary: (typeof changeA)[number]) =>
    guardedCells(summary, 3, (value) => [change(value.mean), interval(value.ci95), count(value.n)]);
  const table: AnalyticsTableModel = {
    title: `${nameA} compared with ${nameB}`,
    minimumCellSize,
    columns: [
      'Outcome',
      `${nameA}: mean change`,
      `${nameA}: 95% interval`,
      `${nameA}: n`,
      `${nameB}: mean change`,
      `${nameB}: 95% interval`,
      `${nameB}: n`,
      'Difference',
      'Difference: 95% interval',
    ],
    rows: items.map((item, index) => [
      text(analyticsItemLabel(item.code)),
      ...groupCells(changeA[index] ?? null),
      ...groupCells(changeB[index] ?? null),
      ...differenceCells(item.difference),
    ]),
  };
  const option = intervalChartOption({
    categories: items.map((item) => analyticsItemLabel(item.code)),
    series: [
      { name: nameA, points: changeA.map(changePoint) },
      { name: nameB, points: changeB.map(changePoint) },
    ],
    orientation: 'horizontal',
    minimumCellSize,
    valueName: 'Mean change, baseline → end (rating points)',
  });
  return (
    <FigureCard
      title="Change in each group"
      description={`Mean change from the baseline to the end of the mobility with 95% intervals: ${nameA} (circles) and ${nameB} (diamonds). The difference is ${nameA} minus ${nameB} (Welch interval); a group's figures are withheld here whenever its own breakdown withholds them.`}
      testId="comparison"
    >
      <Chart
        option={option}
        height={intervalChartHeight(items.length, 2)}
        summary={`Dot-and-whisker chart of the mean change of ${items.length} outcomes for ${nameA} and ${nameB}; the table below gives the numbers.`}
      />
      <OutcomeTable
        table={table}
        testId="comparison-table"
        codes={items.map((item) => item.code)}
        organisationId={organisationId}
        filters={filters}
      />
    </FigureCard>
  );
}
