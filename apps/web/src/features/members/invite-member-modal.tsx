import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { InviteMemberSchema, type MembershipRole } from '@mobilis/schema';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { type InvitationToPassOn, invitationOutcome } from './invitation-link-modal';
import { roleOptions } from './member-roles';
import { useRefreshMembers } from './use-refresh-members';

interface InviteValues {
  displayName: string;
  email: string;
  role: MembershipRole | null;
}

const blank: InviteValues = { displayName: '', email: '', role: 'viewer' };

interface InviteMemberModalProps {
  organisationId: string;
  opened: boolean;
  onClose: () => void;
  onPassOn: (invitation: InvitationToPassOn) => void;
}

export function InviteMemberModal({ organisationId, opened, onClose, onPassOn }: InviteMemberModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshMembers(organisationId);
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: InviteValues) => ({ organisationId, ...values, role: values.role ?? undefined });
  const form = useForm<InviteValues>({
    initialValues: blank,
    validate: schemaValidate(InviteMemberSchema, toInput),
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const invite = useMutation(
    trpc.member.invite.mutationOptions({
      onSuccess: async (result, input) => {
        notifications.show({
          color: 'green',
          title: result.awaitingApproval ? 'Invitation proposed' : `${input.displayName} was invited`,
          message: invitationOutcome(result, input.email),
        });
        await refresh();
        close();
        if (result.invitationLink) onPassOn({ name: input.displayName, link: result.invitationLink });
      },
      onError: (error) => setFailure(showServerError(form, error)),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title="Invite a member">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          invite.mutate(InviteMemberSchema.parse(toInput(values)));
        })}
      >
        <Stack gap="md">
          <TextInput
            label="Name"
            autoComplete="off"
            required
            data-autofocus
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            required
            {...form.getInputProps('email')}
          />
          <Select
            label="Role"
            description="Coordinators manage the organisation; viewers only read."
            data={roleOptions}
            allowDeselect={false}
            required
            {...form.getInputProps('role')}
          />
          <Text size="xs" c="dimmed">
            The person gets access once they accept. Mobilis e-mails the invitation; where this server sends
            no e-mail, you are given the link to pass on.
          </Text>
          <FormFailure message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
