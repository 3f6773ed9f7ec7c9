import { getRouteApi } from '@tanstack/react-router';
import { ProjectsPage } from '../features/projects/projects-page';

const route = getRouteApi('/console/o/$organisationId/member/projects');

export function ProjectsRoute() {
  return <ProjectsPage organisationId={route.useParams().organisationId} />;
}
