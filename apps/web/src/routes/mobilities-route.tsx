import { getRouteApi } from '@tanstack/react-router';
import { ExportMenu } from '../features/export/export-menu';
import { MobilitiesPage } from '../features/mobilities/mobilities-page';
import { useMemberAccess } from '../lib/session';

const route = getRouteApi('/console/o/$organisationId/member/mobilities');

export function MobilitiesRoute() {
  const navigate = route.useNavigate();
  const { organisationId } = route.useParams();
  const search = route.useSearch();
  const { canEdit } = useMemberAccess(organisationId);
  return (
    <MobilitiesPage
      organisationId={organisationId}
      search={search}
      actions={
        <ExportMenu organisationId={organisationId} list="mobilities" filters={search} canEdit={canEdit} />
      }
      onSearchChange={(search, options) => void navigate({ search, replace: options?.replace ?? false })}
    />
  );
}
