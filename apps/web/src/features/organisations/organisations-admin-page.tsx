import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { AnchorLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { countryName, organisationTypeLabel } from '../../lib/labels';
import { useTRPC } from '../../lib/trpc';
import { CreateOrganisationModal } from './create-organisation-modal';

export function OrganisationsAdminPage() {
  const trpc = useTRPC();
  const organisations = useQuery(trpc.organisation.list.queryOptions());
  const [creating, { open, close }] = useDisclosure(false);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>Organisations</Title>
          <Text c="dimmed" size="sm">
            Every organisation on this server. Create one, then invite its first coordinator from its Members
            page.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={open}>
          New organisation
        </Button>
      </Group>
      <Card withBorder padding={0}>
        {organisations.isPending && <LoadingState label="Loading organisations…" />}
        {organisations.isError && (
          <ErrorState title="The organisations could not be loaded" error={organisations.error} />
        )}
        {organisations.data?.length === 0 && (
          <EmptyState title="No organisations yet">Create the first one with “New organisation”.</EmptyState>
        )}
        {organisations.data && organisations.data.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Legal name</Table.Th>
                  <Table.Th>OID</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>City</Table.Th>
                  <Table.Th>Country</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organisations.data.map((organisation) => (
                  <Table.Tr key={organisation.id}>
                    <Table.Td>
                      <AnchorLink
                        to="/o/$organisationId"
                        params={{ organisationId: organisation.id }}
                        fw={500}
                      >
                        {organisation.legalName}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td ff="monospace">{organisation.oid}</Table.Td>
                    <Table.Td>{organisationTypeLabel(organisation.type)}</Table.Td>
                    <Table.Td>{organisation.city}</Table.Td>
                    <Table.Td>{countryName(organisation.country)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <CreateOrganisationModal opened={creating} onClose={close} />
    </Stack>
  );
}
