import { Alert, Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CompletePasswordLinkSchema } from '@mobilis/schema';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { AnchorLink, ButtonLink } from '../../components/links';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { LinkGate } from './link-gate';
import { useLinkToken } from './use-link-token';

export function ResetPasswordPage() {
  const token = useLinkToken();
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Stack gap="md">
        <Title order={2} size="h3">
          Choose a new password
        </Title>
        <LinkGate
          token={token}
          purpose="password_reset"
          whenInvalid={<AnchorLink to="/forgot-password">Ask for a new link</AnchorLink>}
        >
          <ResetPasswordForm token={token} />
        </LinkGate>
      </Stack>
    </Paper>
  );
}

function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: schemaValidate(CompletePasswordLinkSchema, (values: { password: string }) => ({
      token,
      ...values,
    })),
  });
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({ onError: (error) => setFailure(showServerError(form, error)) }),
  );

  if (reset.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="green" title="Your password is changed" role="status">
          Sign in with your new password. Every other session of your account was signed out.
        </Alert>
        <ButtonLink to="/login">Sign in</ButtonLink>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ password }) => {
        setFailure(null);
        reset.mutate({ token, password });
      })}
    >
      <Stack gap="md">
        <PasswordInput
          label="New password"
          description="At least 12 characters. A few unrelated words make a strong password."
          autoComplete="new-password"
          required
          autoFocus
          {...form.getInputProps('password')}
        />
        <FormFailure message={failure} />
        <Group justify="flex-end">
          <Button type="submit" loading={reset.isPending}>
            Save the password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
