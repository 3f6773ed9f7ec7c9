import { getRouteApi } from '@tanstack/react-router';
import { codeFromPath } from '../features/analytics/analytics-search';
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
      code={codeFromPath(code)}
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
      code={codeFromPath(code)}
      filters={adminRoute.useSearch()}
      onFiltersChange={(search) => navigate({ search })}
    />
  );
}
