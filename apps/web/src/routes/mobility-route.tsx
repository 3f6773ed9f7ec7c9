import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { MobilityCertificates } from '../features/certificates/mobility-certificates';
import { MobilityPage } from '../features/mobilities/mobility-page';
import { MobilitySurveyPanel } from '../features/survey-admin/mobility-survey-panel';

const route = getRouteApi('/console/o/$organisationId/member/mobilities/$mobilityId');

export function MobilityRoute() {
  const { organisationId, mobilityId } = route.useParams();
  return (
    <Stack gap="lg">
      <MobilityPage key={mobilityId} organisationId={organisationId} mobilityId={mobilityId} />
      <MobilityCertificates organisationId={organisationId} mobilityId={mobilityId} />
      <MobilitySurveyPanel organisationId={organisationId} mobilityId={mobilityId} />
    </Stack>
  );
}
