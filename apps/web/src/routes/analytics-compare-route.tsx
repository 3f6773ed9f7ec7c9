import { getRouteApi } from '@tanstack/react-router';
import { ComparePage } from '../features/analytics/compare-page';

const organisationRoute = getRouteApi('/console/o/$organisationId/outcomes/compare');
const adminRoute = getRouteApi('/console/admin/outcomes/compare');

export function OrganisationCompareRoute() {
  const { organisationId } = organisationRoute.useParams();
  const navigate = organisationRoute.useNavigate();
  return (
    <ComparePage
      organisationId={organisationId}
      search={organisationRoute.useSearch()}
      onSearchChange={(search) => navigate({ search, replace: true })}
    />
  );
}

export function AdminCompareRoute() {
  const navigate = adminRoute.useNavigate();
  return (
    <ComparePage
      organisationId={undefined}
      search={adminRoute.useSearch()}
      onSearchChange={(search) => navigate({ search, replace: true })}
    />
  );
}
