import { Alert, Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

const databaseLabels = { embedded: 'Embedded (PGlite)', postgresql: 'PostgreSQL' } as const;

export function AboutPage() {
  const trpc = useTRPC();
  const info = useQuery(trpc.system.info.queryOptions());

  return (
    <Stack gap="md">
      <Title order={2}>About this server</Title>
      {info.isPending && (
        <Group>
          <Loader size="sm" />
          <Text c="dimmed">Asking the server…</Text>
        </Group>
      )}
      {info.isError && (
        <Alert color="red" title="The server did not answer" role="alert">
          {info.error.message}
        </Alert>
      )}
      {info.data && (
        <Card withBorder padding="lg" maw={640}>
          <Table variant="vertical" layout="fixed" aria-label="Server information">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={200}>Mobilis version</Table.Th>
                <Table.Td data-testid="server-version">{info.data.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Database</Table.Th>
                <Table.Td>
                  <Badge variant="light" data-testid="database-kind">
                    {databaseLabels[info.data.database.kind]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Database engine</Table.Th>
                <Table.Td>
                  {info.data.database.engineVersion
                    ? `PostgreSQL ${info.data.database.engineVersion}`
                    : 'PostgreSQL (the version is shown once you sign in)'}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Installation created</Table.Th>
                <Table.Td>{new Date(info.data.instance.createdAt).toLocaleString()}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Installation ID</Table.Th>
                <Table.Td data-testid="instance-id">{info.data.instance.id}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
