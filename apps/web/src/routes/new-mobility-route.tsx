import { getRouteApi } from '@tanstack/react-router';
import { NewMobilityPage } from '../features/mobilities/mobility-form-page';
import { PartnerFormModal } from '../features/partners/partner-form-modal';

const route = getRouteApi('/console/o/$organisationId/member/mobilities/new');

export function NewMobilityRoute() {
  return (
    <NewMobilityPage
      organisationId={route.useParams().organisationId}
      projectId={route.useSearch().projectId}
      AddPartner={PartnerFormModal}
    />
  );
}
