import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AnchorLink } from '../../components/links';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { errorCode } from '../../lib/server-error';
import { useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { type AddPartnerModal, MobilityForm } from './mobility-form';

interface NewMobilityPageProps {
  organisationId: string;
  projectId: string | undefined;
  AddPartner: AddPartnerModal;
}

export function NewMobilityPage({ organisationId, projectId, AddPartner }: NewMobilityPageProps) {
  const { canEdit } = useMemberAccess(organisationId);
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" c="dimmed">
          <AnchorLink to="/o/$organisationId/mobilities" params={{ organisationId }} size="sm">
            Mobilities
          </AnchorLink>{' '}
          › New
        </Text>
        <Title order={2}>New mobility</Title>
        <Text size="sm" c="dimmed">
          A new mobility is a draft: fill in what you know now and the rest later. The summary shows what is
          still missing or not eligible.
        </Text>
      </div>
      {canEdit ? (
        <MobilityForm organisationId={organisationId} projectId={projectId} AddPartner={AddPartner} />
      ) : (
        <ReadOnly />
      )}
    </Stack>
  );
}

interface EditMobilityPageProps {
  organisationId: string;
  mobilityId: string;
  AddPartner: AddPartnerModal;
}

export function EditMobilityPage({ organisationId, mobilityId, AddPartner }: EditMobilityPageProps) {
  const trpc = useTRPC();
  const { canEdit } = useMemberAccess(organisationId);
  // Always the stored version: the form starts from it, and a cached one may be out of date.
  const mobility = useQuery({
    ...trpc.mobility.byId.queryOptions({ organisationId, id: mobilityId }),
    staleTime: 0,
  });

  return (
    <Stack gap="md">
      <div>
        <Text size="sm" c="dimmed">
          <AnchorLink to="/o/$organisationId/mobilities" params={{ organisationId }} size="sm">
            Mobilities
          </AnchorLink>{' '}
          ›{' '}
          <AnchorLink
            to="/o/$organisationId/mobilities/$mobilityId"
            params={{ organisationId, mobilityId }}
            size="sm"
          >
            Mobility
          </AnchorLink>{' '}
          › Edit
        </Text>
        <Title order={2}>Edit mobility</Title>
      </div>
      {!canEdit ? (
        <ReadOnly />
      ) : mobility.isPending || mobility.isRefetching ? (
        <LoadingState label="Loading the mobility…" />
      ) : mobility.isError ? (
        errorCode(mobility.error) === 'NOT_FOUND' ? (
          <EmptyState title="Mobility not found">
            It may have been deleted, or belongs to another organisation.
          </EmptyState>
        ) : (
          <ErrorState title="The mobility could not be loaded" error={mobility.error} />
        )
      ) : (
        <MobilityForm organisationId={organisationId} mobility={mobility.data} AddPartner={AddPartner} />
      )}
    </Stack>
  );
}

function ReadOnly() {
  return (
    <EmptyState title="Read only">
      Only the organisation's coordinators create and change mobilities.
    </EmptyState>
  );
}
