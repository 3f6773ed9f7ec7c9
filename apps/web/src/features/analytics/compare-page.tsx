import { Group, Stack } from '@mantine/core';
import type { AnalyticsGroup } from '@mobilis/schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useTRPC } from '../../lib/trpc';
import { OverviewLink } from './analytics-links';
import { AnalyticsPageHeader } from './analytics-page-header';
import { type CompareSearch, scopeInput } from './analytics-search';
import { ComparisonFigure } from './comparison-figure';
import { GroupPicker } from './group-picker';
import { SuppressionLegend } from './suppression-legend';

interface ComparePageProps {
  organisationId: string | undefined;
  search: CompareSearch;
  onSearchChange: (search: CompareSearch) => void;
}

/** The two groups' fields in the address. */
const sides = [
  { legend: 'Group A', dimension: 'aDimension', value: 'aValue' },
  { legend: 'Group B', dimension: 'bDimension', value: 'bValue' },
] as const;

function groupOf(
  dimension: CompareSearch['aDimension'],
  value: string | undefined,
): AnalyticsGroup | undefined {
  return dimension && value !== undefined ? { dimension, value } : undefined;
}

/** Two groups of participants side by side, e.g. pupils against teachers, or one project against another. */
export function ComparePage({ organisationId, search, onSearchChange }: ComparePageProps) {
  const trpc = useTRPC();
  const scope = { projectId: search.projectId, callYear: search.callYear };
  const groupA = groupOf(search.aDimension, search.aValue);
  const groupB = groupOf(search.bDimension, search.bValue);
  const comparison = useQuery({
    ...trpc.analytics.compare.queryOptions({
      ...scopeInput(organisationId, scope),
      groupA: groupA ?? { dimension: 'all', value: '' },
      groupB: groupB ?? { dimension: 'all', value: '' },
    }),
    enabled: Boolean(groupA && groupB),
    placeholderData: keepPreviousData,
  });
  const filters = { projectId: search.projectId, callYear: search.callYear };

  return (
    <Stack gap="lg" className="analytics-printable">
      <AnalyticsPageHeader
        title="Compare two groups"
        context={
          <>
            <OverviewLink organisationId={organisationId} filters={filters}>
              Outcomes
            </OverviewLink>{' '}
            › Compare
          </>
        }
      />
      <Group gap="md" align="flex-start">
        {sides.map((side) => (
          <GroupPicker
            key={side.legend}
            legend={side.legend}
            organisationId={organisationId}
            scope={scope}
            dimension={search[side.dimension]}
            value={search[side.value]}
            onChange={(group) =>
              onSearchChange({ ...search, [side.dimension]: group.dimension, [side.value]: group.value })
            }
          />
        ))}
      </Group>
      {!(groupA && groupB) && (
        <EmptyState title="Choose two groups">
          For example participant kind “Pupil” against “Teacher”, or one project against another.
        </EmptyState>
      )}
      {groupA && groupB && comparison.isPending && <LoadingState label="Comparing…" />}
      {comparison.isError && <ErrorState title="The groups could not be compared" error={comparison.error} />}
      {groupA && groupB && comparison.data && (
        <>
          <SuppressionLegend minimumCellSize={comparison.data.minimumCellSize} />
          <ComparisonFigure comparison={comparison.data} organisationId={organisationId} filters={filters} />
        </>
      )}
    </Stack>
  );
}
