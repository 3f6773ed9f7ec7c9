import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '../../components/page-states';
import { useTRPC } from '../../lib/trpc';

interface PastImportsTableProps {
  organisationId: string;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** The organisation's imports, newest first, to come back to a report. */
export function PastImportsTable({ organisationId, selectedId, onSelect }: PastImportsTableProps) {
  const trpc = useTRPC();
  const imports = useQuery(trpc.import.list.queryOptions({ organisationId }));
  if (imports.isPending) return <LoadingState label="Loading past imports…" />;
  if (imports.isError) return <ErrorState title="Past imports could not be loaded" error={imports.error} />;
  if (imports.data.length === 0) return <Text c="dimmed">No imports yet.</Text>;
  return (
    <Table aria-label="Past imports" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>File</Table.Th>
          <Table.Th>Project</Table.Th>
          <Table.Th>Uploaded</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {imports.data.map((job) => (
          <Table.Tr key={job.id} bg={job.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}>
            <Table.Td>
              <Anchor component="button" type="button" onClick={() => onSelect(job.id)}>
                {job.fileName}
              </Anchor>
            </Table.Td>
            <Table.Td>{job.grantAgreementNumber}</Table.Td>
            <Table.Td>{new Date(job.createdAt).toLocaleString('en-GB')}</Table.Td>
            <Table.Td>
              <Badge variant="light">{job.status}</Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
