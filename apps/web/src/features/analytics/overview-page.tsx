import { Stack } from '@mantine/core';
import type { AnalyticsDimension } from '@mobilis/schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useTRPC } from '../../lib/trpc';
import { AnalyticsFiltersBar } from './analytics-filters-bar';
import { CompareButtonLink } from './analytics-links';
import { AnalyticsPageHeader } from './analytics-page-header';
import { type AnalyticsFilters, onlyGroup, scopeInput } from './analytics-search';
import type { Overview } from './analytics-types';
import { EquityGapFigure } from './equity-gap-figure';
import { FlowsFigure } from './flows-figure';
import { HeadlineCards } from './headline-cards';
import { HeatMapFigure } from './heat-map-figure';
import { OutcomeChangeFigure } from './outcome-change-figure';
import { ResponseFunnelFigure } from './response-funnel-figure';
import { SuppressionLegend } from './suppression-legend';

interface AnalyticsOverviewPageProps {
  /** Absent: every organisation (platform administrators). */
  organisationId: string | undefined;
  filters: AnalyticsFilters;
  defaultBreakdown: AnalyticsDimension;
  onFiltersChange: (filters: AnalyticsFilters) => void;
}

/** What the mobilities changed for their participants, for whom, and who answered. */
export function AnalyticsOverviewPage({
  organisationId,
  filters,
  defaultBreakdown,
  onFiltersChange,
}: AnalyticsOverviewPageProps) {
  const trpc = useTRPC();
  const breakdown = filters.breakdown ?? defaultBreakdown;
  const overview = useQuery({
    ...trpc.analytics.overview.queryOptions({
      ...scopeInput(organisationId, filters),
      breakdown,
      where: onlyGroup(filters),
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="lg" className="analytics-printable">
      <AnalyticsPageHeader
        title="Outcomes"
        context={organisationId ? 'What the mobilities changed for their participants' : 'Every organisation'}
        actions={
          <CompareButtonLink organisationId={organisationId} filters={filters}>
            Compare two groups
          </CompareButtonLink>
        }
      />
      <AnalyticsFiltersBar
        organisationId={organisationId}
        filters={filters}
        breakdown={breakdown}
        callYears={overview.data?.callYears ?? []}
        onChange={onFiltersChange}
      />
      {overview.isPending && <LoadingState label="Loading the outcomes…" />}
      {overview.isError && <ErrorState title="The outcomes could not be loaded" error={overview.error} />}
      {overview.data && (
        <OverviewFigures overview={overview.data} organisationId={organisationId} filters={filters} />
      )}
    </Stack>
  );
}

interface OverviewFiguresProps {
  overview: Overview;
  organisationId: string | undefined;
  filters: AnalyticsFilters;
}

function OverviewFigures({ overview, organisationId, filters }: OverviewFiguresProps) {
  const { items, minimumCellSize } = overview;
  if (overview.responses.total === null) {
    return (
      <EmptyState title="No surveys yet">
        Outcomes appear here once participants have been sent their surveys and answered them.
      </EmptyState>
    );
  }
  const linked = { organisationId, filters };
  return (
    <Stack gap="lg" data-testid="analytics-overview">
      <SuppressionLegend rules={overview.disclosure} />
      <HeadlineCards items={items} minimumCellSize={minimumCellSize} {...linked} />
      <HeatMapFigure overview={overview} {...linked} />
      <OutcomeChangeFigure items={items} minimumCellSize={minimumCellSize} {...linked} />
      <ResponseFunnelFigure responses={overview.responses.total} minimumCellSize={minimumCellSize} />
      <FlowsFigure flows={overview.flows} minimumCellSize={minimumCellSize} />
      <EquityGapFigure items={items} minimumCellSize={minimumCellSize} {...linked} />
    </Stack>
  );
}
