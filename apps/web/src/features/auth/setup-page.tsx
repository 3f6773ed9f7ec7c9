import { Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SetupSchema } from '@mobilis/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { LinkGate } from './link-gate';
import { useLinkToken } from './use-link-token';

/** The first administrator, through the link the server prints when it starts on an empty database. */
export function SetupPage() {
  const token = useLinkToken();
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Stack gap="md">
        <Title order={2} size="h3">
          Set up Mobilis
        </Title>
        <LinkGate
          token={token}
          purpose="setup"
          whenInvalid="If nobody has set up this server yet, restart it: it prints a new setup link in its log."
        >
          <SetupForm token={token} />
        </LinkGate>
      </Stack>
    </Paper>
  );
}

interface SetupValues {
  displayName: string;
  email: string;
  password: string;
}

function SetupForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SetupValues>({
    initialValues: { displayName: '', email: '', password: '' },
    validate: schemaValidate(SetupSchema, (values: SetupValues) => ({ token, ...values })),
  });
  const setup = useMutation(
    trpc.auth.completeSetup.mutationOptions({
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
      onSubmit={form.onSubmit((values) => {
        setFailure(null);
        setup.mutate({ token, ...values });
      })}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Create the first administrator. Administrators create organisations and invite their coordinators.
        </Text>
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          autoFocus
          {...form.getInputProps('displayName')}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          description="At least 12 characters. A few unrelated words make a strong password."
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <FormFailure message={failure} />
        <Group justify="flex-end">
          <Button type="submit" loading={setup.isPending}>
            Create the administrator
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
