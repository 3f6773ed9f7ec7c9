import { Text } from '@mantine/core';
import { countryName } from '../../lib/labels';
import { AnalyticsTable } from './analytics-table';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import { type Flow, flowsHeight, flowsOption } from './flows-option';
import { type AnalyticsTableModel, count, text } from './table-cells';

interface FlowsFigureProps {
  flows: readonly Flow[];
  minimumCellSize: number;
}

/** Where participants went: a Sankey diagram from sending to receiving country, and the same flows as a table. */
export function FlowsFigure({ flows, minimumCellSize }: FlowsFigureProps) {
  const sorted = [...flows].sort((a, b) => b.respondents - a.respondents);
  const table: AnalyticsTableModel = {
    title: 'Where participants went',
    minimumCellSize,
    columns: ['From', 'To', 'Participants'],
    rows: sorted.map((flow) => [
      text(countryName(flow.from)),
      text(countryName(flow.to)),
      count(flow.respondents),
    ]),
  };
  return (
    <FigureCard
      title="Where participants went"
      description={`Participants who were sent a survey, from the country they left to the country they went to. Routes taken by fewer than ${minimumCellSize} participants are left out.`}
      testId="flows"
    >
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          No route has {minimumCellSize} or more participants yet.
        </Text>
      ) : (
        <>
          <Chart
            option={flowsOption(sorted)}
            height={flowsHeight(sorted)}
            summary={`Sankey diagram of ${sorted.length} routes from sending to receiving countries; the table below lists them.`}
          />
          <AnalyticsTable table={table} testId="flows-table" />
        </>
      )}
    </FigureCard>
  );
}
