import { Alert, Stack } from '@mantine/core';
import { OneTimeTokenSchema } from '@mobilis/schema';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '../../components/page-states';
import { useTRPC } from '../../lib/trpc';

interface LinkGateProps {
  token: string;
  purpose: 'setup' | 'invitation' | 'password_reset';
  /** What to do instead when the link cannot be used. */
  whenInvalid: ReactNode;
  children: ReactNode;
}

/** Asks the server whether a one-time link still works before showing its form. */
export function LinkGate({ token, purpose, whenInvalid, children }: LinkGateProps) {
  const trpc = useTRPC();
  const wellFormed = OneTimeTokenSchema.safeParse(token).success;
  const status = useQuery({
    ...trpc.auth.linkStatus.queryOptions({ token, purpose }),
    enabled: wellFormed,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (wellFormed && status.isPending) return <LoadingState label="Checking your link…" />;
  if (status.isError) return <ErrorState title="Your link could not be checked" error={status.error} />;
  if (!wellFormed || !status.data?.valid) {
    return (
      <Alert color="orange" title="This link is not valid any more" role="alert">
        <Stack gap="xs">
          <span>It may have been used already, have expired, or been copied only in part.</span>
          <span>{whenInvalid}</span>
        </Stack>
      </Alert>
    );
  }
  return children;
}
