import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { CursorPaging } from '../lib/cursor-paging';

interface CursorPagerProps {
  paging: CursorPaging;
  pageSize: number;
  /** Rows on this page. */
  rowCount: number;
  total: number;
  nextCursor: string | null;
  /** What the rows are: ["participant", "participants"]. */
  noun: readonly [string, string];
  /** The next page is loading. */
  busy?: boolean;
}

/** Where the table is in its list, and the buttons to move through it. */
export function CursorPager({ paging, pageSize, rowCount, total, nextCursor, noun, busy }: CursorPagerProps) {
  const first = paging.page === null ? null : (paging.page - 1) * pageSize + 1;
  const [one, many] = noun;
  const position =
    rowCount === 0
      ? `No ${many} on this page`
      : first === 1 && rowCount === total
        ? `${total} ${total === 1 ? one : many}`
        : first === null
          ? `${rowCount} of ${total} ${many}`
          : `${first}–${first + rowCount - 1} of ${total} ${many}`;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Group justify="space-between" px="md" py="sm" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {position}
        {paging.page !== null && pages > 1 ? ` · page ${paging.page} of ${pages}` : ''}
      </Text>
      {(paging.hasPrevious || nextCursor) && (
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconChevronLeft size={14} />}
            disabled={!paging.hasPrevious || busy}
            onClick={paging.previous}
          >
            {paging.page === null ? 'First page' : 'Previous'}
          </Button>
          <Button
            variant="default"
            size="xs"
            rightSection={<IconChevronRight size={14} />}
            disabled={!nextCursor || busy}
            onClick={() => nextCursor && paging.next(nextCursor)}
          >
            Next
          </Button>
        </Group>
      )}
    </Group>
  );
}
