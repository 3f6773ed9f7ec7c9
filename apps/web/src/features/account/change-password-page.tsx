import { Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ChangePasswordSchema } from '@mobilis/schema';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useSignedInUser } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { PasskeysCard } from './passkeys-card';
import { TwoStepCard } from './two-step-card';

export function ChangePasswordPage() {
  const user = useSignedInUser();
  const trpc = useTRPC();
  const [failure, setFailure] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: schemaValidate(ChangePasswordSchema),
  });
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: 'green',
          title: 'Password changed',
          message: 'Your other sessions were signed out; this one stays signed in.',
        });
      },
      onError: (error) => setFailure(showServerError(form, error)),
    }),
  );

  return (
    <Stack gap="md" maw={560}>
      <div>
        <Title order={2}>Your account</Title>
        <Text c="dimmed">
          {user.displayName} · {user.email}
        </Text>
      </div>
      <Card withBorder padding="lg">
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setFailure(null);
            change.mutate(values);
          })}
        >
          <Stack gap="md">
            <Title order={3} size="h4">
              Change password
            </Title>
            <PasswordInput
              label="Current password"
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label="New password"
              description="At least 12 characters. A few unrelated words make a strong password."
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <FormFailure message={failure} />
            <Group justify="flex-end">
              <Button type="submit" loading={change.isPending}>
                Change password
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <TwoStepCard recoveryCodes={recoveryCodes} setRecoveryCodes={setRecoveryCodes} />
      <PasskeysCard onRecoveryCodes={setRecoveryCodes} />
    </Stack>
  );
}
