import { Badge, Card, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { MobilityMetrics, RuleResult } from '@mobilis/schema';
import { IconCircleCheck, IconLeaf } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { distanceBandLabel } from '../../lib/labels';
import { FindingsList } from './findings';

interface MobilitySummaryProps {
  metrics: MobilityMetrics;
  travelDays: number;
  /** null while the participants' details are loading. */
  findings: readonly RuleResult[] | null;
  hasActivityType: boolean;
}

/** The figures and the eligibility check of the mobility being edited, recomputed on every keystroke. */
export function MobilitySummary({ metrics, travelDays, findings, hasActivityType }: MobilitySummaryProps) {
  const errors = findings?.filter((finding) => finding.severity === 'error').length ?? 0;
  const warnings = (findings?.length ?? 0) - errors;

  return (
    <Card withBorder padding="lg" component="aside" aria-labelledby="summary-heading">
      <Stack gap="md">
        <div>
          <Title order={3} size="h4" id="summary-heading">
            Summary
          </Title>
          <Text size="xs" c="dimmed">
            Computed as you type, by the same rules the server applies.
          </Text>
        </div>
        <MetricsFigures metrics={metrics} travelDays={travelDays} />
        <Divider />
        <div>
          <Group justify="space-between" mb="xs">
            <Text fw={600} size="sm">
              Eligibility
            </Text>
            {findings && hasActivityType && (
              <Group gap={4}>
                {errors > 0 && (
                  <Badge color="red" variant="light">
                    {errors} {errors === 1 ? 'error' : 'errors'}
                  </Badge>
                )}
                {warnings > 0 && (
                  <Badge color="yellow" variant="light">
                    {warnings} {warnings === 1 ? 'warning' : 'warnings'}
                  </Badge>
                )}
              </Group>
            )}
          </Group>
          <div aria-live="polite" data-testid="summary-eligibility">
            {!hasActivityType ? (
              <Text size="sm" c="dimmed">
                Choose an activity type: its rules are checked here.
              </Text>
            ) : findings === null ? (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  Checking…
                </Text>
              </Group>
            ) : findings.length === 0 ? (
              <Group gap={6} wrap="nowrap">
                <IconCircleCheck size={18} color="var(--mantine-color-green-8)" aria-hidden />
                <Text size="sm">No problems with what is filled in so far.</Text>
              </Group>
            ) : (
              <FindingsList results={findings} />
            )}
          </div>
          <Text size="xs" c="dimmed" mt="xs">
            Errors block completing the mobility, not saving it; warnings never block.
          </Text>
        </div>
      </Stack>
    </Card>
  );
}

/** Duration, distance and travel: on the form as it is typed, and on the mobility's page as stored. */
export function MetricsFigures({ metrics, travelDays }: { metrics: MobilityMetrics; travelDays: number }) {
  return (
    <Stack gap="sm">
      <Figure
        label="Duration"
        testId="summary-duration"
        value={
          metrics.durationDays === null
            ? '—'
            : `${metrics.durationDays} ${metrics.durationDays === 1 ? 'day' : 'days'}`
        }
        note={
          metrics.durationDays === null
            ? 'Set the start and end dates'
            : `Activity days, travel excluded${travelDays > 0 ? `; plus ${travelDays} travel ${travelDays === 1 ? 'day' : 'days'}` : ''}`
        }
      />
      <Figure
        label="Distance"
        testId="summary-distance"
        value={
          metrics.distanceKm === null ? '—' : `${Math.round(metrics.distanceKm).toLocaleString('en-GB')} km`
        }
        note={
          metrics.distanceKm === null ? 'Pick the origin and destination cities' : 'Great-circle distance'
        }
      />
      <Figure
        label="Distance band"
        testId="summary-band"
        value={metrics.distanceKm === null ? '—' : distanceBandLabel(metrics.distanceBand)}
        note={
          metrics.distanceKm !== null && metrics.distanceBand === null
            ? 'Under 10 km: no travel grant'
            : 'Decides the travel grant'
        }
      />
      <Figure
        label="Green travel"
        testId="summary-green"
        value={
          metrics.greenTravel ? (
            <Group gap={4} component="span" wrap="nowrap">
              <IconLeaf size={16} color="var(--mantine-color-green-8)" aria-hidden />
              Yes
            </Group>
          ) : (
            'No'
          )
        }
        note="Train, bus, coach, car sharing, bike or other sustainable means"
      />
      <Figure
        label="Funded travel days"
        testId="summary-funded-travel"
        value={String(metrics.fundedTravelDays)}
        note={metrics.greenTravel ? 'Up to 6 with green travel' : 'Up to 2 (6 with green travel)'}
      />
    </Stack>
  );
}

function Figure({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: ReactNode;
  note: string;
  testId: string;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      </div>
      <Text fw={700} size="md" ta="right" style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}
