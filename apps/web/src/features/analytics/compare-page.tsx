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
  // Group B is always of group A's breakdown: two groups of one breakdown share nobody.
  const groupB = groupOf(search.aDimension, search.bValue);
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
        <GroupPicker
          legend="Group A"
          organisationId={organisationId}
          scope={scope}
          dimension={search.aDimension}
          value={search.aValue}
          onChange={(group) =>
            onSearchChange({
              ...search,
              aDimension: group.dimension,
              aValue: group.value,
              bDimension: group.dimension,
              bValue: group.dimension === search.aDimension ? search.bValue : undefined,
            })
          }
        />
        <GroupPicker
          legend="Group B"
          organisationId={organisationId}
          scope={scope}
          dimension={search.aDimension}
          value={search.bValue}
          against={{ value: search.aValue }}
          onChange={(group) =>
            onSearchChange({ ...search, bDimension: search.aDimension, bValue: group.value })
          }
        />
      </Group>
      {!(groupA && groupB) && (
        <EmptyState title="Choose two groups">
          Two groups of one breakdown, which share nobody: for example participant kind “Pupil” against
          “Teacher”, one project against another, or participants with fewer opportunities against everyone
          else.
        </EmptyState>
      )}
      {groupA && groupB && comparison.isPending && <LoadingState label="Comparing…" />}
      {comparison.isError && <ErrorState title="The groups could not be compared" error={comparison.error} />}
      {groupA && groupB && comparison.data && (
        <>
          <SuppressionLegend rules={comparison.data.disclosure} />
          <ComparisonFigure comparison={comparison.data} organisationId={organisationId} filters={filters} />
        </>
      )}
    </Stack>
  );
}
