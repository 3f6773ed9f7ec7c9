import { analyticsItemLabel, dimensionLabel, dimensionValueLabel } from '../../lib/labels';
import type { AnalyticsFilters } from './analytics-search';
import { figureOf, type Overview } from './analytics-types';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import { heatMapHeight, heatMapOption } from './heat-map-option';
import { OutcomeTable } from './outcome-table';
import { meanChangeCell } from './summary-cells';
import { type AnalyticsTableModel, text } from './table-cells';

interface HeatMapFigureProps {
  overview: Overview;
  organisationId: string | undefined;
  filters: AnalyticsFilters;
}

/** Outcomes against the groups of the chosen breakdown, coloured by mean change, with the same numbers in a table. */
export function HeatMapFigure({ overview, organisationId, filters }: HeatMapFigureProps) {
  const { groups, items, minimumCellSize } = overview;
  const columns = groups.values.map((value) => dimensionValueLabel(groups.dimension, value, groups.labels));
  const rows = items.map((item) => analyticsItemLabel(item.code));
  const cells = items.map((item) => item.cells.map((cell) => figureOf(cell, 'change')));
  const table: AnalyticsTableModel = {
    title: `Mean change by ${dimensionLabel(groups.dimension).toLowerCase()}`,
    minimumCellSize,
    columns: ['Outcome', ...columns],
    rows: items.map((item) => [
      text(analyticsItemLabel(item.code)),
      ...item.cells.map((cell) => figureOf(cell, 'change')).map(meanChangeCell),
    ]),
  };
  return (
    <FigureCard
      title={
        groups.dimension === 'all'
          ? 'Outcomes'
          : `Outcomes by ${dimensionLabel(groups.dimension).toLowerCase()}`
      }
      description="Mean change from the baseline to the end of the mobility in each group (rating points; CEFR levels for language skills). Grey cells are withheld; empty cells: nobody in the group was asked."
      testId="heat-map"
    >
      <Chart
        option={heatMapOption({ rows, columns, cells, minimumCellSize })}
        height={heatMapHeight(rows.length)}
        summary={`Heat map of the mean change of ${rows.length} outcomes in ${columns.length} groups by ${dimensionLabel(groups.dimension).toLowerCase()}; the table below gives the numbers.`}
      />
      <OutcomeTable
        table={table}
        testId="heat-map-table"
        codes={items.map((item) => item.code)}
        organisationId={organisationId}
        filters={filters}
      />
    </FigureCard>
  );
}
