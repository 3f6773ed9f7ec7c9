import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ImportReport } from '@mobilis/schema';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '../../components/page-states';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { ColumnMappingForm } from './column-mapping-form';
import { ImportProgress } from './import-progress';
import { RejectedRowsTable } from './rejected-rows-table';

const running = new Set(['queued', 'analysing', 'committing']);

interface ImportJobPanelProps {
  organisationId: string;
  jobId: string;
  canEdit: boolean;
}

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fz="xl" fw={700} c={color} aria-label={`${label}: ${value}`}>
        {value.toLocaleString('en')}
      </Text>
    </Card>
  );
}

function DryRunCounts({ report }: { report: ImportReport }) {
  const { counts, records } = report;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Count label="Would be created" value={counts.created} color="teal" />
        <Count label="Would be updated" value={counts.updated} color="blue" />
        <Count label="Unchanged" value={counts.unchanged} />
        <Count label="Rejected" value={counts.rejected} color={counts.rejected > 0 ? 'red' : undefined} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {counts.rows.toLocaleString('en')} rows: {records.participantsCreated} new and{' '}
        {records.participantsUpdated} updated participants, {records.mobilitiesCreated} new and{' '}
        {records.mobilitiesUpdated} updated mobilities, {records.partnersCreated} new partner organisations.
        Participants match by e-mail (else name and birth date), mobilities by their mobility activity ID.
      </Text>
    </Stack>
  );
}

/** One import: its progress while it runs, then the dry-run report and what can be done with it. */
export function ImportJobPanel({ organisationId, jobId, canEdit }: ImportJobPanelProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const job = useQuery({
    ...trpc.import.get.queryOptions({ organisationId, id: jobId }),
    refetchInterval: (query) => (query.state.data && running.has(query.state.data.status) ? 1000 : false),
    staleTime: 0,
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.import.get.queryKey({ organisationId, id: jobId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.import.list.queryKey({ organisationId }) });
  };
  const confirm = useMutation(trpc.import.confirm.mutationOptions({ onSuccess: refresh }));
  const cancel = useMutation(trpc.import.cancel.mutationOptions({ onSuccess: refresh }));
  const remap = useMutation(trpc.import.setMapping.mutationOptions({ onSuccess: refresh }));

  if (job.isPending) return <LoadingState label="Loading the import…" />;
  if (job.isError) return <ErrorState title="The import could not be loaded" error={job.error} />;
  const { status, report } = job.data;
  const layoutName =
    report?.layout === 'beneficiary-module' ? 'Beneficiary Module mobility layout' : 'Mobilis template';

  return (
    <Card withBorder>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3}>{job.data.fileName}</Title>
          <Badge variant="light" aria-label={`Import status: ${status}`}>
            {status}
          </Badge>
        </Group>
        {report && (
          <Text size="sm">
            Detected layout: <b>{layoutName}</b> · project {job.data.grantAgreementNumber}
          </Text>
        )}
        {running.has(status) && (
          <ImportProgress
            status={status}
            rowsRead={job.data.rowsRead}
            rowsValidated={job.data.rowsValidated}
            rowsWritten={job.data.rowsWritten}
            total={report?.counts.rows ?? null}
            jobsAhead={job.data.jobsAhead}
          />
        )}
        {status === 'failed' && (
          <Alert color="red" icon={<IconAlertTriangle />} title="The import failed: nothing was written">
            {job.data.error}
          </Alert>
        )}
        {status === 'committed' && report && (
          <Alert color="teal" icon={<IconCheck />} title="Imported">
            {report.counts.created} rows created, {report.counts.updated} updated, {report.counts.unchanged}{' '}
            unchanged ({job.data.rowsWritten.toLocaleString('en')} records written).
          </Alert>
        )}
        {report && <DryRunCounts report={report} />}
        {report && report.unknownHeaders.length > 0 && status === 'ready' && canEdit && (
          <ColumnMappingForm
            unknownHeaders={report.unknownHeaders}
            busy={remap.isPending}
            onSubmit={(mapping) => remap.mutate({ organisationId, id: jobId, mapping })}
          />
        )}
        {report && report.warningCount > 0 && (
          <Alert color="yellow" title={`${report.warningCount} warnings (rows are imported anyway)`}>
            {report.warnings.slice(0, 5).map((warning) => (
              <Text size="sm" key={`${warning.line}:${warning.column}`}>
                Line {warning.line}, {warning.column}: {warning.message}
              </Text>
            ))}
          </Alert>
        )}
        {report && report.issueCount > 0 && (
          <RejectedRowsTable
            issues={report.issues}
            issueCount={report.issueCount}
            downloadUrl={`/api/organisations/${organisationId}/imports/${jobId}/rejected.csv`}
          />
        )}
        {status === 'ready' && canEdit && (
          <Stack gap="xs">
            {job.data.confirmBlocker ? (
              <Alert color="orange" title="This file cannot be imported yet">
                {job.data.confirmBlocker}. As in the Beneficiary Module, an import writes all its rows or
                none: fix the rows in your file and upload it again.
              </Alert>
            ) : (
              <Text size="sm">Nothing has been written yet. Confirm to write every row in one go.</Text>
            )}
            <Group>
              <Button
                disabled={job.data.confirmBlocker !== null}
                loading={confirm.isPending}
                onClick={() => confirm.mutate({ organisationId, id: jobId })}
              >
                Confirm import
              </Button>
              <Button
                variant="default"
                loading={cancel.isPending}
                onClick={() => cancel.mutate({ organisationId, id: jobId })}
              >
                Cancel
              </Button>
            </Group>
            {(confirm.error ?? cancel.error ?? remap.error) && (
              <Text c="red" size="sm" role="alert">
                {errorMessage(confirm.error ?? cancel.error ?? remap.error)}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
