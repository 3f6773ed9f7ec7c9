import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { FormFailure } from '../../components/page-states';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { useRefreshMembers } from './use-refresh-members';

interface RemoveMemberModalProps {
  organisationId: string;
  /** The member to remove; the modal is open while there is one. */
  member: { userId: string; displayName: string; email: string } | null;
  onClose: () => void;
}

export function RemoveMemberModal({ organisationId, member, onClose }: RemoveMemberModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshMembers(organisationId);
  const remove = useMutation(
    trpc.member.remove.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'green', title: 'Member removed', message: member?.displayName });
        await refresh();
        close();
      },
    }),
  );
  const close = () => {
    remove.reset();
    onClose();
  };

  return (
    <Modal opened={member !== null} onClose={close} title="Remove member">
      <Stack gap="md">
        <Text>
          Remove <strong>{member?.displayName}</strong> ({member?.email}) from this organisation? They lose
          access to it at once. Their account stays, and they can be invited again.
        </Text>
        <FormFailure message={remove.isError ? errorMessage(remove.error) : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => member && remove.mutate({ organisationId, userId: member.userId })}
          >
            Remove
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
