import type { Guarded, ItemSummary } from '@mobilis/schema';
import { AnalyticsTable } from './analytics-table';
import { figureOf } from './analytics-types';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import { changePoint, intervalChartHeight, intervalChartOption } from './interval-chart-option';
import { changeCells, changeColumns, shareCells, shareColumns } from './summary-cells';
import { type AnalyticsTableModel, text } from './table-cells';

const changeKinds = [
  { key: 'change', label: 'Baseline → end of mobility' },
  { key: 'retrospective', label: 'Looking back: before → now' },
  { key: 'followUp', label: 'Baseline → follow-up' },
] as const;

const shareKinds = [
  { key: 'lasting', label: 'Lasting effect: kept at least half the gain at follow-up' },
  { key: 'postOnly', label: 'Agree at the end, without a baseline (weaker evidence)' },
] as const;

interface ChangeKindsFigureProps {
  total: Guarded<ItemSummary>;
  minimumCellSize: number;
}

/**
 * The change measured three ways (the same person before and after; looking back at the end; months later), and
 * whether it lasted.
 */
export function ChangeKindsFigure({ total, minimumCellSize }: ChangeKindsFigureProps) {
  const pick = <K extends keyof ItemSummary>(key: K) => figureOf(total, key);
  const changes: AnalyticsTableModel = {
    title: 'Change',
    minimumCellSize,
    columns: ['Measure', ...changeColumns],
    rows: changeKinds.map((kind) => [text(kind.label), ...changeCells(pick(kind.key))]),
  };
  const shares: AnalyticsTableModel = {
    title: 'Lasting effect and agreement without baseline',
    minimumCellSize,
    columns: ['Measure', ...shareColumns],
    rows: shareKinds.map((kind) => [text(kind.label), ...shareCells(pick(kind.key))]),
  };
  const option = intervalChartOption({
    categories: changeKinds.map((kind) => kind.label),
    series: [{ name: 'Mean change', points: changeKinds.map((kind) => changePoint(pick(kind.key))) }],
    orientation: 'horizontal',
    valueName: 'Mean change (rating points)',
    minimumCellSize,
  });
  return (
    <FigureCard
      title="Change"
      description="Mean change with its 95% interval, measured three ways. Lasting effect: of those who improved by the end and answered the follow-up, the share who kept at least half of their gain."
      testId="change-kinds"
    >
      <Chart
        option={option}
        height={intervalChartHeight(changeKinds.length)}
        summary="Dot-and-whisker chart of the mean change from baseline to end, looking back, and from baseline to follow-up; the table below gives the numbers."
      />
      <AnalyticsTable table={changes} testId="change-kinds-table" />
      <AnalyticsTable table={shares} testId="shares-table" />
    </FigureCard>
  );
}
