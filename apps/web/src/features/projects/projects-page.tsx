import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { AnchorLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { fieldLabel, formatDateRange } from '../../lib/labels';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { ProjectFormModal } from './project-form-modal';

export function ProjectsPage({ organisationId }: { organisationId: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { canEdit } = useMemberAccess(organisationId);
  const projects = useQuery(trpc.project.list.queryOptions({ organisationId }));
  const [creating, { open, close }] = useDisclosure(false);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Projects</Title>
          <Text c="dimmed" size="sm">
            The organisation's Erasmus+ Key Action 1 grant agreements. Every mobility belongs to one.
          </Text>
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={open}>
            New project
          </Button>
        )}
      </Group>
      <Card withBorder padding={0}>
        {projects.isPending && <LoadingState label="Loading projects…" />}
        {projects.isError && <ErrorState title="The projects could not be loaded" error={projects.error} />}
        {projects.data?.length === 0 && (
          <EmptyState title="No projects yet">
            {canEdit
              ? 'Add the organisation’s grant agreement with “New project”; its mobilities follow.'
              : 'A coordinator adds the organisation’s grant agreements here.'}
          </EmptyState>
        )}
        {projects.data && projects.data.length > 0 && (
          <Table.ScrollContainer minWidth={880}>
            <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label="Projects">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Grant agreement number</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Field</Table.Th>
                  <Table.Th>Dates</Table.Th>
                  <Table.Th ta="right">Mobilities</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {projects.data.map((project) => (
                  <Table.Tr key={project.id}>
                    <Table.Td>
                      <AnchorLink
                        to="/o/$organisationId/projects/$projectId"
                        params={{ organisationId, projectId: project.id }}
                        ff="monospace"
                        fz="sm"
                        fw={500}
                      >
                        {project.grantAgreementNumber}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      {project.title ?? (
                        <Text span c="dimmed" size="sm">
                          No title
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray">
                        {project.actionType}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{fieldLabel(project.field)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateRange(project.startDate, project.endDate)}
                    </Table.Td>
                    <Table.Td ta="right">{Number(project.mobilityCount ?? 0)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {canEdit && (
        <ProjectFormModal
          organisationId={organisationId}
          opened={creating}
          onClose={close}
          onSaved={(projectId) =>
            void navigate({
              to: '/o/$organisationId/projects/$projectId',
              params: { organisationId, projectId },
            })
          }
        />
      )}
    </Stack>
  );
}
