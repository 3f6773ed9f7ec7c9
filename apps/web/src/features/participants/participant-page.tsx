import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RouterOutputs } from '@mobilis/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { AuditTrail } from '../../components/audit-trail';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailsTable } from '../../components/details-table';
import { AnchorLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { RecordActions } from '../../components/record-actions';
import {
  barrierLabel,
  countryName,
  formatDate,
  genderLabel,
  languageName,
  participantKindLabel,
} from '../../lib/labels';
import { errorCode, errorMessage } from '../../lib/server-error';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { EraseParticipantModal } from './erase-participant-modal';
import { ParticipantFormModal } from './participant-form-modal';

type Participant = RouterOutputs['participant']['byId'];

interface ParticipantPageProps {
  organisationId: string;
  participantId: string;
  /** The participant's mobilities (a table of the mobilities feature). */
  mobilities: ReactNode;
}

const fieldLabels = {
  givenName: 'Given name',
  familyName: 'Family name',
  birthDate: 'Birth date',
  preferredLanguage: 'Preferred language',
  fewerOpportunities: 'Fewer opportunities',
  esi: 'ESI',
};

function formatAuditValue(field: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (field === 'kind') return participantKindLabel(value);
  if (field === 'nationality') return countryName(value);
  if (field === 'preferredLanguage') return languageName(value);
  return undefined;
}

export function ParticipantPage({ organisationId, participantId, mobilities }: ParticipantPageProps) {
  const trpc = useTRPC();
  const { canEdit } = useMemberAccess(organisationId);
  const participant = useQuery(trpc.participant.byId.queryOptions({ organisationId, id: participantId }));
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [erasing, setErasing] = useState(false);

  if (participant.isPending) return <LoadingState label="Loading the participant…" />;
  if (participant.isError) {
    return errorCode(participant.error) === 'NOT_FOUND' ? (
      <EmptyState title="Participant not found">
        They may have been deleted, or belong to another organisation.{' '}
        <AnchorLink to="/o/$organisationId/participants" params={{ organisationId }}>
          See the participants
        </AnchorLink>
      </EmptyState>
    ) : (
      <ErrorState title="The participant could not be loaded" error={participant.error} />
    );
  }
  const data = participant.data;
  const name = `${data.givenName} ${data.familyName}`;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            <AnchorLink to="/o/$organisationId/participants" params={{ organisationId }} size="sm">
              Participants
            </AnchorLink>{' '}
            › Participant
          </Text>
          <Title order={2}>{name}</Title>
          <Group gap="xs" mt={6}>
            <Badge variant="light">{participantKindLabel(data.kind)}</Badge>
            {data.fewerOpportunities && (
              <Badge variant="light" color="grape">
                Fewer opportunities
              </Badge>
            )}
          </Group>
        </div>
        {canEdit && !data.erasedAt && (
          <Group gap="xs">
            <Button
              variant="subtle"
              component="a"
              href={`/api/organisations/${organisationId}/participants/${participantId}/data.zip`}
              download
            >
              Copy of their data
            </Button>
            <Button variant="subtle" color="red" onClick={() => setErasing(true)}>
              Erase personal data
            </Button>
            <RecordActions onEdit={() => setEditing(true)} onDelete={() => setDeleting(true)} />
          </Group>
        )}
      </Group>
      {data.erasedAt && (
        <Alert color="gray" title="Personal data erased">
          Erased on {formatDate(String(data.erasedAt).slice(0, 10))} at the participant's request. This record
          stays without identity, for the programme's statistics.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="sm">
            Details
          </Title>
          <DetailsTable label="Participant details" rows={detailRows(data)} />
        </Card>
        <Stack gap="lg">
          {data.fewerOpportunities && <Barriers barriers={data.barriers} />}
          <AuditTrail
            organisationId={organisationId}
            entityType="participant"
            entityId={participantId}
            fieldLabels={fieldLabels}
            formatValue={formatAuditValue}
          />
        </Stack>
      </SimpleGrid>
      <Stack gap="sm" component="section" aria-labelledby="participant-mobilities">
        <Title order={3} size="h4" id="participant-mobilities">
          Mobilities of {name}
        </Title>
        {mobilities}
      </Stack>
      {canEdit && editing && (
        <ParticipantFormModal
          organisationId={organisationId}
          participant={data}
          opened
          onClose={() => setEditing(false)}
        />
      )}
      {canEdit && erasing && (
        <EraseParticipantModal
          organisationId={organisationId}
          participant={data}
          opened
          onClose={() => setErasing(false)}
        />
      )}
      {canEdit && (
        <DeleteParticipant
          organisationId={organisationId}
          participant={data}
          opened={deleting}
          onClose={() => setDeleting(false)}
        />
      )}
    </Stack>
  );
}

function detailRows(participant: Participant): Array<[string, ReactNode]> {
  return [
    ['Given name', participant.givenName],
    ['Family name', participant.familyName],
    ['Email', participant.email ?? '—'],
    // An erased participant's stored birth date only keeps their age bands.
    ['Birth date', participant.erasedAt ? '—' : formatDate(participant.birthDate)],
    ['Gender', genderLabel(participant.gender)],
    ['Nationality', countryName(participant.nationality)],
    ['Preferred language', languageName(participant.preferredLanguage)],
    ['Kind', participantKindLabel(participant.kind)],
    ['Fewer opportunities', participant.fewerOpportunities ? 'Yes' : 'No'],
    ...(participant.kind === 'student' || participant.esi
      ? [['European Student Identifier', participant.esi ?? '—'] as [string, ReactNode]]
      : []),
  ];
}

/** Barrier categories: null for members without access to special categories, to whom the server sends none. */
function Barriers({ barriers }: { barriers: string[] | null }) {
  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb="xs">
        Barriers
      </Title>
      {barriers === null ? (
        <Text size="sm" c="dimmed">
          Only coordinators with access to special categories see which barriers a participant faces.
        </Text>
      ) : barriers.length === 0 ? (
        <Text size="sm" c="dimmed">
          None recorded.
        </Text>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            {barriers.map((barrier) => (
              <Badge key={barrier} variant="outline" color="grape">
                {barrierLabel(barrier)}
              </Badge>
            ))}
          </Group>
          <Alert color="yellow" variant="light" p="xs">
            <Text size="xs">Sensitive: share only with those who organise the participant's support.</Text>
          </Alert>
        </Stack>
      )}
    </Card>
  );
}

interface DeleteParticipantProps {
  organisationId: string;
  participant: Participant;
  opened: boolean;
  onClose: () => void;
}

function DeleteParticipant({ organisationId, participant, opened, onClose }: DeleteParticipantProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const name = `${participant.givenName} ${participant.familyName}`;
  const remove = useMutation(
    trpc.participant.delete.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'green', title: 'Participant deleted', message: name });
        await navigate({ to: '/o/$organisationId/participants', params: { organisationId } });
        queryClient.removeQueries({
          queryKey: trpc.participant.byId.queryKey({ organisationId, id: participant.id }),
        });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.participant.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.mobility.pathKey() }),
        ]);
      },
    }),
  );
  const close = () => {
    remove.reset();
    onClose();
  };

  return (
    <ConfirmModal
      opened={opened}
      title="Delete participant"
      confirmLabel={`Delete ${name}`}
      busy={remove.isPending}
      failure={remove.isError ? errorMessage(remove.error) : null}
      onConfirm={() => remove.mutate({ organisationId, id: participant.id })}
      onClose={close}
    >
      <Text>
        Delete <strong>{name}</strong>? They are removed from every mobility they take part in, and their
        details are gone for good. The history keeps only that it happened.
      </Text>
    </ConfirmModal>
  );
}
