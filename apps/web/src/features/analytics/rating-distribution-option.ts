import { messagesEn, type RatingCounts } from '@mobilis/schema';
import { ratingColours, ratingLabelColours, textStyle } from './chart-style';
import type { ChartOption } from './echarts';

export const ratingNames = ([1, 2, 3, 4, 5] as const).map(
  (rating) => `${rating} · ${messagesEn[`rating.${rating}`]}`,
);

export interface RatingBar {
  survey: string;
  /** Null when the survey's ratings are withheld or nobody answered. */
  counts: RatingCounts | null;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Per survey, the share of each rating from 1 to 5, stacked to 100 %, light to dark. */
export function ratingDistributionOption(bars: readonly RatingBar[]): ChartOption {
  return {
    textStyle,
    grid: { left: 8, right: 16, top: 56, bottom: 24, outerBoundsMode: 'same' },
    legend: { top: 0, textStyle, itemStyle: { borderColor: '#868e96', borderWidth: 1 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => `${value} %` },
    xAxis: { type: 'value', max: 100, axisLabel: { ...textStyle, formatter: '{value} %' } },
    yAxis: { type: 'category', inverse: true, data: bars.map((bar) => bar.survey), axisLabel: textStyle },
    series: ratingNames.map((name, rating) => ({
      type: 'bar' as const,
      name,
      stack: 'ratings',
      barWidth: 26,
      data: bars.map((bar) => {
        const total = bar.counts?.reduce((sum, count) => sum + count, 0) ?? 0;
        return bar.counts ? percent(bar.counts[rating] ?? 0, total) : null;
      }),
      itemStyle: { color: ratingColours[rating], borderColor: '#868e96', borderWidth: 0.5 },
      label: {
        show: true,
        color: ratingLabelColours[rating],
        fontSize: 11,
        formatter: (params: { value: unknown }) =>
          Number(params.value) >= 6 ? `${Math.round(Number(params.value))} %` : '',
      },
    })),
  };
}
