import { Anchor, Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

const people = (count: number) => `${count} participant${count === 1 ? '' : 's'}`;

/**
 * How long the organisation keeps participants' personal data after their last project ends, and what the retention
 * schedule will erase with the setting typed, before it does. For coordinators.
 */
export function RetentionSettings({ organisationId }: { organisationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const stored = useQuery(trpc.retention.settings.queryOptions({ organisationId }));
  const [years, setYears] = useState<number | undefined>(undefined);
  const [contact, setContact] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (stored.data && years === undefined) setYears(stored.data.years);
    if (stored.data && contact === undefined) setContact(stored.data.privacyContact ?? '');
  }, [stored.data, years, contact]);
  const [typed] = useDebouncedValue(years, 300);
  const valid = typed !== undefined && Number.isInteger(typed) && typed >= 1 && typed <= 30;
  const preview = useQuery({
    ...trpc.retention.settings.queryOptions({ organisationId, years: valid ? typed : undefined }),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  const save = useMutation(
    trpc.retention.update.mutationOptions({
      onSuccess: async (result) => {
        notifications.show({
          color: 'green',
          title: 'Settings saved',
          message: `Personal data are kept ${result.years} years after a participant's last project ends.`,
        });
        await queryClient.invalidateQueries({ queryKey: trpc.retention.pathKey() });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
    }),
  );
  const shown = preview.data ?? stored.data;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Participants' personal data
        </Title>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label="Years after a participant's last project ends"
            description="Erasmus+ grant agreements ask for records to be kept five years after the final payment."
            min={1}
            max={30}
            value={years ?? ''}
            onChange={(value) => setYears(typeof value === 'number' ? value : undefined)}
            w={340}
          />
        </Group>
        <TextInput
          label="Contact for participants' questions about their data"
          description="A data protection officer or an office, with an e-mail address; shown on the privacy page."
          value={contact ?? ''}
          onChange={(event) => setContact(event.currentTarget.value)}
          maxLength={300}
        />
        <Group>
          <Button
            variant="default"
            disabled={
              !valid ||
              (typed === stored.data?.years && (contact ?? '') === (stored.data?.privacyContact ?? ''))
            }
            loading={save.isPending}
            onClick={() =>
              valid && save.mutate({ organisationId, years: typed, privacyContact: contact ?? '' })
            }
          >
            Save
          </Button>
          <Anchor href={`/privacy/${organisationId}`} target="_blank" size="sm">
            See the privacy page participants read
          </Anchor>
        </Group>
        {shown && (
          <Text size="sm" role="status">
            With {shown.years} years, the schedule erases {people(shown.dueNow)} now and{' '}
            {people(shown.dueWithin30Days)} within 30 days, as on their request: their name, contact and
            answers in their own words go; their mobilities and ratings stay, without identity.
          </Text>
        )}
        {shown && (
          <Text size="xs" c="dimmed">
            Uploaded import files are emptied {shown.purgeAfterDays.importFiles} days after the import
            finished, and sent e-mails deleted after {shown.purgeAfterDays.messages} days.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
