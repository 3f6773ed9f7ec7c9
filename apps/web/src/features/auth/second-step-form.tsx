import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type PasskeyResponseSchema, SecondFactorSignInSchema } from '@mobilis/schema';
import { startAuthentication } from '@simplewebauthn/browser';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { errorMessage, showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

type PasskeyResponse = z.input<typeof PasskeyResponseSchema>;
type RequestOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];

interface SecondStepFormProps {
  /** What the password step gave: good for five minutes and five codes. */
  ticket: string;
  /** Which second steps the account has. */
  steps: { authenticator: boolean; passkey: boolean };
  onSignedIn: () => Promise<void>;
  onExpired: () => void;
}

/** The second step of signing in: the code the authenticator app shows, or a recovery code. */
export function SecondStepForm({ ticket, steps, onSignedIn, onExpired }: SecondStepFormProps) {
  const trpc = useTRPC();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { ticket, code: '' },
    validate: schemaValidate(SecondFactorSignInSchema),
  });
  const passkeyOptions = useMutation(trpc.auth.passkeyOptions.mutationOptions());
  const withPasskey = useMutation(trpc.auth.completeSecondStepWithPasskey.mutationOptions());
  const complete = useMutation(
    trpc.auth.completeSecondStep.mutationOptions({
      onSuccess: onSignedIn,
      onError: (error) => {
        if (/expired|sign in again/i.test(errorMessage(error))) onExpired();
        setFailure(showServerError(form, error));
      },
    }),
  );

  const passkey = useMutation({
    mutationFn: async () => {
      // The options travel as JSON, which is what the browser library takes (tRPC's inferred type is wider).
      const optionsJSON = (await passkeyOptions.mutateAsync({ ticket })) as unknown as RequestOptions;
      const response = await startAuthentication({ optionsJSON });
      return withPasskey.mutateAsync({ ticket, response: response as unknown as PasskeyResponse });
    },
    onSuccess: onSignedIn,
    onError: (error) => setFailure(errorMessage(error)),
  });

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
          {steps.passkey && (
            <Button variant="light" loading={passkey.isPending} onClick={() => passkey.mutate()}>
              Use a passkey
            </Button>
          )}
          <Text size="sm">
            {steps.authenticator
              ? 'Type the 6-digit code your authenticator app shows for Mobilis, or one of the recovery codes you kept (each works once).'
              : 'Or type one of the recovery codes you kept (each works once).'}
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
