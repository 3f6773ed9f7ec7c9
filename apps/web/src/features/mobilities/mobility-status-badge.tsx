import { Badge } from '@mantine/core';
import { statusColor, statusLabel } from '../../lib/labels';

export function MobilityStatusBadge({ status, size }: { status: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={statusColor(status)} variant="light" size={size}>
      {statusLabel(status)}
    </Badge>
  );
}
