import { Badge, Button, Card, Group, MultiSelect, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ParticipantKind, ParticipantListQuery } from '@mobilis/schema';
import { learnerKinds, staffKinds } from '@mobilis/schema';
import { IconFilterOff, IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CursorPager } from '../../components/cursor-pager';
import { AnchorLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { SearchBox } from '../../components/search-box';
import { useCursorPaging } from '../../lib/cursor-paging';
import { countryName, formatDate, participantKindLabel } from '../../lib/labels';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { ParticipantFormModal } from './participant-form-modal';
import { ParticipantRequests } from './participant-requests';

/** The list's search parameters: those of `participant.list`, without the page size. */
export type ParticipantSearch = Omit<ParticipantListQuery, 'limit'>;

const pageSize = 50;

const kindOptions = [
  {
    group: 'Learners',
    items: learnerKinds.map((kind) => ({ value: kind, label: participantKindLabel(kind) })),
  },
  { group: 'Staff', items: staffKinds.map((kind) => ({ value: kind, label: participantKindLabel(kind) })) },
];

const fewerOpportunitiesOptions = [
  { value: 'any', label: 'Any' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

interface ParticipantsPageProps {
  organisationId: string;
  search: ParticipantSearch;
  /** Changes the search parameters in the address; `replace` for typing, which should not add history. */
  onSearchChange: (search: ParticipantSearch, options?: { replace?: boolean }) => void;
  /** More buttons for the page header, composed by the route (e.g. an export menu). */
  actions?: ReactNode;
}

export function ParticipantsPage({ organisationId, search, onSearchChange, actions }: ParticipantsPageProps) {
  const trpc = useTRPC();
  const { canEdit } = useMemberAccess(organisationId);
  const [creating, creation] = useDisclosure(false);
  const participants = useQuery({
    ...trpc.participant.list.queryOptions({ organisationId, ...search, limit: pageSize }),
    placeholderData: keepPreviousData,
  });
  const { cursor, ...filters } = search;
  const paging = useCursorPaging(
    `participants:${organisationId}:${JSON.stringify(filters)}`,
    cursor,
    (next) => onSearchChange({ ...search, cursor: next }),
  );
  const filter = (changes: Partial<ParticipantSearch>, options?: { replace?: boolean }) =>
    onSearchChange({ ...filters, ...changes, cursor: undefined }, options);
  const filtered =
    filters.search !== undefined || filters.kind !== undefined || filters.fewerOpportunities !== undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Participants</Title>
          <Text c="dimmed" size="sm">
            The learners and staff the organisation sends abroad or hosts.
          </Text>
        </div>
        <Group gap="xs">
          {actions}
          {canEdit && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={creation.open}>
              New participant
            </Button>
          )}
        </Group>
      </Group>
      {canEdit && <ParticipantRequests organisationId={organisationId} />}
      <Card withBorder padding={0}>
        <Group p="md" gap="sm" align="flex-end" wrap="wrap">
          <SearchBox
            label="Search"
            placeholder="Name or email"
            value={filters.search ?? ''}
            onChange={(text) => filter({ search: text }, { replace: true })}
          />
          <MultiSelect
            label="Kind"
            placeholder={filters.kind?.length ? undefined : 'Any kind'}
            data={kindOptions}
            value={filters.kind ?? []}
            onChange={(kind) => filter({ kind: kind.length > 0 ? (kind as ParticipantKind[]) : undefined })}
            clearable
            w={{ base: '100%', sm: 280 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Fewer opportunities"
            data={fewerOpportunitiesOptions}
            value={
              filters.fewerOpportunities === undefined ? 'any' : filters.fewerOpportunities ? 'yes' : 'no'
            }
            onChange={(value) =>
              filter({ fewerOpportunities: value === 'yes' ? true : value === 'no' ? false : undefined })
            }
            allowDeselect={false}
            w={{ base: '100%', sm: 180 }}
          />
          {filtered && (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} />}
              onClick={() => onSearchChange({})}
            >
              Clear filters
            </Button>
          )}
        </Group>
        {participants.isPending && <LoadingState label="Loading participants…" />}
        {participants.isError && (
          <ErrorState title="The participants could not be loaded" error={participants.error} />
        )}
        {participants.data?.total === 0 &&
          (filtered ? (
            <EmptyState title="No participant matches">Try another name, or clear the filters.</EmptyState>
          ) : (
            <EmptyState title="No participants yet">
              {canEdit ? 'Add the first one with “New participant”.' : 'A coordinator adds them here.'}
            </EmptyState>
          ))}
        {participants.data && participants.data.rows.length > 0 && (
          <>
            <Table.ScrollContainer minWidth={900}>
              <Table
                striped
                highlightOnHover
                verticalSpacing="xs"
                horizontalSpacing="md"
                aria-label="Participants"
                aria-busy={participants.isFetching}
                style={{ opacity: participants.isPlaceholderData ? 0.6 : 1 }}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Nationality</Table.Th>
                    <Table.Th>Birth date</Table.Th>
                    <Table.Th>Fewer opportunities</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {participants.data.rows.map((participant) => (
                    <Table.Tr key={participant.id}>
                      <Table.Td>
                        <AnchorLink
                          to="/o/$organisationId/participants/$participantId"
                          params={{ organisationId, participantId: participant.id }}
                          fw={500}
                          size="sm"
                        >
                          {participant.familyName}, {participant.givenName}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{participantKindLabel(participant.kind)}</Table.Td>
                      <Table.Td>
                        {participant.email ?? (
                          <Text span c="dimmed" size="sm">
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{countryName(participant.nationality)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(participant.birthDate)}
                      </Table.Td>
                      <Table.Td>
                        {participant.fewerOpportunities ? (
                          <Badge variant="light" color="grape">
                            Yes
                          </Badge>
                        ) : (
                          <Text span c="dimmed" size="sm">
                            No
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <CursorPager
              paging={paging}
              pageSize={pageSize}
              rowCount={participants.data.rows.length}
              total={participants.data.total}
              nextCursor={participants.data.nextCursor}
              noun={['participant', 'participants']}
              busy={participants.isFetching}
            />
          </>
        )}
      </Card>
      {canEdit && (
        <ParticipantFormModal organisationId={organisationId} opened={creating} onClose={creation.close} />
      )}
    </Stack>
  );
}
