import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SecondFactorSignInSchema } from '@mobilis/schema';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { errorMessage, showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

interface SecondStepFormProps {
  /** What the password step gave: good for five minutes and five codes. */
  ticket: string;
  onSignedIn: () => Promise<void>;
  onExpired: () => void;
}

/** The second step of signing in: the code the authenticator app shows, or a recovery code. */
export function SecondStepForm({ ticket, onSignedIn, onExpired }: SecondStepFormProps) {
  const trpc = useTRPC();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { ticket, code: '' },
    validate: schemaValidate(SecondFactorSignInSchema),
  });
  const complete = useMutation(
    trpc.auth.completeSecondStep.mutationOptions({
      onSuccess: onSignedIn,
      onError: (error) => {
        if (/expired|sign in again/i.test(errorMessage(error))) onExpired();
        setFailure(showServerError(form, error));
      },
    }),
  );

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          complete.mutate(values);
        })}
      >
        <Stack gap="md">
          <Title order={2} size="h3">
            Two-step sign-in
          </Title>
          <Text size="sm">
            Type the 6-digit code your authenticator app shows for Mobilis. Without your phone, type one of
            the recovery codes you kept: each works once.
          </Text>
          <TextInput
            label="Code"
            autoComplete="one-time-code"
            inputMode="text"
            required
            autoFocus
            {...form.getInputProps('code')}
          />
          <FormFailure message={failure} />
          <Group justify="space-between">
            <Button variant="subtle" onClick={onExpired}>
              Start again
            </Button>
            <Button type="submit" loading={complete.isPending}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
