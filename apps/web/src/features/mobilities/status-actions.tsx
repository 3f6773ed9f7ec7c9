import { Alert, Button, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MobilityStatus } from '@mobilis/schema';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmModal } from '../../components/confirm-modal';
import { statusLabel } from '../../lib/labels';
import { errorMessage, fieldErrorsOf } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import type { MobilityDetails } from './mobility-form-values';

const actionLabels: Record<MobilityStatus, string> = {
  draft: 'Return to draft',
  planned: 'Mark as planned',
  ongoing: 'Mark as ongoing',
  completed: 'Mark as completed',
  cancelled: 'Cancel mobility',
};

const fieldLabels: Record<string, string> = {
  status: 'Status',
  participation: 'Participants',
  activityType: 'Activity type',
  startDate: 'Start date',
  endDate: 'End date',
  sendingOrganisationId: 'Sending organisation',
  receivingOrganisationId: 'Receiving organisation',
  blended: 'Blended',
  longTerm: 'Long-term',
  travelDays: 'Travel days',
  'destination.country': 'Destination',
};

const fieldLabel = (field: string) =>
  fieldLabels[field] ?? fieldLabels[field.split('.')[0] ?? field] ?? field;

/**
 * A button for each status the mobility can move to. One that the mobility is not ready for stays visible but
 * does nothing, with the reasons beside it; a change the server refuses lists the server's reasons by field.
 */
export function StatusActions({
  organisationId,
  mobility,
}: {
  organisationId: string;
  mobility: MobilityDetails;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const change = useMutation(
    trpc.mobility.changeStatus.mutationOptions({
      onSuccess: async ({ status }) => {
        setCancelling(false);
        notifications.show({
          color: 'green',
          title: 'Status changed',
          message: `Now ${statusLabel(status)}`,
        });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.mobility.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
    }),
  );
  const move = (to: MobilityStatus) => change.mutate({ organisationId, id: mobility.id, status: to });
  const blocked = mobility.transitions.filter((transition) => !transition.ok);

  if (mobility.transitions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        A {statusLabel(mobility.status).toLowerCase()} mobility does not change status any more.
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      <Group gap="xs">
        {mobility.transitions.map((transition) => {
          const reasons = transition.ok ? [] : (transition.reasons ?? []);
          const button = (
            <Button
              key={transition.to}
              variant={
                transition.to === 'cancelled' ? 'light' : transition.to === 'draft' ? 'default' : 'filled'
              }
              color={transition.to === 'cancelled' ? 'red' : undefined}
              size="sm"
              loading={change.isPending && change.variables?.status === transition.to}
              // Still focusable, so that keyboard users reach the reasons in the tooltip.
              data-disabled={transition.ok ? undefined : true}
              aria-disabled={transition.ok ? undefined : true}
              aria-describedby={transition.ok ? undefined : `reasons-${transition.to}`}
              onClick={() => {
                if (!transition.ok) return;
                if (transition.to === 'cancelled') setCancelling(true);
                else move(transition.to);
              }}
            >
              {actionLabels[transition.to]}
            </Button>
          );
          return transition.ok ? (
            button
          ) : (
            <Tooltip
              key={transition.to}
              label={reasons.map((reason) => reason.message).join(' · ')}
              multiline
              w={320}
              withArrow
              events={{ hover: true, focus: true, touch: true }}
            >
              {button}
            </Tooltip>
          );
        })}
      </Group>
      {blocked.map((transition) => (
        <div key={transition.to} id={`reasons-${transition.to}`}>
          <Text size="sm" fw={500}>
            Not yet {statusLabel(transition.to).toLowerCase()}:
          </Text>
          <List size="sm" spacing={2}>
            {(transition.reasons ?? []).map((reason) => (
              <List.Item key={`${reason.field}:${reason.message}`}>{reason.message}</List.Item>
            ))}
          </List>
        </div>
      ))}
      {change.isError && <RefusedChange error={change.error} />}
      <ConfirmModal
        opened={cancelling}
        title="Cancel mobility"
        confirmLabel="Cancel mobility"
        busy={change.isPending}
        failure={null}
        onConfirm={() => move('cancelled')}
        onClose={() => setCancelling(false)}
      >
        <Text>
          Cancel this mobility? It stays on record as cancelled and can be turned back into a draft later.
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

/** The server's reasons for refusing a status change, field by field. */
function RefusedChange({ error }: { error: unknown }) {
  const fieldErrors = fieldErrorsOf(error);
  return (
    <Alert color="red" icon={<IconAlertCircle />} title="The status was not changed" role="alert">
      {fieldErrors ? (
        <List size="sm" spacing={2}>
          {Object.entries(fieldErrors).flatMap(([field, messages]) =>
            (messages ?? []).map((message) => (
              <List.Item key={`${field}:${message}`}>
                <Text span fw={600} size="sm">
                  {fieldLabel(field)}:
                </Text>{' '}
                {message}
              </List.Item>
            )),
          )}
        </List>
      ) : (
        errorMessage(error)
      )}
    </Alert>
  );
}
