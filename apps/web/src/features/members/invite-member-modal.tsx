import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { InviteMemberSchema, type MembershipRole } from '@mobilis/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { roleOptions } from './member-roles';

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
}

export function InviteMemberModal({ organisationId, opened, onClose }: InviteMemberModalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
          title: `${input.displayName} was invited`,
          message: result.newAccount
            ? `We e-mailed ${input.email} a link to choose a password.`
            : `${input.email} has an account already and was told by e-mail.`,
        });
        await queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey({ organisationId }) });
        close();
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
            Mobilis e-mails an invitation link. Where this server has no mail server set up, the message waits
            in the administrators' outbox (Administration › Outbox) to be passed on.
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
