import { getRouteApi } from '@tanstack/react-router';
import { ParticipantsPage } from '../features/participants/participants-page';

const route = getRouteApi('/console/o/$organisationId/member/participants');

export function ParticipantsRoute() {
  const navigate = route.useNavigate();
  return (
    <ParticipantsPage
      organisationId={route.useParams().organisationId}
      search={route.useSearch()}
      onSearchChange={(search, options) => void navigate({ search, replace: options?.replace ?? false })}
    />
  );
}
