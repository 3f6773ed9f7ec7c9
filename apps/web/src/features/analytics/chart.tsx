import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import './print.css';
import { type ChartOption, init } from './echarts';

interface ChartProps {
  option: ChartOption;
  /** What the chart shows, in a sentence: its name for screen readers (the table beside it holds the numbers). */
  summary: string;
  height: number;
}

/** One ECharts chart, drawn as SVG; resized with its container and disposed with the component. */
export function Chart({ option, summary, height }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init>>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);

  return (
    <Box
      ref={container}
      role="img"
      aria-label={summary}
      w="100%"
      className="analytics-chart"
      style={{ '--analytics-chart-height': `${height}px` }}
      data-testid="analytics-chart"
    />
  );
}
