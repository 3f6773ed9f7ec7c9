import { seriesMarks, textStyle } from './chart-style';
import type { ChartOption } from './echarts';

export interface SurveyResponseBar {
  survey: string;
  sent: number;
  submitted: number;
}

/** Per survey, surveys sent beside those answered, counted on each bar. */
export function responseFunnelOption(bars: readonly SurveyResponseBar[]): ChartOption {
  const barLabel = { show: true, position: 'right' as const, ...textStyle };
  return {
    textStyle,
    grid: { left: 8, right: 40, top: 36, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, textStyle },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', axisLabel: textStyle, minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: bars.map((bar) => bar.survey), axisLabel: textStyle },
    series: [
      {
        type: 'bar',
        name: 'Sent',
        data: bars.map((bar) => bar.sent),
        itemStyle: { color: '#ffffff', borderColor: seriesMarks[0].color, borderWidth: 1.5 },
        label: barLabel,
      },
      {
        type: 'bar',
        name: 'Answered',
        data: bars.map((bar) => bar.submitted),
        itemStyle: { color: seriesMarks[0].color },
        label: barLabel,
      },
    ],
  };
}
