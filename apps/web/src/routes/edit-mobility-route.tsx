import { getRouteApi } from '@tanstack/react-router';
import { EditMobilityPage } from '../features/mobilities/mobility-form-page';
import { PartnerFormModal } from '../features/partners/partner-form-modal';

const route = getRouteApi('/console/o/$organisationId/member/mobilities/$mobilityId/edit');

export function EditMobilityRoute() {
  const { organisationId, mobilityId } = route.useParams();
  return (
    <EditMobilityPage
      key={mobilityId}
      organisationId={organisationId}
      mobilityId={mobilityId}
      AddPartner={PartnerFormModal}
    />
  );
}
