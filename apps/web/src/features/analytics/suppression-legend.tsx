import { Group, Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';

/** What "fewer than k" means, wherever figures may be withheld. */
export function SuppressionLegend({ minimumCellSize }: { minimumCellSize: number }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="suppression-legend">
      <IconEyeOff size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="xs" c="dimmed">
        <strong>fewer than {minimumCellSize}</strong> (grey “&lt; {minimumCellSize}” in charts): the figure is
        withheld because fewer than {minimumCellSize} participants stand behind it, or because it would let
        someone work out such a small group from the others. Exports write it as “suppressed (&lt;{' '}
        {minimumCellSize})”. A dash means nobody answered.
      </Text>
    </Group>
  );
}
