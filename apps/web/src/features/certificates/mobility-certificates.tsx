import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../lib/trpc';
import { certificateUrl } from './certificate-urls';

/** Who gets a certificate: the participant, or the learners of a group (accompanying persons answer no survey). */
const holderRoles = new Set(['participant', 'learner']);

/**
 * A completed mobility's certificates, one PDF per participant in their own language, for coordinators and
 * viewers. Nothing shows before the mobility is completed.
 */
export function MobilityCertificates({
  organisationId,
  mobilityId,
}: {
  organisationId: string;
  mobilityId: string;
}) {
  const trpc = useTRPC();
  const headingId = useId();
  // The mobility page loads the same query: this reads it from the cache.
  const mobility = useQuery(trpc.mobility.byId.queryOptions({ organisationId, id: mobilityId }));
  if (mobility.data?.status !== 'completed') return null;
  const holders = mobility.data.participants.filter((person) => holderRoles.has(person.role));

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid="certificates">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            Certificates
          </Title>
          <Text size="sm" c="dimmed">
            A certificate of the mobility for each participant, in their language, in the spirit of Europass
            Mobility: what they did, where and when, and the outcomes they reported progress on, with the EU
            key competences. Each download is recorded in the history.
          </Text>
        </div>
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {holders.map((person) => {
            const name = `${person.givenName} ${person.familyName}`;
            return (
              <Group component="li" key={person.id} justify="space-between" wrap="nowrap">
                <Text size="sm">{name}</Text>
                <Button
                  component="a"
                  href={certificateUrl(organisationId, mobilityId, person.id)}
                  variant="default"
                  size="xs"
                  leftSection={<IconFileCertificate size={16} />}
                  aria-label={`Certificate (PDF) of ${name}`}
                >
                  Certificate (PDF)
                </Button>
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Card>
  );
}
