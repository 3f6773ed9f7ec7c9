import { Button, Card, Group, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PasskeyResponseSchema } from '@mobilis/schema';
import { startRegistration } from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { FormFailure } from '../../components/page-states';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

type CreationOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];
type PasskeyResponse = z.input<typeof PasskeyResponseSchema>;

/**
 * Passkeys: the phone's or computer's own lock (fingerprint, face, PIN) or a security key as the second step,
 * which nobody can read off a screen or talk out of someone, unlike a code.
 */
export function PasskeysCard({ onRecoveryCodes }: { onRecoveryCodes: (codes: string[]) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.secondFactor.status.queryOptions());
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.secondFactor.status.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    ]);
  const options = useMutation(trpc.secondFactor.passkeyOptions.mutationOptions());
  const keep = useMutation(trpc.secondFactor.addPasskey.mutationOptions());
  const add = useMutation({
    mutationFn: async () => {
      // The options travel as JSON, which is what the browser library takes (tRPC's inferred type is wider).
      const optionsJSON = (await options.mutateAsync()) as unknown as CreationOptions;
      const response = await startRegistration({ optionsJSON });
      return keep.mutateAsync({
        name: name.trim() || 'Passkey',
        response: response as unknown as PasskeyResponse,
      });
    },
    onSuccess: async (result) => {
      notifications.show({ color: 'green', title: 'Passkey added', message: 'Signing in can use it now.' });
      setName('');
      if (result.recoveryCodes) onRecoveryCodes(result.recoveryCodes);
      await refresh();
    },
  });
  const remove = useMutation(
    trpc.secondFactor.removePasskey.mutationOptions({
      onSuccess: async () => {
        setPassword('');
        await refresh();
      },
    }),
  );
  const passkeys = status.data?.passkeys ?? [];

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={3} size="h4">
          Passkeys
        </Title>
        {passkeys.length > 0 ? (
          <Table aria-label="Passkeys">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Added</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {passkeys.map((passkey) => (
                <Table.Tr key={passkey.id}>
                  <Table.Td>{passkey.name}</Table.Td>
                  <Table.Td>{passkey.createdAt.slice(0, 10)}</Table.Td>
                  <Table.Td>{passkey.lastUsedAt?.slice(0, 10) ?? 'never'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${passkey.name}`}
                      loading={remove.isPending}
                      onClick={() => remove.mutate({ id: passkey.id, password })}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">
            A passkey lets you confirm sign-in with your device's fingerprint, face or PIN, or with a security
            key, instead of typing a code.
          </Text>
        )}
        {passkeys.length > 0 && (
          <PasswordInput
            label="Your password, to remove a passkey"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
        )}
        <FormFailure message={remove.error ? errorMessage(remove.error) : null} />
        <Group align="flex-end">
          <TextInput
            label="Name of the new passkey"
            placeholder="Work laptop"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <Button onClick={() => add.mutate()} loading={add.isPending}>
            Add a passkey
          </Button>
        </Group>
        <FormFailure message={add.error ? errorMessage(add.error) : null} />
      </Stack>
    </Card>
  );
}
