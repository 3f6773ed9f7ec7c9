import { Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { RouterOutputs } from '@mobilis/api';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { AnchorLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { formatDate } from '../../lib/labels';
import { errorCode } from '../../lib/server-error';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { SurveyActions } from './survey-actions';
import { type AnsweredSurvey, SurveyAnswersModal } from './survey-answers-modal';
import { formatDateTime, waveLabel } from './survey-labels';
import { SurveyStatusBadge } from './survey-status-badge';

type PlanRow = RouterOutputs['survey']['plan'][number];

interface MobilitySurveyPanelProps {
  organisationId: string;
  mobilityId: string;
}

/**
 * A mobility's outcome surveys: who answers which survey when, and where each stands. Coordinators can remind,
 * pass on a link, mark an invitation undelivered, exclude someone, and read the answers; viewers see the plan.
 */
export function MobilitySurveyPanel({ organisationId, mobilityId }: MobilitySurveyPanelProps) {
  const trpc = useTRPC();
  const headingId = useId();
  const { canEdit } = useMemberAccess(organisationId);
  const plan = useQuery(trpc.survey.plan.queryOptions({ organisationId, mobilityId }));
  const [viewing, setViewing] = useState<AnsweredSurvey | null>(null);

  // The mobility page says it when the mobility is not there.
  if (errorCode(plan.error) === 'NOT_FOUND') return null;
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid="mobility-surveys"
    >
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            Outcome surveys
          </Title>
          <Text size="sm" c="dimmed">
            Each participant answers a baseline survey before the mobility, one at its end and a follow-up
            months later, by a personal link in their language. Invitations and reminders go out by e-mail on
            their own.
          </Text>
        </div>
        {plan.isPending && <LoadingState label="Loading the surveys…" />}
        {plan.isError && <ErrorState title="The surveys could not be loaded" error={plan.error} />}
        {plan.data?.length === 0 && (
          <EmptyState title="No surveys planned">
            Surveys are planned once the mobility is planned and has its participants and dates.
          </EmptyState>
        )}
        {plan.data && plan.data.length > 0 && (
          <Table.ScrollContainer minWidth={canEdit ? 760 : 600}>
            <Table verticalSpacing="sm" aria-label="Outcome surveys" data-testid="survey-plan">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Participant</Table.Th>
                  <Table.Th>Survey</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Status</Table.Th>
                  {canEdit && (
                    <Table.Th w={180}>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.data.map((row) => (
                  <PlanTableRow
                    key={row.id}
                    organisationId={organisationId}
                    row={row}
                    canEdit={canEdit}
                    onView={setViewing}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {canEdit && (
        <SurveyAnswersModal
          organisationId={organisationId}
          survey={viewing}
          onClose={() => setViewing(null)}
        />
      )}
    </Card>
  );
}

interface PlanTableRowProps {
  organisationId: string;
  row: PlanRow;
  canEdit: boolean;
  onView: (survey: AnsweredSurvey) => void;
}

function PlanTableRow({ organisationId, row, canEdit, onView }: PlanTableRowProps) {
  const participantName = `${row.givenName} ${row.familyName}`;
  return (
    <Table.Tr>
      <Table.Td>
        <AnchorLink
          to="/o/$organisationId/participants/$participantId"
          params={{ organisationId, participantId: row.participantId }}
          size="sm"
        >
          {participantName}
        </AnchorLink>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{waveLabel(row.wave)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(row.dueDate)}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <SurveyStatusBadge status={row.status} />
          <StatusDetail row={row} />
        </Stack>
      </Table.Td>
      {canEdit && (
        <Table.Td>
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            {row.status === 'submitted' && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconEye size={14} />}
                aria-label={`View answers of ${participantName} (${waveLabel(row.wave).toLowerCase()} survey)`}
                onClick={() =>
                  onView({ id: row.id, wave: row.wave, participantName, submittedAt: row.submittedAt })
                }
              >
                View answers
              </Button>
            )}
            <SurveyActions
              organisationId={organisationId}
              survey={{
                id: row.id,
                mobilityId: row.mobilityId,
                participantId: row.participantId,
                participantName,
                wave: row.wave,
                status: row.status,
              }}
            />
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** When the survey went out or came back, or why it is not counted. */
function StatusDetail({ row }: { row: PlanRow }) {
  const detail =
    row.status === 'submitted'
      ? `on ${formatDateTime(row.submittedAt)}`
      : row.status === 'excluded'
        ? row.excludedReason
        : row.status === 'undelivered'
          ? row.undeliveredReason
          : row.lastReminderAt
            ? `last reminder ${formatDateTime(row.lastReminderAt)}`
            : row.invitedAt
              ? `sent ${formatDateTime(row.invitedAt)}`
              : null;
  if (!detail) return null;
  return (
    <Text size="xs" c="dimmed">
      {detail}
    </Text>
  );
}
