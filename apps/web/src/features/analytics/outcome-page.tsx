import { Stack, Text } from '@mantine/core';
import { analyticsItemKind, type OutcomeCode, outcomeByCode } from '@mobilis/schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '../../components/page-states';
import { analyticsItemLabel } from '../../lib/labels';
import { useTRPC } from '../../lib/trpc';
import { AnalyticsFiltersBar } from './analytics-filters-bar';
import { OverviewLink } from './analytics-links';
import { AnalyticsPageHeader } from './analytics-page-header';
import { type AnalyticsFilters, onlyGroup, scopeInput } from './analytics-search';
import type { OutcomeDetail } from './analytics-types';
import { figureOf } from './analytics-types';
import { ChangeKindsFigure } from './change-kinds-figure';
import { ExamplesFigure } from './examples-figure';
import { IndicatorsFigure } from './indicators-figure';
import { OutcomeEquityFigure } from './outcome-equity-figure';
import { PostOnlyNote } from './post-only-note';
import { RatingDistributionFigure } from './rating-distribution-figure';
import { SuppressionLegend } from './suppression-legend';
import { TrendFigure } from './trend-figure';

interface OutcomePageProps {
  organisationId: string | undefined;
  code: string;
  filters: AnalyticsFilters;
  onFiltersChange: (filters: AnalyticsFilters) => void;
}

/** One outcome (or language skill) in depth: ratings, change three ways, indicators, trend, equity, examples. */
export function OutcomePage({ organisationId, code, filters, onFiltersChange }: OutcomePageProps) {
  const trpc = useTRPC();
  const detail = useQuery({
    ...trpc.analytics.outcome.queryOptions({
      ...scopeInput(organisationId, filters),
      outcomeCode: code,
      where: onlyGroup(filters),
    }),
    placeholderData: keepPreviousData,
  });
  const callYears = useQuery({
    ...trpc.analytics.overview.queryOptions(scopeInput(organisationId, {})),
    select: (overview) => overview.callYears,
  });
  const outcome = analyticsItemKind(code) === 'outcome' ? outcomeByCode(code as OutcomeCode) : undefined;

  return (
    <Stack gap="lg" className="analytics-printable">
      <AnalyticsPageHeader
        title={analyticsItemLabel(code)}
        context={
          <>
            <OverviewLink organisationId={organisationId} filters={filters}>
              Outcomes
            </OverviewLink>{' '}
            › {code}
          </>
        }
      />
      {outcome && <Text c="dimmed">Programme Guide: “{outcome.title.en}”</Text>}
      <AnalyticsFiltersBar
        organisationId={organisationId}
        filters={filters}
        callYears={callYears.data ?? []}
        onChange={onFiltersChange}
      />
      {detail.isPending && <LoadingState label="Loading the outcome…" />}
      {detail.isError && <ErrorState title="The outcome could not be loaded" error={detail.error} />}
      {detail.data && <OutcomeFigures detail={detail.data} />}
    </Stack>
  );
}

function OutcomeFigures({ detail }: { detail: OutcomeDetail }) {
  const k = detail.minimumCellSize;
  const respondents =
    detail.total === null || detail.total === 'suppressed' ? detail.total : detail.total.respondents;
  return (
    <Stack gap="lg" data-testid="analytics-outcome">
      <SuppressionLegend rules={detail.disclosure} />
      <Text size="sm">
        {respondents === null
          ? 'No participant has been asked about this yet.'
          : respondents === 'suppressed'
            ? `Fewer than ${k} participants were asked about this: every figure is withheld.`
            : `${respondents} participants were asked about this.`}
      </Text>
      <PostOnlyNote share={figureOf(detail.total, 'postOnly')} />
      {detail.kind !== 'language' && <RatingDistributionFigure total={detail.total} minimumCellSize={k} />}
      <ChangeKindsFigure total={detail.total} minimumCellSize={k} />
      {detail.indicators.length > 0 && (
        <IndicatorsFigure indicators={detail.indicators} minimumCellSize={k} />
      )}
      <TrendFigure trend={detail.trend} minimumCellSize={k} />
      <OutcomeEquityFigure equity={detail.equity} minimumCellSize={k} />
      {detail.examples && <ExamplesFigure examples={detail.examples} />}
    </Stack>
  );
}
