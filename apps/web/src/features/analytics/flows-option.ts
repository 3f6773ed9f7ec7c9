import { countryName } from '../../lib/labels';
import { ink, seriesMarks, textStyle } from './chart-style';
import type { ChartOption } from './echarts';

export interface Flow {
  from: string;
  to: string;
  respondents: number;
}

// A country can send and receive: its two sides are two nodes, or the diagram would have cycles.
const sendingNode = (code: string) => `from:${code}`;
const receivingNode = (code: string) => `to:${code}`;
const countryOfNode = (node: string) => countryName(node.slice(node.indexOf(':') + 1));

/** Sending countries on the left, receiving countries on the right, bands as wide as the respondents. */
export function flowsOption(flows: readonly Flow[]): ChartOption {
  const nodes = [
    ...new Set([
      ...flows.map((flow) => sendingNode(flow.from)),
      ...flows.map((flow) => receivingNode(flow.to)),
    ]),
  ];
  return {
    textStyle,
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { dataType, data } = params as {
          dataType: string;
          data: { source?: string; target?: string; value?: number; name?: string };
        };
        if (dataType === 'edge')
          return `${countryOfNode(data.source ?? '')} → ${countryOfNode(data.target ?? '')}: ${data.value ?? 0}`;
        return countryOfNode(data.name ?? '');
      },
    },
    series: [
      {
        type: 'sankey',
        left: 130,
        right: 130,
        top: 8,
        bottom: 8,
        nodeGap: 12,
        draggable: false,
        // Sending countries are named on their left, receiving countries on their right, clear of the bands.
        data: nodes.map((name) => ({
          name,
          itemStyle: { color: seriesMarks[0].color, borderColor: ink },
          label: { position: name.startsWith('from:') ? ('left' as const) : ('right' as const) },
        })),
        links: flows.map((flow) => ({
          source: sendingNode(flow.from),
          target: receivingNode(flow.to),
          value: flow.respondents,
        })),
        label: { ...textStyle, formatter: (params) => countryOfNode(params.name) },
        // Solid and light, so the bands print as light grey and the labels stay readable.
        lineStyle: { color: '#c5d6e8', opacity: 1 },
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}

export function flowsHeight(flows: readonly Flow[]): number {
  const sides = Math.max(
    new Set(flows.map((flow) => flow.from)).size,
    new Set(flows.map((flow) => flow.to)).size,
  );
  return Math.max(220, sides * 44);
}
