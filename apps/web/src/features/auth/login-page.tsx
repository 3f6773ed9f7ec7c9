import { Button, Group, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LoginSchema } from '@mobilis/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { AnchorLink } from '../../components/links';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { SecondStepForm } from './second-step-form';

export function LoginPage({ redirect }: { redirect: string | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: schemaValidate(LoginSchema),
  });
  const [ticket, setTicket] = useState<{
    ticket: string;
    steps: { authenticator: boolean; passkey: boolean };
  } | null>(null);
  const signedIn = async () => {
    // Nothing read as someone else (or as nobody) may show for the person who just signed in.
    queryClient.clear();
    await navigate({ href: redirect ?? '/' });
  };
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (result) => {
        if (result.secondStepTicket && result.secondSteps)
          setTicket({ ticket: result.secondStepTicket, steps: result.secondSteps });
        else await signedIn();
      },
      // The server's own words for a wrong password or too many attempts: they say what to do.
      onError: (error) => setFailure(showServerError(form, error)),
    }),
  );

  if (ticket)
    return (
      <SecondStepForm
        ticket={ticket.ticket}
        steps={ticket.steps}
        onSignedIn={signedIn}
        onExpired={() => setTicket(null)}
      />
    );

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          login.mutate(values);
        })}
      >
        <Stack gap="md">
          <Title order={2} size="h3">
            Sign in
          </Title>
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <FormFailure message={failure} />
          <Group justify="space-between">
            <AnchorLink to="/forgot-password" size="sm">
              Forgot your password?
            </AnchorLink>
            <Button type="submit" loading={login.isPending}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
