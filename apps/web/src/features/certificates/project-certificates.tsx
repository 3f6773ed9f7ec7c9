import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../lib/trpc';
import { projectCertificatesUrl } from './certificate-urls';

/** All certificates of a project's completed mobilities in one zip, once there is at least one. */
export function ProjectCertificates({
  organisationId,
  projectId,
}: {
  organisationId: string;
  projectId: string;
}) {
  const trpc = useTRPC();
  const headingId = useId();
  // The project page loads the project: this reads it from the cache, and shows nothing where it is not found.
  const project = useQuery(trpc.project.byId.queryOptions({ organisationId, id: projectId }));
  const completed = useQuery(
    trpc.mobility.list.queryOptions({ organisationId, projectId, status: ['completed'], limit: 1 }),
  );
  const count = completed.data?.total ?? 0;
  if (!project.data) return null;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} maw={640}>
          <Title order={3} size="h4" id={headingId}>
            Certificates
          </Title>
          <Text size="sm" c="dimmed">
            {count > 0
              ? `One PDF per participant of the project’s ${count === 1 ? 'completed mobility' : `${count} completed mobilities`}, each in the participant’s language.`
              : 'Certificates can be downloaded once a mobility of this project is completed.'}
          </Text>
        </Stack>
        {count > 0 ? (
          <Button
            component="a"
            href={projectCertificatesUrl(organisationId, projectId)}
            variant="default"
            leftSection={<IconFileZip size={16} />}
          >
            Certificates (ZIP)
          </Button>
        ) : (
          <Button variant="default" leftSection={<IconFileZip size={16} />} disabled>
            Certificates (ZIP)
          </Button>
        )}
      </Group>
    </Card>
  );
}
