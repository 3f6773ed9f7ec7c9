import { Alert, Button, Card, FileInput, Group, Select, Stack, Text, Title } from '@mantine/core';
import { importLimits } from '@mobilis/schema';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { ImportJobPanel } from './import-job-panel';
import { PastImportsTable } from './past-imports-table';
import { uploadImportFile } from './upload-import-file';

interface ImportPageProps {
  organisationId: string;
  /** The import shown, kept in the address so that a person can leave and come back. */
  jobId: string | undefined;
  onJobChange: (jobId: string | undefined) => void;
}

export function ImportPage({ organisationId, jobId, onJobChange }: ImportPageProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { canEdit } = useMemberAccess(organisationId);
  const projects = useQuery(trpc.project.list.queryOptions({ organisationId }));
  const [projectId, setProjectId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => uploadImportFile(organisationId, projectId ?? '', file as File),
    onSuccess: (id) => {
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: trpc.import.list.queryKey({ organisationId }) });
      onJobChange(id);
    },
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Import</Title>
          <Text c="dimmed" size="sm">
            Participants and mobilities from a spreadsheet: the Mobilis template or a Beneficiary Module
            mobility export (CSV or XLSX, up to {Math.round(importLimits.maxFileBytes / 1024 / 1024)} MB and{' '}
            {importLimits.maxRows.toLocaleString('en')} rows). A dry run shows what would change before
            anything is written.
          </Text>
        </div>
        <Group gap="xs">
          {(['xlsx', 'csv'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              href={`/api/import-template.${format}`}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
            >
              Template ({format.toUpperCase()})
            </Button>
          ))}
        </Group>
      </Group>
      {canEdit ? (
        <Card withBorder>
          <Stack gap="sm">
            <Group grow align="flex-end">
              <Select
                label="Project"
                placeholder="Choose the project the rows belong to"
                data={(projects.data ?? []).map((project) => ({
                  value: project.id,
                  label: `${project.grantAgreementNumber}${project.title ? ` · ${project.title}` : ''}`,
                }))}
                value={projectId}
                onChange={setProjectId}
                required
              />
              <FileInput
                label="File"
                placeholder="CSV or XLSX"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={setFile}
                clearable
              />
            </Group>
            <Group>
              <Button
                leftSection={<IconUpload size={16} />}
                disabled={!projectId || !file}
                loading={upload.isPending}
                onClick={() => upload.mutate()}
              >
                Upload and check
              </Button>
            </Group>
            {upload.error && (
              <Alert color="red" role="alert">
                {upload.error.message}
              </Alert>
            )}
          </Stack>
        </Card>
      ) : (
        <Text c="dimmed">Only coordinators of this organisation can import files.</Text>
      )}
      {jobId && (
        <ImportJobPanel key={jobId} organisationId={organisationId} jobId={jobId} canEdit={canEdit} />
      )}
      <Title order={3}>Past imports</Title>
      <PastImportsTable organisationId={organisationId} selectedId={jobId} onSelect={onJobChange} />
    </Stack>
  );
}
