import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useTRPC } from '../../lib/trpc';

export function UsersPage() {
  const trpc = useTRPC();
  const users = useQuery(trpc.admin.users.queryOptions());

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Users</Title>
        <Text c="dimmed" size="sm">
          Every account on this server. People get an account when they are invited to an organisation.
        </Text>
      </div>
      <Card withBorder padding={0}>
        {users.isPending && <LoadingState label="Loading users…" />}
        {users.isError && <ErrorState title="The users could not be loaded" error={users.error} />}
        {users.data?.length === 0 && <EmptyState title="No users yet" />}
        {users.data && users.data.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="sm" horizontalSpacing="md" aria-label="Users">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Access</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Created</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td fw={500}>{user.displayName}</Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>
                      {user.isPlatformAdmin ? (
                        <Badge variant="light" color="grape">
                          Administrator
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Organisation member
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {user.hasPassword ? (
                        <Badge variant="dot" color="green">
                          Active
                        </Badge>
                      ) : (
                        <Badge variant="dot" color="yellow">
                          Invitation pending
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{new Date(user.createdAt).toLocaleDateString()}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
