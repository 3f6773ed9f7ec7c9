import { getRouteApi } from '@tanstack/react-router';
import { OutcomePage } from '../features/analytics/outcome-page';

const organisationRoute = getRouteApi('/console/o/$organisationId/outcomes/$code');
const adminRoute = getRouteApi('/console/admin/outcomes/$code');

export function OrganisationOutcomeRoute() {
  const { organisationId, code } = organisationRoute.useParams();
  const navigate = organisationRoute.useNavigate();
  return (
    <OutcomePage
      key={code}
      organisationId={organisationId}
      code={code}
      filters={organisationRoute.useSearch()}
      onFiltersChange={(search) => navigate({ search })}
    />
  );
}

export function AdminOutcomeRoute() {
  const { code } = adminRoute.useParams();
  const navigate = adminRoute.useNavigate();
  return (
    <OutcomePage
      key={code}
      organisationId={undefined}
      code={code}
      filters={adminRoute.useSearch()}
      onFiltersChange={(search) => navigate({ search })}
    />
  );
}
