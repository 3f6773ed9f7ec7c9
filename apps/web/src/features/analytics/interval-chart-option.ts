import type { ChangeSummary, Guarded, MeanDifference } from '@mobilis/schema';
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import { gridLine, ink, seriesMarks, suppressedFill, textStyle } from './chart-style';
import type { ChartOption } from './echarts';
import { formatChange, formatInterval } from './table-cells';

/** A mean with its 95% interval. */
export interface IntervalPoint {
  mean: number;
  low: number;
  high: number;
}

/** A point, withheld ("< k" on the zero line), or absent (nothing drawn). */
export type GuardedPoint = IntervalPoint | 'suppressed' | null;

/** A group's mean change as a point; without an interval (one respondent) the whisker has no length. */
export function changePoint(value: Guarded<ChangeSummary>): GuardedPoint {
  if (value === null || value === 'suppressed') return value;
  return { mean: value.mean, low: value.ci95?.low ?? value.mean, high: value.ci95?.high ?? value.mean };
}

export function differencePoint(value: Guarded<MeanDifference>): GuardedPoint {
  if (value === null || value === 'suppressed') return value;
  return { mean: value.difference, ...value.ci95 };
}

/** The height a chart needs for `count` categories down the side with `seriesCount` dots each. */
export function intervalChartHeight(count: number, seriesCount = 1): number {
  return Math.max(180, 70 + count * (seriesCount > 1 ? 40 : 30) + (seriesCount > 1 ? 24 : 0));
}

export interface IntervalSeries {
  name: string;
  /** One per category. */
  points: GuardedPoint[];
}

export interface IntervalChartInput {
  categories: string[];
  series: IntervalSeries[];
  /** Horizontal: categories down the side, values across (long names); vertical: categories along the bottom. */
  orientation: 'horizontal' | 'vertical';
  valueName: string;
  minimumCellSize: number;
  /** Join the means with a line, for a trend. */
  connect?: boolean;
}

const markerSize = 9;
const capSize = 4;

function markerShape(shape: string, x: number, y: number) {
  const r = markerSize / 2;
  if (shape === 'diamond')
    return {
      type: 'polygon',
      shape: {
        points: [
          [x, y - r - 1],
          [x + r + 1, y],
          [x, y + r + 1],
          [x - r - 1, y],
        ],
      },
    };
  if (shape === 'square') return { type: 'rect', shape: { x: x - r, y: y - r, width: 2 * r, height: 2 * r } };
  return { type: 'circle', shape: { cx: x, cy: y, r } };
}

/**
 * Where a series' mark of one category goes: values along the value axis, groups of one category side by side.
 * Data rows are [category, mean, low, high, series].
 */
function placement(
  orientation: IntervalChartInput['orientation'],
  seriesCount: number,
  api: CustomSeriesRenderItemAPI,
) {
  const horizontal = orientation === 'horizontal';
  const category = api.value(0) as number;
  const band = api.size?.(horizontal ? [0, 1] : [1, 0]) as number[] | undefined;
  const bandWidth = (horizontal ? band?.[1] : band?.[0]) ?? 20;
  const step = Math.min(bandWidth / (seriesCount + 1), 16);
  const shift = ((api.value(4) as number) - (seriesCount - 1) / 2) * step;
  return (value: number): [number, number] => {
    const [x = 0, y = 0] = horizontal ? api.coord([value, category]) : api.coord([category, value]);
    return horizontal ? [x, y + shift] : [x + shift, y];
  };
}

/** Draws one dot and its whisker. */
function renderInterval(orientation: IntervalChartInput['orientation'], seriesCount: number) {
  const horizontal = orientation === 'horizontal';
  return (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
    const at = placement(orientation, seriesCount, api);
    const [mx, my] = at(api.value(1) as number);
    const [lx, ly] = at(api.value(2) as number);
    const [hx, hy] = at(api.value(3) as number);
    const mark = seriesMarks[(api.value(4) as number) % seriesMarks.length] ?? seriesMarks[0];
    const line = (x1: number, y1: number, x2: number, y2: number) => ({
      type: 'line',
      shape: { x1, y1, x2, y2 },
      style: { stroke: mark.color, lineWidth: 1.5 },
    });
    const caps = horizontal
      ? [line(lx, ly - capSize, lx, ly + capSize), line(hx, hy - capSize, hx, hy + capSize)]
      : [line(lx - capSize, ly, lx + capSize, ly), line(hx - capSize, hy, hx + capSize, hy)];
    const dot = {
      ...markerShape(mark.shape, mx, my),
      style: { fill: mark.color, stroke: '#ffffff', lineWidth: 1 },
    };
    return { type: 'group', children: [line(lx, ly, hx, hy), ...caps, dot] } as CustomSeriesRenderItemReturn;
  };
}

