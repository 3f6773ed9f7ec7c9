import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { RequestPasswordResetSchema } from '@mobilis/schema';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { AnchorLink } from '../../components/links';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

export function ForgotPasswordPage() {
  const trpc = useTRPC();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: schemaValidate(RequestPasswordResetSchema),
  });
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onError: (error) => setFailure(showServerError(form, error)),
    }),
  );

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Stack gap="md">
        <Title order={2} size="h3">
          Reset your password
        </Title>
        {request.isSuccess ? (
          // The same answer whether or not the address has an account, as the server gives.
          <Alert color="blue" title="Check your e-mail" role="status">
            If an account exists for {form.values.email}, we sent a link to choose a new password. The link
            works for one hour.
          </Alert>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit((values) => {
              setFailure(null);
              request.mutate(values);
            })}
          >
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                Enter the e-mail address of your account. We will send you a link to choose a new password.
              </Text>
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                autoFocus
                {...form.getInputProps('email')}
              />
              <FormFailure message={failure} />
              <Group justify="flex-end">
                <Button type="submit" loading={request.isPending}>
                  Send the link
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <AnchorLink to="/login" size="sm">
          Back to sign in
        </AnchorLink>
      </Stack>
    </Paper>
  );
}
