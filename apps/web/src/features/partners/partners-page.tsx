import {
  ActionIcon,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { countryName, organisationTypeLabel } from '../../lib/labels';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { type Partner, PartnerFormModal } from './partner-form-modal';

export function PartnersPage({ organisationId }: { organisationId: string }) {
  const trpc = useTRPC();
  const { canEdit } = useMemberAccess(organisationId);
  const partners = useQuery(trpc.partner.list.queryOptions({ organisationId }));
  const [creating, creation] = useDisclosure(false);
  const [editing, setEditing] = useState<Partner | null>(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Partners</Title>
          <Text c="dimmed" size="sm">
            The organisation's address book of sending and receiving organisations: itself, its consortium and
            its hosts abroad.
          </Text>
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={creation.open}>
            New partner
          </Button>
        )}
      </Group>
      <Card withBorder padding={0}>
        {partners.isPending && <LoadingState label="Loading partners…" />}
        {partners.isError && <ErrorState title="The partners could not be loaded" error={partners.error} />}
        {partners.data?.length === 0 && (
          <EmptyState title="No partners yet">
            {canEdit
              ? 'Add the organisations that send and host your participants with “New partner”.'
              : 'A coordinator adds them here.'}
          </EmptyState>
        )}
        {partners.data && partners.data.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label="Partners">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Legal name</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>City</Table.Th>
                  <Table.Th>Country</Table.Th>
                  <Table.Th>OID</Table.Th>
                  {canEdit && (
                    <Table.Th w={60}>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partners.data.map((partner) => (
                  <Table.Tr key={partner.id}>
                    <Table.Td fw={500}>{partner.legalName}</Table.Td>
                    <Table.Td>{organisationTypeLabel(partner.type)}</Table.Td>
                    <Table.Td>{partner.city}</Table.Td>
                    <Table.Td>{countryName(partner.country)}</Table.Td>
                    <Table.Td ff="monospace">{partner.oid ?? '—'}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Tooltip label="Edit">
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Edit ${partner.legalName}`}
                            onClick={() => setEditing(partner)}
                          >
                            <IconEdit size={18} />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {canEdit && (
        <PartnerFormModal organisationId={organisationId} opened={creating} onClose={creation.close} />
      )}
      {canEdit && editing && (
        <PartnerFormModal
          key={editing.id}
          organisationId={organisationId}
          partner={editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
