import { analyticsItemLabel } from '../../lib/labels';
import { AnalyticsTable } from './analytics-table';
import { figureOf, type OutcomeDetail } from './analytics-types';
import { FigureCard } from './figure-card';
import { changeCells, changeColumns } from './summary-cells';
import { type AnalyticsTableModel, text } from './table-cells';

interface IndicatorsFigureProps {
  indicators: OutcomeDetail['indicators'];
  minimumCellSize: number;
}

/** The statements an outcome is measured by, each with its own change. */
export function IndicatorsFigure({ indicators, minimumCellSize }: IndicatorsFigureProps) {
  const table: AnalyticsTableModel = {
    title: 'Indicators',
    minimumCellSize,
    columns: ['Indicator', ...changeColumns],
    rows: indicators.map((indicator) => [
      text(analyticsItemLabel(indicator.code)),
      ...changeCells(figureOf(indicator.total, 'change')),
    ]),
  };
  return (
    <FigureCard
      title="Indicators"
      description="The statements participants rated for this outcome, each with its mean change from the baseline to the end of the mobility."
      testId="indicators"
    >
      <AnalyticsTable table={table} testId="indicators-table" />
    </FigureCard>
  );
}
