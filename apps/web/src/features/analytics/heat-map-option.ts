import type { ChangeSummary, Guarded } from '@mobilis/schema';
import { changeScale, ink, suppressedFill, textStyle } from './chart-style';
import type { ChartOption } from './echarts';
import { formatChange } from './table-cells';

export interface HeatMapInput {
  rows: string[];
  columns: string[];
  /** cells[row][column]: each group's change from baseline to the end of the mobility. */
  cells: Guarded<ChangeSummary>[][];
  minimumCellSize: number;
}

/** The height a heat map needs for its rows. */
export function heatMapHeight(rowCount: number): number {
  return 90 + rowCount * 30;
}

/**
 * Outcomes down the side, groups across, colour for the mean change with the number written in each cell (so it
 * reads in black and white too). Withheld cells are grey and say "< k"; cells nobody answered stay empty.
 */
export function heatMapOption(input: HeatMapInput): ChartOption {
  const shown: Array<{ value: [number, number, number]; label: { color: string } }> = [];
  const withheld: Array<[number, number, number]> = [];
  input.cells.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      if (cell === 'suppressed') withheld.push([column, rowIndex, 0]);
      else if (cell) shown.push({ value: [column, rowIndex, cell.mean], label: { color: ink } });
    });
  });
  const largest = Math.max(0.5, ...shown.map((cell) => Math.abs(cell.value[2])));
  for (const cell of shown) if (Math.abs(cell.value[2]) > largest * 0.6) cell.label.color = '#ffffff';
  return {
    textStyle,
    grid: { left: 8, right: 16, top: 8, bottom: 56, outerBoundsMode: 'same' },
    tooltip: {
      formatter: (params) => {
        const { value, seriesIndex } = params as { value: number[]; seriesIndex: number };
        const [column = 0, row = 0, mean = 0] = value;
        const figure =
          seriesIndex === 0 ? formatChange(mean) : `fewer than ${input.minimumCellSize} respondents`;
        return `${input.rows[row] ?? ''}<br/>${input.columns[column] ?? ''}: ${figure}`;
      },
    },
    xAxis: {
      type: 'category',
      data: input.columns,
      position: 'top',
      splitArea: { show: false },
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { ...textStyle, width: 120, overflow: 'truncate', interval: 0 },
    },
    yAxis: {
      type: 'category',
      data: input.rows,
      inverse: true,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { ...textStyle, width: 240, overflow: 'truncate' },
    },
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min: -largest,
      max: largest,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: ['Gain', 'Decline'],
      textStyle,
      inRange: { color: changeScale },
      formatter: (value) => formatChange(Number(value)),
    },
    series: [
      {
        type: 'heatmap',
        name: 'Mean change',
        data: shown,
        label: {
          show: true,
          fontSize: 11,
          formatter: (params) => formatChange((params.value as number[])[2] ?? 0),
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
      },
      {
        type: 'heatmap',
        name: 'Withheld',
        data: withheld,
        label: { show: true, fontSize: 11, color: ink, formatter: `< ${input.minimumCellSize}` },
        itemStyle: { color: suppressedFill, borderColor: '#ffffff', borderWidth: 2 },
      },
    ],
  };
}
