import { getRouteApi } from '@tanstack/react-router';
import { ImportPage } from '../features/import/import-page';

const route = getRouteApi('/console/o/$organisationId/member/import');

export function ImportRoute() {
  const navigate = route.useNavigate();
  return (
    <ImportPage
      organisationId={route.useParams().organisationId}
      jobId={route.useSearch().job}
      onJobChange={(job) => void navigate({ search: { job } })}
    />
  );
}
