import { Group, Progress, Stack, Text } from '@mantine/core';

interface ImportProgressProps {
  status: string;
  rowsRead: number;
  rowsValidated: number;
  rowsWritten: number;
  /** Rows of the file, once the dry run has counted them. */
  total: number | null;
  /** Imports on the server ahead of this one while it waits its turn. */
  jobsAhead: number | null;
}

const labels: Record<string, string> = {
  queued: 'Waiting to start',
  analysing: 'Dry run: reading and checking rows',
  committing: 'Writing every row in one transaction',
};

/** Rows read, validated and written so far, for a job that is still running. */
export function ImportProgress({
  status,
  rowsRead,
  rowsValidated,
  rowsWritten,
  total,
  jobsAhead,
}: ImportProgressProps) {
  const base = Math.max(total ?? rowsRead, 1);
  const percent = (count: number) => Math.min(100, (count / base) * 100);
  const writing = status === 'committing';
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Text fw={600}>{labels[status] ?? status}</Text>
      {status === 'queued' && jobsAhead !== null && jobsAhead > 0 && (
        <Text size="sm">
          {jobsAhead === 1 ? 'One import is' : `${jobsAhead} imports are`} ahead of this one on the server; it
          starts by itself when its turn comes.
        </Text>
      )}
      <Progress.Root size="lg" aria-label="Import progress">
        <Progress.Section value={writing ? 100 : percent(rowsValidated)} color="blue" />
      </Progress.Root>
      <Group gap="lg">
        <Text size="sm">Rows read: {rowsRead.toLocaleString('en')}</Text>
        <Text size="sm">Rows validated: {rowsValidated.toLocaleString('en')}</Text>
        <Text size="sm">Records written: {rowsWritten.toLocaleString('en')}</Text>
      </Group>
      {writing && (
        <Text size="sm" c="dimmed">
          Nothing is visible until every row is written. You can leave this page and come back.
        </Text>
      )}
    </Stack>
  );
}
