import { Anchor, Group, ScrollArea, Table, Text } from '@mantine/core';
import type { RowIssue } from '@mobilis/schema';

interface RejectedRowsTableProps {
  issues: readonly RowIssue[];
  issueCount: number;
  downloadUrl: string;
}

/** Every problem of the rejected rows: line, column and why; all of them as a CSV to fix the file with. */
export function RejectedRowsTable({ issues, issueCount, downloadUrl }: RejectedRowsTableProps) {
  return (
    <>
      <Group justify="space-between">
        <Text fw={600}>Rejected rows</Text>
        <Anchor href={downloadUrl} download>
          Download the rejected rows (CSV)
        </Anchor>
      </Group>
      {issueCount > issues.length && (
        <Text size="sm" c="dimmed">
          The first {issues.length.toLocaleString('en')} of {issueCount.toLocaleString('en')} problems.
        </Text>
      )}
      <ScrollArea.Autosize mah={420}>
        <Table striped aria-label="Rejected rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th>Column</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.map((issue, index) => (
              <Table.Tr key={`${issue.line}:${issue.column}:${index}`}>
                <Table.Td>{issue.line}</Table.Td>
                <Table.Td>{issue.column}</Table.Td>
                <Table.Td>{issue.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}
