import type { Guarded, ItemSummary, RatingCounts } from '@mobilis/schema';
import { AnalyticsTable } from './analytics-table';
import { figureOf, surveys } from './analytics-types';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import { ratingDistributionOption, ratingNames } from './rating-distribution-option';
import { guardedCells } from './summary-cells';
import { type AnalyticsTableModel, count, text } from './table-cells';

interface RatingDistributionFigureProps {
  total: Guarded<ItemSummary>;
  minimumCellSize: number;
}

/** How participants rated themselves at each survey, from 1 (strongly disagree) to 5 (strongly agree). */
export function RatingDistributionFigure({ total, minimumCellSize }: RatingDistributionFigureProps) {
  const ratings = figureOf(total, 'ratings');
  const countsAt = (key: (typeof surveys)[number]['key']): Guarded<RatingCounts> =>
    ratings === null || ratings === 'suppressed' ? ratings : ratings[key];
  const table: AnalyticsTableModel = {
    title: 'Ratings at each survey',
    minimumCellSize,
    columns: ['Survey', ...ratingNames, 'Answers'],
    rows: surveys.map((survey) => [
      text(survey.label),
      ...guardedCells(countsAt(survey.key), ratingNames.length + 1, (counts) => [
        ...counts.map(count),
        count(counts.reduce((sum, value) => sum + value, 0)),
      ]),
    ]),
  };
  const bars = surveys.map((survey) => {
    const counts = countsAt(survey.key);
    return {
      survey: counts === 'suppressed' ? `${survey.label} (< ${minimumCellSize})` : survey.label,
      counts: counts === 'suppressed' ? null : counts,
    };
  });
  return (
    <FigureCard
      title="Ratings at each survey"
      description="Share of each rating, from 1 (strongly disagree) on the left to 5 (strongly agree) on the right."
      testId="rating-distribution"
    >
      <Chart
        option={ratingDistributionOption(bars)}
        height={230}
        summary="Stacked bar chart of the share of each rating at the baseline, end-of-mobility and follow-up surveys; the table below gives the counts."
      />
      <AnalyticsTable table={table} testId="rating-distribution-table" />
    </FigureCard>
  );
}
