import {
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  type ActivityTypeCode,
  learnerKinds,
  type MobilityListQuery,
  type MobilityStatus,
  type ParticipantKind,
  staffKinds,
} from '@mobilis/schema';
import { IconFilterOff, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ButtonLink } from '../../components/links';
import { EmptyState } from '../../components/page-states';
import { SearchBox } from '../../components/search-box';
import { activityTypeOptions, countryOptions, participantKindLabel, statusOptions } from '../../lib/labels';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { MobilityTable } from './mobility-table';

/** The list's search parameters: those of `mobility.list`, without the page size. */
export type MobilitySearch = Omit<MobilityListQuery, 'limit'>;

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

interface MobilitiesPageProps {
  organisationId: string;
  search: MobilitySearch;
  onSearchChange: (search: MobilitySearch, options?: { replace?: boolean }) => void;
  /** More buttons for the page header, composed by the route (e.g. an export menu). */
  actions?: ReactNode;
}

// An empty multi-select is no filter: leave it out of the address.
const list = <T,>(values: string[]): T[] | undefined => (values.length > 0 ? (values as T[]) : undefined);

export function MobilitiesPage({ organisationId, search, onSearchChange, actions }: MobilitiesPageProps) {
  const trpc = useTRPC();
  const { canEdit } = useMemberAccess(organisationId);
  const projects = useQuery(trpc.project.list.queryOptions({ organisationId }));
  const { cursor, ...filters } = search;
  const filter = (changes: Partial<MobilitySearch>, options?: { replace?: boolean }) =>
    onSearchChange({ ...filters, ...changes, cursor: undefined }, options);
  const filtered = Object.values(filters).some((value) => value !== undefined);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Mobilities</Title>
          <Text c="dimmed" size="sm">
            Every mobility activity of the organisation's projects, latest start first.
          </Text>
        </div>
        <Group gap="xs">
          {actions}
          {canEdit && (
            <ButtonLink
              leftSection={<IconPlus size={16} />}
              to="/o/$organisationId/mobilities/new"
              params={{ organisationId }}
            >
              New mobility
            </ButtonLink>
          )}
        </Group>
      </Group>
      <Card withBorder padding={0}>
        <Stack gap="sm" p="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <SearchBox
              label="Participant"
              placeholder="Name or email"
              value={filters.search ?? ''}
              onChange={(text) => filter({ search: text }, { replace: true })}
              w={{ base: '100%' }}
            />
            <Select
              label="Project"
              placeholder="All projects"
              data={(projects.data ?? []).map((project) => ({
                value: project.id,
                label: project.grantAgreementNumber,
              }))}
              value={filters.projectId ?? null}
              onChange={(projectId) => filter({ projectId: projectId ?? undefined })}
              clearable
              searchable
            />
            <MultiSelect
              label="Status"
              placeholder={filters.status?.length ? undefined : 'Any status'}
              data={statusOptions}
              value={filters.status ?? []}
              onChange={(status) => filter({ status: list<MobilityStatus>(status) })}
              clearable
            />
            <MultiSelect
              label="Activity type"
              placeholder={filters.activityType?.length ? undefined : 'Any activity'}
              data={activityTypeOptions}
              value={filters.activityType ?? []}
              onChange={(types) => filter({ activityType: list<ActivityTypeCode>(types) })}
              searchable
              clearable
            />
            <MultiSelect
              label="Destination country"
              placeholder={filters.destinationCountry?.length ? undefined : 'Any country'}
              data={countryOptions}
              value={filters.destinationCountry ?? []}
              onChange={(countries) => filter({ destinationCountry: list<string>(countries) })}
              searchable
              clearable
            />
            <Group grow gap="sm" align="flex-start">
              <TextInput
                label="Starts from"
                type="date"
                value={filters.startFrom ?? ''}
                onChange={(event) => filter({ startFrom: event.currentTarget.value || undefined })}
              />
              <TextInput
                label="Starts until"
                type="date"
                value={filters.startTo ?? ''}
                onChange={(event) => filter({ startTo: event.currentTarget.value || undefined })}
              />
            </Group>
            <MultiSelect
              label="Participant kind"
              placeholder={filters.participantKind?.length ? undefined : 'Any kind'}
              data={kindOptions}
              value={filters.participantKind ?? []}
              onChange={(kinds) => filter({ participantKind: list<ParticipantKind>(kinds) })}
              clearable
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
            />
          </SimpleGrid>
          {filtered && (
            <Group justify="flex-end">
              <Button
                variant="subtle"
                leftSection={<IconFilterOff size={16} />}
                onClick={() => onSearchChange({})}
              >
                Clear filters
              </Button>
            </Group>
          )}
        </Stack>
        <MobilityTable
          organisationId={organisationId}
          filters={filters}
          cursor={cursor}
          onCursorChange={(next) => onSearchChange({ ...search, cursor: next })}
          empty={
            filtered ? (
              <EmptyState title="No mobility matches">Change or clear the filters.</EmptyState>
            ) : (
              <EmptyState title="No mobilities yet">
                {canEdit
                  ? 'Create one with “New mobility”, or from a project’s page.'
                  : 'Coordinators add them to the organisation’s projects.'}
              </EmptyState>
            )
          }
        />
      </Card>
    </Stack>
  );
}
