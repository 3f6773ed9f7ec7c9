import { getRouteApi } from '@tanstack/react-router';
import { RelatedMobilities } from '../features/mobilities/mobility-table';
import { ParticipantPage } from '../features/participants/participant-page';

const route = getRouteApi('/console/o/$organisationId/member/participants/$participantId');

export function ParticipantRoute() {
  const { organisationId, participantId } = route.useParams();
  return (
    <ParticipantPage
      key={participantId}
      organisationId={organisationId}
      participantId={participantId}
      mobilities={<RelatedMobilities organisationId={organisationId} participantId={participantId} />}
    />
  );
}
