import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CompletePasswordLinkSchema } from '@mobilis/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { LinkGate } from './link-gate';
import { useLinkToken } from './use-link-token';

export function AcceptInvitationPage() {
  const token = useLinkToken();
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Stack gap="md">
        <Title order={2} size="h3">
          Accept your invitation
        </Title>
        <LinkGate
          token={token}
          purpose="invitation"
          whenInvalid="Ask the person who invited you to invite you again. If you chose a password already, sign in with it."
        >
          <AcceptInvitationForm token={token} />
        </LinkGate>
      </Stack>
    </Paper>
  );
}

function AcceptInvitationForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: schemaValidate(CompletePasswordLinkSchema, (values: { password: string }) => ({
      token,
      ...values,
    })),
  });
  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await navigate({ to: '/' });
      },
      onError: (error) => setFailure(showServerError(form, error)),
    }),
  );

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ password }) => {
        setFailure(null);
        accept.mutate({ token, password });
      })}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Choose the password you will sign in with. Your e-mail address is your user name.
        </Text>
        <PasswordInput
          label="Choose a password"
          description="At least 12 characters. A few unrelated words make a strong password."
          autoComplete="new-password"
          required
          autoFocus
          {...form.getInputProps('password')}
        />
        <FormFailure message={failure} />
        <Group justify="flex-end">
          <Button type="submit" loading={accept.isPending}>
            Accept and sign in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
