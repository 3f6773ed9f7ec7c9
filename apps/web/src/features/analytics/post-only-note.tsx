import { Text } from '@mantine/core';
import type { Guarded, Share } from '@mobilis/schema';
import { formatNumber } from './table-cells';

/** Participants without a baseline survey who agree at the end: shown, but as the weaker evidence it is. */
export function PostOnlyNote({ share }: { share: Guarded<Share> }) {
  if (share === null || share === 'suppressed') return null;
  return (
    <Text size="xs" c="dimmed">
      Without a baseline: {formatNumber(share.share, 'share')} agree at the end (n = {share.n}). Weaker
      evidence: there is no “before” to compare with.
    </Text>
  );
}
