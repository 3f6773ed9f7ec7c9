import { getRouteApi } from '@tanstack/react-router';
import { AnalyticsOverviewPage } from '../features/analytics/overview-page';

const organisationRoute = getRouteApi('/console/o/$organisationId/outcomes');
const adminRoute = getRouteApi('/console/admin/outcomes');

export function OrganisationAnalyticsRoute() {
  const { organisationId } = organisationRoute.useParams();
  const navigate = organisationRoute.useNavigate();
  return (
    <AnalyticsOverviewPage
      organisationId={organisationId}
      filters={organisationRoute.useSearch()}
      defaultBreakdown="all"
      onFiltersChange={(search) => navigate({ search })}
    />
  );
}

/** Every organisation, for platform administrators, broken down by organisation unless they choose otherwise. */
export function AdminAnalyticsRoute() {
  const navigate = adminRoute.useNavigate();
  return (
    <AnalyticsOverviewPage
      organisationId={undefined}
      filters={adminRoute.useSearch()}
      defaultBreakdown="organisation"
      onFiltersChange={(search) => navigate({ search })}
    />
  );
}
