import { getRouteApi } from '@tanstack/react-router';
import { PartnersPage } from '../features/partners/partners-page';

const route = getRouteApi('/console/o/$organisationId/member/partners');

export function PartnersRoute() {
  return <PartnersPage organisationId={route.useParams().organisationId} />;
}
