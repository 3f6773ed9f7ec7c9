import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconReportAnalytics } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { AuditTrail } from '../../components/audit-trail';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailsTable } from '../../components/details-table';
import { AnchorLink, ButtonLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { RecordActions } from '../../components/record-actions';
import { actionTypeLabel, fieldLabel, formatDate } from '../../lib/labels';
import { errorCode, errorMessage } from '../../lib/server-error';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { ProjectFormModal } from './project-form-modal';

interface ProjectPageProps {
  organisationId: string;
  projectId: string;
  /** The project's mobilities (a table of the mobilities feature). */
  mobilities: ReactNode;
}

export function ProjectPage({ organisationId, projectId, mobilities }: ProjectPageProps) {
  const trpc = useTRPC();
  const { canEdit } = useMemberAccess(organisationId);
  const project = useQuery(trpc.project.byId.queryOptions({ organisationId, id: projectId }));
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (project.isPending) return <LoadingState label="Loading the project…" />;
  if (project.isError) {
    return errorCode(project.error) === 'NOT_FOUND' ? (
      <NotFound organisationId={organisationId} />
    ) : (
      <ErrorState title="The project could not be loaded" error={project.error} />
    );
  }
  const data = project.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            <AnchorLink to="/o/$organisationId/projects" params={{ organisationId }} size="sm">
              Projects
            </AnchorLink>{' '}
            › Project
          </Text>
          <Title order={2} ff="monospace" fz="h3">
            {data.grantAgreementNumber}
          </Title>
          {data.title && <Text size="lg">{data.title}</Text>}
          <Group gap="xs" mt={6}>
            <Badge variant="light">{data.actionType}</Badge>
            <Badge variant="light" color="gray">
              {fieldLabel(data.field)}
            </Badge>
          </Group>
        </div>
        <Group gap="xs">
          <ButtonLink
            variant="default"
            leftSection={<IconReportAnalytics size={16} />}
            to="/o/$organisationId/projects/$projectId/report"
            params={{ organisationId, projectId }}
          >
            Outcome report
          </ButtonLink>
          {canEdit && <RecordActions onEdit={() => setEditing(true)} onDelete={() => setDeleting(true)} />}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="sm">
            Details
          </Title>
          <DetailsTable
            label="Project details"
            rows={[
              [
                'Grant agreement number',
                <Text key="n" ff="monospace" size="sm">
                  {data.grantAgreementNumber}
                </Text>,
              ],
              ['Title', data.title ?? '—'],
              ['Action type', actionTypeLabel(data.actionType)],
              ['Field', fieldLabel(data.field)],
              ['Start date', formatDate(data.startDate)],
              ['End date', formatDate(data.endDate)],
            ]}
          />
        </Card>
        <AuditTrail
          organisationId={organisationId}
          entityType="project"
          entityId={projectId}
          fieldLabels={{
            grantAgreementNumber: 'Grant agreement number',
            actionType: 'Action type',
            consortiumMemberIds: 'Consortium members',
          }}
          formatValue={(field, value) =>
            typeof value !== 'string'
              ? undefined
              : field === 'field'
                ? fieldLabel(value)
                : field === 'actionType'
                  ? actionTypeLabel(value)
                  : undefined
          }
        />
      </SimpleGrid>
      <Stack gap="sm" component="section" aria-labelledby="project-mobilities">
        <Group justify="space-between">
          <Title order={3} size="h4" id="project-mobilities">
            Mobilities of this project
          </Title>
          {canEdit && (
            <ButtonLink
              leftSection={<IconPlus size={16} />}
              to="/o/$organisationId/mobilities/new"
              params={{ organisationId }}
              search={{ projectId }}
            >
              New mobility
            </ButtonLink>
          )}
        </Group>
        {mobilities}
      </Stack>
      {canEdit && editing && (
        <ProjectFormModal
          organisationId={organisationId}
          project={data}
          opened
          onClose={() => setEditing(false)}
        />
      )}
      {canEdit && (
        <DeleteProject
          organisationId={organisationId}
          project={data}
          opened={deleting}
          onClose={() => setDeleting(false)}
        />
      )}
    </Stack>
  );
}

function NotFound({ organisationId }: { organisationId: string }) {
  return (
    <EmptyState title="Project not found">
      It may have been deleted, or it belongs to another organisation.{' '}
      <AnchorLink to="/o/$organisationId/projects" params={{ organisationId }}>
        See the projects
      </AnchorLink>
    </EmptyState>
  );
}

interface DeleteProjectProps {
  organisationId: string;
  project: { id: string; grantAgreementNumber: string };
  opened: boolean;
  onClose: () => void;
}

function DeleteProject({ organisationId, project, opened, onClose }: DeleteProjectProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mobilities = useQuery({
    ...trpc.project.list.queryOptions({ organisationId }),
    select: (projects) => Number(projects.find(({ id }) => id === project.id)?.mobilityCount ?? 0),
    enabled: opened,
  });
  const remove = useMutation(
    trpc.project.delete.mutationOptions({
      onSuccess: async () => {
        notifications.show({
          color: 'green',
          title: 'Project deleted',
          message: project.grantAgreementNumber,
        });
        await navigate({ to: '/o/$organisationId/projects', params: { organisationId } });
        queryClient.removeQueries({
          queryKey: trpc.project.byId.queryKey({ organisationId, id: project.id }),
        });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.mobility.pathKey() }),
        ]);
      },
    }),
  );
  const count = mobilities.data ?? 0;
  const close = () => {
    remove.reset();
    onClose();
  };

  return (
    <ConfirmModal
      opened={opened}
      title="Delete project"
      confirmLabel="Delete project"
      busy={remove.isPending}
      failure={remove.isError ? errorMessage(remove.error) : null}
      onConfirm={() => remove.mutate({ organisationId, id: project.id })}
      onClose={close}
    >
      <Text>
        Delete project <strong>{project.grantAgreementNumber}</strong>?{' '}
        {count > 0
          ? `Its ${count} ${count === 1 ? 'mobility is' : 'mobilities are'} deleted with it.`
          : 'It has no mobilities.'}{' '}
        This cannot be undone; the history keeps that it happened.
      </Text>
    </ConfirmModal>
  );
}
