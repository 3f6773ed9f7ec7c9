import { Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RouterOutputs } from '@mobilis/api';
import type { SurveyWave } from '@mobilis/schema';
import { IconBell } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AnchorLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { formatDate } from '../../lib/labels';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { formatDateTime, isAwaitingAnswer, waveLabel, waveOptions } from './survey-labels';
import { SurveyStatusBadge } from './survey-status-badge';

type Outstanding = RouterOutputs['survey']['outstanding'][number];

interface OutstandingSurveysProps {
  organisationId: string;
  projectId: string;
  canEdit: boolean;
}

/** Everyone in the project who has not answered a survey that went out; coordinators remind many at once. */
export function OutstandingSurveys({ organisationId, projectId, canEdit }: OutstandingSurveysProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [wave, setWave] = useState<SurveyWave | null>(null);
  const [minDays, setMinDays] = useState<number | string>(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const minDaysOverdue = typeof minDays === 'number' && minDays > 0 ? minDays : undefined;
  const outstanding = useQuery({
    ...trpc.survey.outstanding.queryOptions({
      organisationId,
      projectId,
      ...(wave ? { wave } : {}),
      ...(minDaysOverdue !== undefined ? { minDaysOverdue } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const rows = outstanding.data ?? [];
  // Only what is listed under the current filters, and can be reminded, counts as chosen.
  const remindable = rows.filter((row) => isAwaitingAnswer(row.status));
  const chosen = remindable.filter((row) => selected.has(row.id));
  const remind = useMutation(
    trpc.survey.remindMany.mutationOptions({
      onSuccess: async (counts) => {
        const skipped = counts.too_soon + counts.not_open + counts.no_address;
        const reasons = [
          counts.too_soon > 0 && `${counts.too_soon} reminded in the last 24 hours`,
          counts.not_open > 0 && `${counts.not_open} no longer open`,
          counts.no_address > 0 && `${counts.no_address} without an e-mail address`,
        ].filter(Boolean);
        notifications.show({
          color: counts.sent > 0 ? 'green' : 'orange',
          title: `${counts.sent} ${counts.sent === 1 ? 'reminder' : 'reminders'} sent`,
          message: skipped > 0 ? `${skipped} skipped: ${reasons.join(', ')}.` : 'None skipped.',
        });
        setSelected(new Set());
        await queryClient.invalidateQueries({ queryKey: trpc.survey.pathKey() });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'No reminders sent', message: errorMessage(error) }),
    }),
  );
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = remindable.length > 0 && chosen.length === remindable.length;

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Survey"
          placeholder="All surveys"
          data={waveOptions}
          value={wave}
          onChange={(value) => setWave(value as SurveyWave | null)}
          clearable
          w={200}
        />
        <NumberInput
          label="Overdue by at least"
          suffix=" days"
          min={0}
          max={3650}
          allowDecimal={false}
          value={minDays}
          onChange={setMinDays}
          w={200}
        />
        {canEdit && (
          <Button
            leftSection={<IconBell size={16} />}
            disabled={chosen.length === 0}
            loading={remind.isPending}
            onClick={() => remind.mutate({ organisationId, surveyIds: chosen.map((row) => row.id) })}
            ml="auto"
          >
            Send reminder{chosen.length > 0 ? ` (${chosen.length})` : ''}
          </Button>
        )}
      </Group>
      {outstanding.isPending && <LoadingState label="Loading who has not answered…" />}
      {outstanding.isError && <ErrorState title="The list could not be loaded" error={outstanding.error} />}
      {outstanding.data?.length === 0 && (
        <EmptyState title="Nobody is waiting to answer">
          Everyone who was sent a survey{wave ? ` (${waveLabel(wave).toLowerCase()})` : ''}
          {minDaysOverdue ? ` at least ${minDaysOverdue} days ago` : ''} has answered it.
        </EmptyState>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label="Surveys not answered" data-testid="outstanding-surveys">
            <Table.Thead>
              <Table.Tr>
                {canEdit && (
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label="Select everyone listed"
                      checked={allChosen}
                      indeterminate={chosen.length > 0 && !allChosen}
                      disabled={remindable.length === 0}
                      onChange={(event) =>
                        setSelected(
                          event.currentTarget.checked ? new Set(remindable.map((row) => row.id)) : new Set(),
                        )
                      }
                    />
                  </Table.Th>
                )}
                <Table.Th>Participant</Table.Th>
                <Table.Th>Survey</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th ta="right">Days overdue</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last reminder</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <OutstandingRow
                  key={row.id}
                  organisationId={organisationId}
                  row={row}
                  canEdit={canEdit}
                  checked={selected.has(row.id)}
                  onToggle={toggle}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

interface OutstandingRowProps {
  organisationId: string;
  row: Outstanding;
  canEdit: boolean;
  checked: boolean;
  onToggle: (id: string, on: boolean) => void;
}

function OutstandingRow({ organisationId, row, canEdit, checked, onToggle }: OutstandingRowProps) {
  const name = `${row.givenName} ${row.familyName}`;
  const canRemind = isAwaitingAnswer(row.status);
  return (
    <Table.Tr bg={checked ? 'var(--mantine-color-blue-light)' : undefined}>
      {canEdit && (
        <Table.Td>
          <Checkbox
            aria-label={`Select ${name} (${waveLabel(row.wave).toLowerCase()} survey)`}
            checked={checked && canRemind}
            disabled={!canRemind}
            onChange={(event) => onToggle(row.id, event.currentTarget.checked)}
          />
        </Table.Td>
      )}
      <Table.Td>
        <Stack gap={0}>
          <AnchorLink
            to="/o/$organisationId/mobilities/$mobilityId"
            params={{ organisationId, mobilityId: row.mobilityId }}
            size="sm"
          >
            {name}
          </AnchorLink>
          {row.email && (
            <Text size="xs" c="dimmed">
              {row.email}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{waveLabel(row.wave)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(row.dueDate)}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={row.daysOverdue >= 14 ? 600 : undefined}>
          {row.daysOverdue}
        </Text>
      </Table.Td>
      <Table.Td>
        <SurveyStatusBadge status={row.status} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(row.lastReminderAt)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
