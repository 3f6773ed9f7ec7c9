import { getRouteApi } from '@tanstack/react-router';
import { ExportMenu } from '../features/export/export-menu';
import { ParticipantsPage } from '../features/participants/participants-page';
import { useMemberAccess } from '../lib/session';

const route = getRouteApi('/console/o/$organisationId/member/participants');

export function ParticipantsRoute() {
  const navigate = route.useNavigate();
  const { organisationId } = route.useParams();
  const search = route.useSearch();
  const { canEdit } = useMemberAccess(organisationId);
  return (
    <ParticipantsPage
      organisationId={organisationId}
      search={search}
      actions={
        <ExportMenu organisationId={organisationId} list="participants" filters={search} canEdit={canEdit} />
      }
      onSearchChange={(search, options) => void navigate({ search, replace: options?.replace ?? false })}
    />
  );
}
