import { getRouteApi } from '@tanstack/react-router';
import { ProjectReportPage } from '../features/analytics/project-report-page';

const route = getRouteApi('/console/o/$organisationId/member/projects/$projectId/report');

export function ProjectReportRoute() {
  const { organisationId, projectId } = route.useParams();
  return <ProjectReportPage organisationId={organisationId} projectId={projectId} />;
}
