import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '../../components/page-states';
import { errorCode } from '../../lib/server-error';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { OutstandingSurveys } from './outstanding-surveys';
import { ResponseRates } from './response-rates';
import { SurveySettingsForm, SurveySettingsSummary } from './survey-settings-form';

interface ProjectSurveyPanelProps {
  organisationId: string;
  projectId: string;
}

/**
 * A project's outcome surveys: the response rate of each survey, when the surveys go out, and everyone who has
 * not answered yet. Coordinators change the settings and send reminders.
 */
export function ProjectSurveyPanel({ organisationId, projectId }: ProjectSurveyPanelProps) {
  const trpc = useTRPC();
  const { canEdit } = useMemberAccess(organisationId);
  const stats = useQuery(trpc.survey.projectStats.queryOptions({ organisationId, projectId }));
  const settings = useQuery(trpc.survey.settings.queryOptions({ organisationId, projectId }));

  // The project page says it when the project is not there.
  if (errorCode(stats.error) === 'NOT_FOUND') return null;
  return (
    <Stack gap="lg" component="section" aria-labelledby="project-surveys">
      <div>
        <Title order={3} size="h4" id="project-surveys">
          Outcome surveys
        </Title>
        <Text size="sm" c="dimmed">
          Baseline, end-of-mobility and follow-up surveys measure what the project's mobilities change for
          their participants.
        </Text>
      </div>
      <Card withBorder padding="lg">
        <Title order={4} size="h5" mb="sm">
          Response rates
        </Title>
        {stats.isPending && <LoadingState label="Loading the response rates…" />}
        {stats.isError && <ErrorState title="The response rates could not be loaded" error={stats.error} />}
        {stats.data && <ResponseRates stats={stats.data} />}
        <Text size="xs" c="dimmed" mt="xs">
          The response rate is the share of the surveys sent that were answered.
        </Text>
      </Card>
      <Card withBorder padding="lg">
        <Title order={4} size="h5" mb="sm">
          When surveys go out
        </Title>
        {settings.isPending && <LoadingState label="Loading the settings…" />}
        {settings.isError && <ErrorState title="The settings could not be loaded" error={settings.error} />}
        {settings.data &&
          (canEdit ? (
            <SurveySettingsForm
              organisationId={organisationId}
              projectId={projectId}
              settings={settings.data}
            />
          ) : (
            <SurveySettingsSummary settings={settings.data} />
          ))}
      </Card>
      <Card withBorder padding="lg">
        <Title order={4} size="h5" mb="sm">
          Not answered yet
        </Title>
        <OutstandingSurveys organisationId={organisationId} projectId={projectId} canEdit={canEdit} />
      </Card>
    </Stack>
  );
}
