import { Badge } from '@mantine/core';

const colours: Record<string, string> = { pending: 'yellow', sent: 'green', failed: 'red' };

export function OutboxStatusBadge({ status }: { status: string }) {
  return (
    <Badge variant="dot" color={colours[status] ?? 'gray'}>
      {status}
    </Badge>
  );
}
