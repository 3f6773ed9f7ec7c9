import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ChangeSummary, Guarded } from '@mobilis/schema';
import { analyticsItemLabel } from '../../lib/labels';
import { OutcomeLink } from './analytics-links';
import type { AnalyticsFilters } from './analytics-search';
import { figureOf, type OverviewItem } from './analytics-types';
import { PostOnlyNote } from './post-only-note';
import { formatChange, formatInterval, formatNumber } from './table-cells';

interface HeadlineCardsProps {
  items: readonly OverviewItem[];
  minimumCellSize: number;
  organisationId: string | undefined;
  filters: AnalyticsFilters;
}

/** One card per outcome: how much it changed from baseline to the end of the mobility, and for how many. */
export function HeadlineCards({ items, minimumCellSize, organisationId, filters }: HeadlineCardsProps) {
  const outcomes = items.filter((item) => item.kind === 'outcome');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md" data-testid="headline-cards">
      {outcomes.map((item) => {
        const summary = figureOf(item.total, 'change');
        const postOnly = figureOf(item.total, 'postOnly');
        return (
          <Card key={item.code} withBorder padding="md" className="analytics-figure">
            <Stack gap={4}>
              <OutcomeLink organisationId={organisationId} code={item.code} filters={filters}>
                {analyticsItemLabel(item.code)}
              </OutcomeLink>
              <HeadlineChange summary={summary} minimumCellSize={minimumCellSize} />
              <PostOnlyNote share={postOnly} />
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

function HeadlineChange({
  summary,
  minimumCellSize,
}: {
  summary: Guarded<ChangeSummary>;
  minimumCellSize: number;
}) {
  if (summary === 'suppressed') {
    return (
      <Text size="sm" fs="italic" c="dimmed">
        Change withheld: fewer than {minimumCellSize} participants answered both surveys.
      </Text>
    );
  }
  if (summary === null) {
    return (
      <Text size="sm" c="dimmed">
        No one has answered both the baseline and the end-of-mobility survey yet.
      </Text>
    );
  }
  return (
    <>
      <Group gap="xs" align="baseline">
        <Text fz={28} fw={700} lh={1.1}>
          {summary.mean > 0 ? '+' : ''}
          {formatChange(summary.mean)}
        </Text>
        <Text size="sm" c="dimmed">
          mean change, baseline → end
        </Text>
      </Group>
      <Text size="sm">
        {summary.ci95 ? `95% interval ${formatInterval(summary.ci95)} · ` : ''}
        {formatNumber(summary.improvedShare, 'share')} improved · n = {summary.n}
      </Text>
    </>
  );
}
