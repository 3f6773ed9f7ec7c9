import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useTRPC } from '../../lib/trpc';

const actions: Record<string, string> = {
  invite: 'invited',
  approve: 'approved the invitation of',
  resend_invitation: 'sent the invitation again to',
  accept: 'accepted the invitation',
  decline: 'declined the invitation',
  change_role: 'changed the role of',
  grant_special_categories: 'gave access to special categories (barriers) to',
  withdraw_special_categories: 'withdrew access to special categories (barriers) from',
  remove: 'removed',
  create: 'created the organisation',
  update: 'changed the organisation',
};

/**
 * Who opened or changed the organisation, and when: every invitation, approval and removal, every change of its
 * profile and sign-in rules, with platform administrators marked. For coordinators.
 */
export function AccessHistory({ organisationId }: { organisationId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.audit.access.queryOptions({ organisationId }));
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">
            Access history
          </Title>
          <Text size="sm" c="dimmed">
            Who gave or changed access to this organisation, administrators of the server included.
          </Text>
        </div>
        {history.isPending && <LoadingState label="Loading the history…" />}
        {history.isError && <ErrorState title="The history could not be loaded" error={history.error} />}
        {history.data?.length === 0 && <EmptyState title="Nothing recorded yet" />}
        {history.data && history.data.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label="Access history" verticalSpacing="xs">
              <Table.Tbody>
                {history.data.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td w={170}>
                      <Text size="sm" c="dimmed">
                        {new Date(event.occurredAt).toLocaleString('en-GB', {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="wrap">
                        <Text size="sm" fw={500}>
                          {event.actorName ?? 'Someone no longer on this server'}
                        </Text>
                        {event.actorIsAdministrator && (
                          <Badge size="sm" color="orange" variant="light">
                            Platform administrator
                          </Badge>
                        )}
                        <Text size="sm">
                          {actions[event.action] ?? event.action}
                          {event.entityType === 'membership' &&
                          !['accept', 'decline'].includes(event.action) &&
                          event.subjectName
                            ? ` ${event.subjectName}`
                            : ''}
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
