import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconSettings, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { ButtonLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { countryName, organisationTypeLabel } from '../../lib/labels';
import { errorCode } from '../../lib/server-error';
import { roleIn, useSignedInUser } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useOrganisation } from './use-organisation';

const roleLabels = {
  platform_admin: 'Administrator',
  coordinator: 'Coordinator',
  viewer: 'Viewer (read only)',
} as const;

export function OrganisationOverviewPage({ organisationId }: { organisationId: string }) {
  const user = useSignedInUser();
  const role = roleIn(user, organisationId);
  const canManage = role === 'platform_admin' || role === 'coordinator';
  const organisation = useOrganisation(organisationId);

  if (organisation.isPending) return <LoadingState label="Loading the organisation…" />;
  if (organisation.isError) {
    return <ErrorState title="The organisation could not be loaded" error={organisation.error} />;
  }
  if (!organisation.data) {
    return (
      <EmptyState title="Organisation not found">
        It may have been removed, or you are not a member of it any more.
      </EmptyState>
    );
  }
  const profile = organisation.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{profile.legalName}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light">{organisationTypeLabel(profile.type)}</Badge>
            {role && (
              <Badge variant="outline" color="gray">
                Your role: {roleLabels[role]}
              </Badge>
            )}
          </Group>
        </div>
        {canManage && (
          <ButtonLink
            variant="default"
            leftSection={<IconSettings size={16} />}
            to="/o/$organisationId/settings"
            params={{ organisationId }}
          >
            Edit profile
          </ButtonLink>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="sm">
            Profile
          </Title>
          <Table variant="vertical" layout="fixed" aria-label="Organisation profile">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>Legal name</Table.Th>
                <Table.Td>{profile.legalName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>OID</Table.Th>
                <Table.Td ff="monospace">{profile.oid}</Table.Td>
              </Table.Tr>
              {profile.erasmusCode && (
                <Table.Tr>
                  <Table.Th>Erasmus code</Table.Th>
                  <Table.Td ff="monospace" style={{ whiteSpace: 'pre' }}>
                    {profile.erasmusCode}
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Th>Type</Table.Th>
                <Table.Td>{organisationTypeLabel(profile.type)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>City</Table.Th>
                <Table.Td>{profile.city}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Country</Table.Th>
                <Table.Td>{countryName(profile.country)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
        <MembersCard organisationId={organisationId} canManage={canManage} />
      </SimpleGrid>
    </Stack>
  );
}

function MembersCard({ organisationId, canManage }: { organisationId: string; canManage: boolean }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.member.list.queryOptions({ organisationId }));
  const pending = members.data?.filter((member) => member.status !== 'active').length ?? 0;

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h4">
          Members
        </Title>
        {members.isPending && <LoadingState label="Counting members…" />}
        {members.isError &&
          (errorCode(members.error) === 'FORBIDDEN' ? (
            <Text c="dimmed" size="sm">
              Coordinators manage who has access to this organisation.
            </Text>
          ) : (
            <ErrorState title="The members could not be loaded" error={members.error} />
          ))}
        {members.data && (
          <Text data-testid="member-count">
            <Text span fw={700} size="xl">
              {members.data.length}
            </Text>{' '}
            {members.data.length === 1 ? 'member' : 'members'}
            {pending > 0 && (
              <Text span c="dimmed">
                {' '}
                ({pending} invitation{pending === 1 ? '' : 's'} pending)
              </Text>
            )}
          </Text>
        )}
        <ButtonLink
          variant="light"
          leftSection={<IconUsers size={16} />}
          to="/o/$organisationId/members"
          params={{ organisationId }}
        >
          {canManage ? 'Manage members' : 'See members'}
        </ButtonLink>
      </Stack>
    </Card>
  );
}
