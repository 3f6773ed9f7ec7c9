import { Card, Table, Text } from '@mantine/core';
import type { MobilityListQuery } from '@mobilis/schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { CursorPager } from '../../components/cursor-pager';
import { AnchorLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useCursorPaging } from '../../lib/cursor-paging';
import { activityTypeLabel, countryName, distanceBandLabel, formatDateRange } from '../../lib/labels';
import { useTRPC } from '../../lib/trpc';
import { MobilityStatusBadge } from './mobility-status-badge';

/** The filters of `mobility.list`, without paging. */
export type MobilityFilters = Omit<MobilityListQuery, 'limit' | 'cursor'>;

const pageSize = 50;

interface MobilityTableProps {
  organisationId: string;
  filters: MobilityFilters;
  cursor: string | undefined;
  onCursorChange: (cursor: string | undefined) => void;
  /** What to say when there is none. */
  empty: ReactNode;
  showProject?: boolean;
}

/** One page of mobilities, newest start first, with the pager. */
export function MobilityTable({
  organisationId,
  filters,
  cursor,
  onCursorChange,
  empty,
  showProject = true,
}: MobilityTableProps) {
  const trpc = useTRPC();
  const mobilities = useQuery({
    ...trpc.mobility.list.queryOptions({ organisationId, ...filters, cursor, limit: pageSize }),
    placeholderData: keepPreviousData,
  });
  const paging = useCursorPaging(
    `mobilities:${organisationId}:${JSON.stringify(filters)}`,
    cursor,
    onCursorChange,
  );

  if (mobilities.isPending) return <LoadingState label="Loading mobilities…" />;
  if (mobilities.isError)
    return <ErrorState title="The mobilities could not be loaded" error={mobilities.error} />;
  const { rows, total, nextCursor } = mobilities.data;
  if (total === 0) return <>{empty}</>;

  return (
    <>
      <Table.ScrollContainer minWidth={showProject ? 1240 : 960}>
        <Table
          striped
          highlightOnHover
          verticalSpacing="xs"
          horizontalSpacing="md"
          aria-label="Mobilities"
          aria-busy={mobilities.isFetching}
          style={{ opacity: mobilities.isPlaceholderData ? 0.6 : 1 }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Participants</Table.Th>
              <Table.Th>Activity</Table.Th>
              <Table.Th w={120}>Status</Table.Th>
              <Table.Th>Dates</Table.Th>
              <Table.Th ta="right">Days</Table.Th>
              <Table.Th>Destination</Table.Th>
              <Table.Th>Distance band</Table.Th>
              {showProject && <Table.Th>Project</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((mobility) => (
              <Table.Tr key={mobility.id}>
                <Table.Td maw={280}>
                  <AnchorLink
                    to="/o/$organisationId/mobilities/$mobilityId"
                    params={{ organisationId, mobilityId: mobility.id }}
                    fw={500}
                    size="sm"
                  >
                    {shortNames(mobility.participantNames)}
                  </AnchorLink>
                  {mobility.mode === 'group' && (
                    <Text size="xs" c="dimmed">
                      Group of {mobility.participantNames?.split(', ').length ?? 0}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{activityTypeLabel(mobility.activityType)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <MobilityStatusBadge status={mobility.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateRange(mobility.startDate, mobility.endDate)}
                </Table.Td>
                <Table.Td ta="right">{mobility.durationDays ?? '—'}</Table.Td>
                <Table.Td>
                  {mobility.destinationCity && mobility.destinationCountry
                    ? `${mobility.destinationCity}, ${countryName(mobility.destinationCountry)}`
                    : '—'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {mobility.distanceBand ? distanceBandLabel(mobility.distanceBand) : '—'}
                </Table.Td>
                {showProject && (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <AnchorLink
                      to="/o/$organisationId/projects/$projectId"
                      params={{ organisationId, projectId: mobility.projectId }}
                      size="xs"
                      ff="monospace"
                    >
                      {mobility.grantAgreementNumber}
                    </AnchorLink>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager
        paging={paging}
        pageSize={pageSize}
        rowCount={rows.length}
        total={total}
        nextCursor={nextCursor}
        noun={['mobility', 'mobilities']}
        busy={mobilities.isFetching}
      />
    </>
  );
}

/** A group's names, shortened: the table lists mobilities, the mobility's page its people. */
function shortNames(names: string | null): string {
  if (!names) return 'No participant yet';
  const all = names.split(', ');
  return all.length <= 3 ? names : `${all.slice(0, 2).join(', ')} and ${all.length - 2} more`;
}

/** The mobilities of one project or one participant, for their pages. */
export function RelatedMobilities({
  organisationId,
  projectId,
  participantId,
}: {
  organisationId: string;
  projectId?: string;
  participantId?: string;
}) {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const filters: MobilityFilters = projectId ? { projectId } : participantId ? { participantId } : {};
  return (
    <Card withBorder padding={0}>
      <MobilityTable
        organisationId={organisationId}
        filters={filters}
        cursor={cursor}
        onCursorChange={setCursor}
        showProject={!projectId}
        empty={<EmptyState title="No mobilities yet" />}
      />
    </Card>
  );
}
