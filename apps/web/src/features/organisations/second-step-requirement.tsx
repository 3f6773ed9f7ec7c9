import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

/** A coordinator's choice that everyone who opens the organisation's data signs in in two steps. */
export function SecondStepRequirement({
  organisationId,
  required,
}: {
  organisationId: string;
  required: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const change = useMutation(
    trpc.secondFactor.setRequiredByOrganisation.mutationOptions({
      onSuccess: async (_result, input) => {
        notifications.show({
          color: 'green',
          title: input.required ? 'Two-step sign-in required' : 'Two-step sign-in optional',
          message: input.required
            ? 'Members without it see the data again once they have set it up and signed in again.'
            : 'Members may sign in with their password alone.',
        });
        await queryClient.invalidateQueries({ queryKey: trpc.organisation.list.queryKey() });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
    }),
  );
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Sign-in
        </Title>
        <Switch
          label="Require two-step sign-in of every member"
          checked={required}
          disabled={change.isPending}
          onChange={(event) => change.mutate({ organisationId, required: event.currentTarget.checked })}
        />
        <Text size="xs" c="dimmed">
          Participants' records include minors' data: with this on, a stolen password alone opens nothing
          here. Members set it up under Password and sign-in.
        </Text>
      </Stack>
    </Card>
  );
}
