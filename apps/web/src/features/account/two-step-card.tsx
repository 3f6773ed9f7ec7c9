import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Image,
  List,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState, FormFailure, LoadingState } from '../../components/page-states';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

/**
 * Two-step sign-in with an authenticator app (any TOTP app: Google or Microsoft Authenticator, FreeOTP, 1Password…)
 * and ten single-use recovery codes, shown once.
 */
export function TwoStepCard({
  recoveryCodes,
  setRecoveryCodes,
}: {
  recoveryCodes: string[] | null;
  setRecoveryCodes: (codes: string[] | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.secondFactor.status.queryOptions());
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.secondFactor.status.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    ]);

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Two-step sign-in
          </Title>
          {status.data && (
            <Badge color={status.data.authenticator ? 'green' : 'gray'} variant="light">
              {status.data.authenticator ? 'On' : 'Off'}
            </Badge>
          )}
        </Group>
        {status.isPending && <LoadingState label="Loading…" />}
        {status.isError && <ErrorState title="Two-step sign-in could not be loaded" error={status.error} />}
        {recoveryCodes && <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />}
        {!recoveryCodes && status.data && !status.data.authenticator && (
          <SetUpAuthenticator
            required={status.data.requiredForAdministrators && status.data.passkeys.length === 0}
            onDone={async (codes) => {
              setRecoveryCodes(codes);
              await refresh();
            }}
          />
        )}
        {!recoveryCodes && status.data?.authenticator && (
          <AuthenticatorOn
            recoveryCodesLeft={status.data.recoveryCodesLeft}
            mayRemove={!status.data.requiredForAdministrators || status.data.passkeys.length > 0}
            onNewCodes={setRecoveryCodes}
            onRemoved={refresh}
          />
        )}
      </Stack>
    </Card>
  );
}

function SetUpAuthenticator({
  required,
  onDone,
}: {
  required: boolean;
  onDone: (codes: string[]) => Promise<void>;
}) {
  const trpc = useTRPC();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const start = useMutation(trpc.secondFactor.startAuthenticator.mutationOptions());
  const confirm = useMutation(
    trpc.secondFactor.confirmAuthenticator.mutationOptions({
      onSuccess: (result) => onDone(result.recoveryCodes),
      onError: (error) => setFailure(errorMessage(error)),
    }),
  );

  if (!start.data) {
    return (
      <Stack gap="sm" align="flex-start">
        {required && (
          <Alert color="orange" title="Administrators sign in in two steps">
            Set up an authenticator app now: until then, this server's administration stays closed to you.
          </Alert>
        )}
        <Text size="sm">
          After your password, Mobilis will also ask for a code from an app on your phone, so that a stolen
          password alone opens nothing.
        </Text>
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          Set up an authenticator app
        </Button>
        <FormFailure message={start.error ? errorMessage(start.error) : null} />
      </Stack>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFailure(null);
        confirm.mutate({ code });
      }}
    >
      <Stack gap="sm">
        <Text size="sm">1. Scan this code with your authenticator app, or type the key below into it.</Text>
        <Image
          src={`data:image/svg+xml;utf8,${encodeURIComponent(start.data.qrSvg)}`}
          alt="QR code to scan with your authenticator app"
          w={180}
          h={180}
        />
        <Text size="sm">
          Key:{' '}
          <Code data-testid="authenticator-key">{start.data.secret.replace(/(.{4})/g, '$1 ').trim()}</Code>
        </Text>
        <TextInput
          label="2. The 6-digit code the app shows now"
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          required
        />
        <FormFailure message={failure} />
        <Group justify="flex-end">
          <Button type="submit" loading={confirm.isPending}>
            Turn on two-step sign-in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const text = codes.join('\n');
  return (
    <Stack gap="sm">
      <Alert color="green" title="Keep these recovery codes">
        Each code signs you in once without your phone. They are shown only now: print them, or keep them in a
        password manager.
      </Alert>
      <List spacing={2} data-testid="recovery-codes" ff="monospace">
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="light" color={copied ? 'green' : 'blue'} onClick={copy}>
              {copied ? 'Copied' : 'Copy the codes'}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="light"
          component="a"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(`Mobilis recovery codes\n\n${text}\n`)}`}
          download="mobilis-recovery-codes.txt"
        >
          Download as text
        </Button>
        <Button onClick={onDone}>I have kept them</Button>
      </Group>
    </Stack>
  );
}

interface AuthenticatorOnProps {
  recoveryCodesLeft: number;
  mayRemove: boolean;
  onNewCodes: (codes: string[]) => void;
  onRemoved: () => Promise<unknown>;
}

function AuthenticatorOn({ recoveryCodesLeft, mayRemove, onNewCodes, onRemoved }: AuthenticatorOnProps) {
  const trpc = useTRPC();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const renew = useMutation(
    trpc.secondFactor.newRecoveryCodes.mutationOptions({
      onSuccess: (result) => onNewCodes(result.recoveryCodes),
    }),
  );
  const remove = useMutation(
    trpc.secondFactor.removeAuthenticator.mutationOptions({
      onSuccess: async () => {
        notifications.show({
          color: 'green',
          title: 'Two-step sign-in is off',
          message: 'Your password is enough again.',
        });
        await onRemoved();
      },
    }),
  );
  return (
    <Stack gap="sm">
      <Text size="sm">
        Signing in asks for a code from your authenticator app. {recoveryCodesLeft} of 10 recovery codes left.
      </Text>
      <Group align="flex-end">
        <TextInput
          label="Code from the app"
          autoComplete="one-time-code"
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
        <Button variant="light" loading={renew.isPending} onClick={() => renew.mutate({ code })}>
          New recovery codes
        </Button>
      </Group>
      <FormFailure message={renew.error ? errorMessage(renew.error) : null} />
      {mayRemove && (
        <>
          <Group align="flex-end">
            <PasswordInput
              label="Your password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button
              variant="default"
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate({ password })}
            >
              Turn off
            </Button>
          </Group>
          <FormFailure message={remove.error ? errorMessage(remove.error) : null} />
        </>
      )}
    </Stack>
  );
}