/** Draws "< k" on the zero line where a group's figure is withheld. */
function renderWithheld(orientation: IntervalChartInput['orientation'], seriesCount: number, label: string) {
  return (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
    const [x, y] = placement(orientation, seriesCount, api)(0);
    return {
      type: 'text',
      x,
      y,
      style: {
        text: label,
        fill: ink,
        fontSize: 10,
        align: 'center',
        verticalAlign: 'middle',
        backgroundColor: suppressedFill,
        padding: [1, 4],
      },
    } as CustomSeriesRenderItemReturn;
  };
}

/** Dots and whiskers: each group's mean with its 95% interval, against a line at zero. */
export function intervalChartOption(input: IntervalChartInput): ChartOption {
  const horizontal = input.orientation === 'horizontal';
  const seriesCount = input.series.length;
  const rows = (wanted: (point: GuardedPoint) => boolean) =>
    input.series.flatMap((series, seriesIndex) =>
      series.points.flatMap((point, category) => {
        if (!wanted(point)) return [];
        const { mean, low, high } = point && point !== 'suppressed' ? point : { mean: 0, low: 0, high: 0 };
        return [[category, mean, low, high, seriesIndex]];
      }),
    );
  const categoryAxis = {
    type: 'category' as const,
    data: input.categories,
    inverse: horizontal,
    axisLine: { onZero: true, lineStyle: { color: ink } },
    axisTick: { show: false },
    axisLabel: { ...textStyle, width: 240, overflow: 'truncate' as const },
  };
  const valueAxis = {
    type: 'value' as const,
    name: input.valueName,
    nameLocation: 'middle' as const,
    nameGap: 28,
    nameTextStyle: textStyle,
    axisLabel: textStyle,
    splitLine: { lineStyle: { color: gridLine } },
  };
  const encode = horizontal ? { x: [1, 2, 3], y: 0 } : { x: 0, y: [1, 2, 3] };
  const mark = (index: number) => seriesMarks[index % seriesMarks.length] ?? seriesMarks[0];
  const lines = input.connect
    ? input.series.map((series, index) => ({
        type: 'line' as const,
        name: series.name,
        data: series.points.map((point) => (point && point !== 'suppressed' ? point.mean : null)),
        symbol: 'none',
        lineStyle: { color: mark(index).color, width: 1.5, type: 'dashed' as const },
        tooltip: { show: false },
        z: 2,
      }))
    : [];
  return {
    textStyle,
    grid: { left: 8, right: 24, top: seriesCount > 1 ? 36 : 12, bottom: 36, outerBoundsMode: 'same' },
    legend:
      seriesCount > 1
        ? {
            top: 0,
            textStyle,
            data: input.series.map((series, index) => ({
              name: series.name,
              icon: mark(index).shape,
              itemStyle: { color: mark(index).color },
            })),
          }
        : undefined,
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { value } = params as { value: number[] };
        const [category = 0, mean = 0, low = 0, high = 0, series = 0] = value;
        const name = input.series[series]?.name ?? '';
        const figure =
          (params as { seriesId?: string }).seriesId === 'withheld'
            ? `fewer than ${input.minimumCellSize} respondents`
            : `${formatChange(mean)} ${formatInterval({ low, high })}`;
        return `${input.categories[category] ?? ''}<br/>${name}: ${figure}`;
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      ...input.series.map((series, index) => ({
        type: 'custom' as const,
        name: series.name,
        renderItem: renderInterval(input.orientation, seriesCount),
        encode,
        data: rows((point) => point !== null && point !== 'suppressed').filter((row) => row[4] === index),
        z: 3,
      })),
      {
        type: 'custom' as const,
        id: 'withheld',
        name: 'Withheld',
        renderItem: renderWithheld(input.orientation, seriesCount, `< ${input.minimumCellSize}`),
        encode,
        data: rows((point) => point === 'suppressed'),
        z: 4,
      },
      ...lines,
    ],
  };
}
