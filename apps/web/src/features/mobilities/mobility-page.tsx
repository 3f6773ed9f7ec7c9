import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type OutcomeCode, outcomeByCode } from '@mobilis/schema';
import { IconCircleCheck, IconEdit } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { AuditTrail } from '../../components/audit-trail';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailsTable } from '../../components/details-table';
import { AnchorLink, ButtonLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { RecordActions } from '../../components/record-actions';
import {
  activityTypeLabel,
  countryName,
  formatDate,
  formatDateRange,
  statusLabel,
  transportLabel,
} from '../../lib/labels';
import { errorCode, errorMessage } from '../../lib/server-error';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { FindingsList } from './findings';
import type { MobilityDetails } from './mobility-form-values';
import { MobilityStatusBadge } from './mobility-status-badge';
import { MetricsFigures } from './mobility-summary';
import { StatusActions } from './status-actions';

const roleLabels: Record<string, string> = {
  participant: 'Participant',
  learner: 'Learner',
  accompanying: 'Accompanying person',
};

const auditFieldLabels = {
  activityType: 'Activity type',
  participation: 'Participants',
  sendingOrganisationId: 'Sending organisation',
  receivingOrganisationId: 'Receiving organisation',
  meansOfTransport: 'Means of transport',
  longTerm: 'Long-term',
  targetOutcomes: 'Target outcomes',
  participantId: 'Certificate of',
};

export function MobilityPage({ organisationId, mobilityId }: { organisationId: string; mobilityId: string }) {
  const trpc = useTRPC();
  const { canEdit } = useMemberAccess(organisationId);
  const mobility = useQuery(trpc.mobility.byId.queryOptions({ organisationId, id: mobilityId }));
  const partners = useQuery(trpc.partner.list.queryOptions({ organisationId }));
  const projects = useQuery(trpc.project.list.queryOptions({ organisationId }));
  const [deleting, setDeleting] = useState(false);

  if (mobility.isPending) return <LoadingState label="Loading the mobility…" />;
  if (mobility.isError) {
    return errorCode(mobility.error) === 'NOT_FOUND' ? (
      <EmptyState title="Mobility not found">
        It may have been deleted, or it belongs to another organisation.{' '}
        <AnchorLink to="/o/$organisationId/mobilities" params={{ organisationId }}>
          See the mobilities
        </AnchorLink>
      </EmptyState>
    ) : (
      <ErrorState title="The mobility could not be loaded" error={mobility.error} />
    );
  }
  const data = mobility.data;
  const partnerName = (id: string | null | undefined) => {
    if (!id) return undefined;
    const partner = partners.data?.find((candidate) => candidate.id === id);
    return partner ? `${partner.legalName} (${partner.city}, ${countryName(partner.country)})` : undefined;
  };
  const project = projects.data?.find((candidate) => candidate.id === data.projectId);
  const names = data.participants.map((person) => `${person.givenName} ${person.familyName}`).join(', ');
  const personName = (id: string) => {
    const person = data.participants.find((candidate) => candidate.id === id);
    return person ? `${person.givenName} ${person.familyName}` : 'a participant no longer in it';
  };

  const formatAuditValue = (field: string, value: unknown): string | undefined => {
    if (value === null || value === undefined) return undefined;
    if (field === 'activityType' && typeof value === 'string') return activityTypeLabel(value);
    if (field === 'status' && typeof value === 'string') return statusLabel(value);
    if (field === 'meansOfTransport' && typeof value === 'string') return transportLabel(value);
    if (field === 'participantId' && typeof value === 'string') return personName(value);
    if (
      (field === 'sendingOrganisationId' || field === 'receivingOrganisationId') &&
      typeof value === 'string'
    ) {
      return partnerName(value) ?? 'a partner since removed';
    }
    if (field === 'participation' && typeof value === 'object' && 'mode' in value) {
      const participation = value as {
        participantId?: string;
        learnerIds?: string[];
        accompanyingPersonIds?: string[];
      };
      if (participation.participantId) return personName(participation.participantId);
      return `Group: ${(participation.learnerIds ?? []).map(personName).join(', ')}${
        participation.accompanyingPersonIds?.length
          ? `; accompanied by ${participation.accompanyingPersonIds.map(personName).join(', ')}`
          : ''
      }`;
    }
    return undefined;
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            <AnchorLink to="/o/$organisationId/mobilities" params={{ organisationId }} size="sm">
              Mobilities
            </AnchorLink>{' '}
            › Mobility
          </Text>
          <Title order={2}>{names || 'Mobility without participants'}</Title>
          <Group gap="xs" mt={6}>
            <MobilityStatusBadge status={data.status} size="lg" />
            <Text size="sm" c="dimmed">
              {activityTypeLabel(data.activityType)} · {formatDateRange(data.startDate, data.endDate)}
            </Text>
          </Group>
        </div>
        {canEdit && (
          <RecordActions
            onDelete={() => setDeleting(true)}
            edit={
              <ButtonLink
                variant="default"
                leftSection={<IconEdit size={16} />}
                to="/o/$organisationId/mobilities/$mobilityId/edit"
                params={{ organisationId, mobilityId }}
              >
                Edit
              </ButtonLink>
            }
          />
        )}
      </Group>

      <Card withBorder padding="lg" component="section" aria-labelledby="status-heading">
        <Stack gap="sm">
          <Group gap="sm">
            <Title order={3} size="h4" id="status-heading">
              Status
            </Title>
            <MobilityStatusBadge status={data.status} />
          </Group>
          {canEdit ? (
            <StatusActions organisationId={organisationId} mobility={data} />
          ) : (
            <Text size="sm" c="dimmed">
              Coordinators move a mobility from draft to planned, ongoing and completed.
            </Text>
          )}
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="sm">
            Details
          </Title>
          <DetailsTable
            label="Mobility details"
            rows={[
              [
                'Project',
                <AnchorLink
                  key="project"
                  to="/o/$organisationId/projects/$projectId"
                  params={{ organisationId, projectId: data.projectId }}
                  ff="monospace"
                  size="sm"
                >
                  {project?.grantAgreementNumber ?? 'Open the project'}
                </AnchorLink>,
              ],
              ['Activity type', activityTypeLabel(data.activityType)],
              ['Participants', <Participants key="people" organisationId={organisationId} mobility={data} />],
              ['Sending organisation', partnerName(data.sendingOrganisationId) ?? '—'],
              ['Receiving organisation', partnerName(data.receivingOrganisationId) ?? '—'],
              ['Origin', placeText(data.origin)],
              ['Destination', placeText(data.destination)],
              ['Start date', formatDate(data.startDate)],
              ['End date', formatDate(data.endDate)],
              ['Travel days', String(data.travelDays)],
              ['Means of transport', data.meansOfTransport ? transportLabel(data.meansOfTransport) : '—'],
              ['Blended', data.blended ? 'Yes' : 'No'],
              ['Long-term', data.longTerm ? 'Yes' : 'No'],
              ['Target outcomes', outcomesText(data.targetOutcomes)],
            ]}
          />
        </Card>
        <Stack gap="lg">
          <Card withBorder padding="lg">
            <Title order={3} size="h4" mb="sm">
              Figures
            </Title>
            <MetricsFigures metrics={data.metrics} travelDays={data.travelDays} />
          </Card>
          <Card withBorder padding="lg" component="section" aria-labelledby="eligibility-heading">
            <Title order={3} size="h4" mb="sm" id="eligibility-heading">
              Eligibility
            </Title>
            <div data-testid="eligibility">
              {!data.activityType ? (
                <Text size="sm" c="dimmed">
                  No activity type yet: there are no rules to check.
                </Text>
              ) : data.eligibility.length === 0 ? (
                <Group gap={6} wrap="nowrap">
                  <IconCircleCheck size={18} color="var(--mantine-color-green-8)" aria-hidden />
                  <Text size="sm">Meets every rule of its activity type that can be checked.</Text>
                </Group>
              ) : (
                <FindingsList results={data.eligibility} />
              )}
            </div>
          </Card>
        </Stack>
      </SimpleGrid>

      <AuditTrail
        organisationId={organisationId}
        entityType="mobility"
        entityId={mobilityId}
        fieldLabels={auditFieldLabels}
        formatValue={formatAuditValue}
      />

      {canEdit && (
        <DeleteMobility
          organisationId={organisationId}
          mobility={data}
          description={`${names || 'without participants'} · ${activityTypeLabel(data.activityType)} · ${formatDateRange(data.startDate, data.endDate)}`}
          opened={deleting}
          onClose={() => setDeleting(false)}
        />
      )}
    </Stack>
  );
}

function Participants({ organisationId, mobility }: { organisationId: string; mobility: MobilityDetails }) {
  if (mobility.participants.length === 0) return <>—</>;
  return (
    <Stack gap={2}>
      {mobility.participants.map((person) => (
        <Group key={person.id} gap={6}>
          <AnchorLink
            to="/o/$organisationId/participants/$participantId"
            params={{ organisationId, participantId: person.id }}
            size="sm"
          >
            {person.givenName} {person.familyName}
          </AnchorLink>
          {mobility.participation?.mode === 'group' && (
            <Badge size="xs" variant="outline" color="gray">
              {roleLabels[person.role] ?? person.role}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function placeText(place: MobilityDetails['origin']): ReactNode {
  if (!place) return '—';
  return (
    <>
      {place.city}, {countryName(place.country)}
      {place.coordinates && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({place.coordinates.lat.toFixed(2)}, {place.coordinates.lon.toFixed(2)})
        </Text>
      )}
    </>
  );
}

function outcomesText(codes: readonly OutcomeCode[] | null | undefined): ReactNode {
  if (!codes || codes.length === 0) return 'All outcomes of the participant’s group';
  return (
    <Stack gap={2}>
      {codes.map((code) => (
        <Text key={code} size="sm">
          {code} · {outcomeByCode(code)?.label.en ?? ''}
        </Text>
      ))}
    </Stack>
  );
}

interface DeleteMobilityProps {
  organisationId: string;
  mobility: MobilityDetails;
  description: string;
  opened: boolean;
  onClose: () => void;
}

function DeleteMobility({ organisationId, mobility, description, opened, onClose }: DeleteMobilityProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation(
    trpc.mobility.delete.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'green', title: 'Mobility deleted', message: description });
        await navigate({
          to: '/o/$organisationId/projects/$projectId',
          params: { organisationId, projectId: mobility.projectId },
        });
        queryClient.removeQueries({
          queryKey: trpc.mobility.byId.queryKey({ organisationId, id: mobility.id }),
        });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.mobility.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() }),
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
      title="Delete mobility"
      confirmLabel="Delete mobility"
      busy={remove.isPending}
      failure={remove.isError ? errorMessage(remove.error) : null}
      onConfirm={() => remove.mutate({ organisationId, id: mobility.id })}
      onClose={close}
    >
      <Text>
        Delete the mobility <strong>{description}</strong>? Its participants stay; the mobility and its
        figures are gone for good. The history keeps only that it happened.
      </Text>
    </ConfirmModal>
  );
}
