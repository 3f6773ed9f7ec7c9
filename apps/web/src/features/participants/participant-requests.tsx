import { Alert, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AnchorLink } from '../../components/links';
import { formatDate } from '../../lib/labels';
import { useTRPC } from '../../lib/trpc';

const asked = {
  access: 'asked for a copy of their data',
  erasure: 'asked for their data to be erased',
} as const;

/**
 * What participants asked about their data from their survey receipt and nobody has answered yet: a copy is
 * answered by downloading it from their page, an erasure by erasing them there. For coordinators.
 */
export function ParticipantRequests({ organisationId }: { organisationId: string }) {
  const trpc = useTRPC();
  const requests = useQuery(trpc.participant.openRequests.queryOptions({ organisationId }));
  if (!requests.data?.length) return null;
  return (
    <Alert color="orange" title="Requests from participants about their data">
      <Text size="sm" mb={6}>
        The GDPR gives a month to answer. Open the participant to send their copy or erase them.
      </Text>
      <List size="sm" spacing={4}>
        {requests.data.map((request) => (
          <List.Item key={request.id}>
            <AnchorLink
              to="/o/$organisationId/participants/$participantId"
              params={{ organisationId, participantId: request.participantId }}
              size="sm"
            >
              {request.givenName} {request.familyName}
            </AnchorLink>{' '}
            {asked[request.kind]} on {formatDate(String(request.requestedAt).slice(0, 10))}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
