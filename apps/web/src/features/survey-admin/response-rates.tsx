import { Group, Progress, Table, Text } from '@mantine/core';
import type { RouterOutputs } from '@mobilis/api';
import { EmptyState } from '../../components/page-states';
import { waveLabel, waveOrder } from './survey-labels';

type WaveStats = RouterOutputs['survey']['projectStats'][number];

/** Per survey: how many are planned, sent, answered and excluded, and the share of those sent that came back. */
export function ResponseRates({ stats }: { stats: WaveStats[] }) {
  if (stats.length === 0) {
    return (
      <EmptyState title="No surveys planned yet">
        Surveys are planned for each mobility once it is planned, with its participants and dates.
      </EmptyState>
    );
  }
  const rows = [...stats].sort((a, b) => waveOrder(a.wave) - waveOrder(b.wave));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" aria-label="Response rates" data-testid="response-rates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Survey</Table.Th>
            <Table.Th ta="right">Planned</Table.Th>
            <Table.Th ta="right">Sent</Table.Th>
            <Table.Th ta="right">Answered</Table.Th>
            <Table.Th ta="right">Excluded</Table.Th>
            <Table.Th w={170}>Response rate</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const rate = row.responseRate === null ? null : Math.round(row.responseRate * 100);
            return (
              <Table.Tr key={row.wave}>
                <Table.Td>{waveLabel(row.wave)}</Table.Td>
                <Table.Td ta="right">{row.total}</Table.Td>
                <Table.Td ta="right">{row.sent}</Table.Td>
                <Table.Td ta="right">{row.submitted}</Table.Td>
                <Table.Td ta="right">{row.excluded}</Table.Td>
                <Table.Td>
                  {rate === null ? (
                    <Text size="sm" c="dimmed">
                      None sent yet
                    </Text>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Progress
                        value={rate}
                        w={80}
                        color={rate >= 70 ? 'green' : rate >= 40 ? 'yellow' : 'red'}
                        aria-label={`${waveLabel(row.wave)} response rate`}
                      />
                      <Text size="sm" fw={500}>
                        {rate} %
                      </Text>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
