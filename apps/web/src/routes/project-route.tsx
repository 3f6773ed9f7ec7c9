import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { ProjectCertificates } from '../features/certificates/project-certificates';
import { RelatedMobilities } from '../features/mobilities/mobility-table';
import { ProjectPage } from '../features/projects/project-page';
import { ProjectSurveyPanel } from '../features/survey-admin/project-survey-panel';

const route = getRouteApi('/console/o/$organisationId/member/projects/$projectId');

export function ProjectRoute() {
  const { organisationId, projectId } = route.useParams();
  return (
    <Stack gap="lg">
      <ProjectPage
        key={projectId}
        organisationId={organisationId}
        projectId={projectId}
        mobilities={<RelatedMobilities organisationId={organisationId} projectId={projectId} />}
      />
      <ProjectCertificates organisationId={organisationId} projectId={projectId} />
      <ProjectSurveyPanel organisationId={organisationId} projectId={projectId} />
    </Stack>
  );
}
