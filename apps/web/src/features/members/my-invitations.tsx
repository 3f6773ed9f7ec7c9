import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailOpened } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { roleLabel } from './member-roles';

/**
 * Invitations waiting for the signed-in person's answer: an organisation opens to someone only once they accept.
 */
export function MyInvitations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.member.myInvitations.queryOptions());
  const answered = (title: string, message: string) => ({
    onSuccess: async () => {
      notifications.show({ color: 'green', title, message });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.member.myInvitations.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
      ]);
    },
    onError: (error: unknown) =>
      notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
  });
  const accept = useMutation(
    trpc.member.acceptInvitation.mutationOptions(
      answered('Invitation accepted', 'The organisation is in your list now.'),
    ),
  );
  const decline = useMutation(
    trpc.member.declineInvitation.mutationOptions(
      answered('Invitation declined', 'The invitation is withdrawn.'),
    ),
  );
  if (!invitations.data?.length) return null;

  return (
    <Stack gap="xs" mb="md">
      {invitations.data.map((invitation) => (
        <Alert
          key={invitation.organisationId}
          color="blue"
          icon={<IconMailOpened />}
          title={`Invitation to ${invitation.legalName}`}
        >
          <Group justify="space-between" gap="md">
            <Text size="sm">
              {invitation.invitedBy ?? 'Someone'} invites you as {roleLabel(invitation.role)}. You see the
              organisation's data only once you accept.
            </Text>
            <Group gap="xs">
              <Button
                size="xs"
                loading={accept.isPending}
                onClick={() => accept.mutate({ organisationId: invitation.organisationId })}
              >
                Accept
              </Button>
              <Button
                size="xs"
                variant="default"
                loading={decline.isPending}
                onClick={() => decline.mutate({ organisationId: invitation.organisationId })}
              >
                Decline
              </Button>
            </Group>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
