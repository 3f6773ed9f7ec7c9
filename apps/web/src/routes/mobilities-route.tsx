import { getRouteApi } from '@tanstack/react-router';
import { MobilitiesPage } from '../features/mobilities/mobilities-page';

const route = getRouteApi('/console/o/$organisationId/member/mobilities');

export function MobilitiesRoute() {
  const navigate = route.useNavigate();
  return (
    <MobilitiesPage
      organisationId={route.useParams().organisationId}
      search={route.useSearch()}
      onSearchChange={(search, options) => void navigate({ search, replace: options?.replace ?? false })}
    />
  );
}
