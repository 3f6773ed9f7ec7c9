import { Group, Stack, Text } from '@mantine/core';
import type { DisclosureRules } from '@mobilis/schema';
import { IconAdjustmentsHorizontal, IconEyeOff } from '@tabler/icons-react';

/** What "fewer than k" and adjusted figures mean, wherever figures may be withheld or adjusted. */
export function SuppressionLegend({ rules }: { rules: DisclosureRules }) {
  const k = rules.minimumCellSize;
  return (
    <Stack gap={4} data-testid="suppression-legend">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconEyeOff size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="xs" c="dimmed">
          <strong>fewer than {k}</strong> (grey “&lt; {k}” in charts): the figure is withheld because fewer
          than {k} participants stand behind it, or because it would let someone work it out from the figures
          beside it or from a wider question. Exports write it as “suppressed (&lt; {k})”. A dash means nobody
          answered.
        </Text>
      </Group>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconAdjustmentsHorizontal size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="xs" c="dimmed" data-testid="perturbation-legend">
          <strong>Adjusted figures</strong>: so that nobody’s answers can be worked out by setting one figure
          against another, every figure drawn from answers is moved by a small amount that is the same
          wherever the same participants are counted. A count of ratings, or of people who improved, moves by
          at most {rules.countNoise}; a mean change over n participants by at most {rules.meanNoise.rating} ÷
          n rating points ({rules.meanNoise.language} ÷ n CEFR levels), so 0.1 or less from{' '}
          {rules.meanNoise.rating * 10} participants on; intervals are widened by as much. Counts of
          participants and of surveys sent and answered are exact.
        </Text>
      </Group>
    </Stack>
  );
}
