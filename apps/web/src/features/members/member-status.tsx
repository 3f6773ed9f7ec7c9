import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RouterOutputs } from '@mobilis/api';
import { useMutation } from '@tanstack/react-query';
import { errorMessage } from '../../lib/server-error';
import { membershipIn, useSignedInUser } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { type InvitationToPassOn, invitationOutcome } from './invitation-link-modal';
import { useRefreshMembers } from './use-refresh-members';

type Member = RouterOutputs['member']['list'][number];

interface MemberStatusProps {
  organisationId: string;
  member: Member;
  canManage: boolean;
  onPassOn: (invitation: InvitationToPassOn) => void;
}

/**
 * Where a membership stands, and what a manager can do about it: send a pending invitation again, or (a
 * coordinator) approve one an administrator proposed. Declining it is removing it.
 */
export function MemberStatus({ organisationId, member, canManage, onPassOn }: MemberStatusProps) {
  const trpc = useTRPC();
  const refresh = useRefreshMembers(organisationId);
  const isCoordinator = membershipIn(useSignedInUser(), organisationId) === 'coordinator';
  const onDone = (title: string) => ({
    onSuccess: async (result: { invitationLink: string | null; emailed: boolean }) => {
      notifications.show({ color: 'green', title, message: invitationOutcome(result, member.email) });
      if (result.invitationLink) onPassOn({ name: member.displayName, link: result.invitationLink });
      await refresh();
    },
    onError: (error: unknown) =>
      notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
  });
  const resend = useMutation(trpc.member.resendInvitation.mutationOptions(onDone('Invitation sent again')));
  const approve = useMutation(trpc.member.approve.mutationOptions(onDone('Invitation approved')));
  const target = { organisationId, userId: member.userId };

  if (member.status === 'active') {
    return (
      <Badge color="green" variant="dot">
        Active
      </Badge>
    );
  }
  if (member.status === 'invited') {
    return (
      <Group gap="xs">
        <Badge color="yellow" variant="dot">
          Invitation pending
        </Badge>
        {canManage && (
          <Button
            size="compact-xs"
            variant="subtle"
            loading={resend.isPending}
            aria-label={`Send again to ${member.displayName}`}
            onClick={() => resend.mutate(target)}
          >
            Send again
          </Button>
        )}
      </Group>
    );
  }
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge color="orange" variant="dot">
          Awaiting approval
        </Badge>
        {isCoordinator && (
          <Button
            size="compact-xs"
            variant="light"
            loading={approve.isPending}
            aria-label={`Approve the invitation of ${member.displayName}`}
            onClick={() => approve.mutate(target)}
          >
            Approve
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        Proposed by {member.invitedBy ?? 'a former account'}
        {member.invitedByAdministrator ? ', a platform administrator' : ''}. Nobody is invited until a
        coordinator approves; remove it to decline.
      </Text>
    </Stack>
  );
}
