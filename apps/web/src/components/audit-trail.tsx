import { Badge, Box, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { countryName, formatDate } from '../lib/labels';
import { useMemberAccess } from '../lib/session';
import { useTRPC } from '../lib/trpc';
import { EmptyState, ErrorState, LoadingState } from './page-states';

type AuditedEntity = 'project' | 'participant' | 'partner' | 'mobility';

interface AuditTrailProps {
  organisationId: string;
  entityType: AuditedEntity;
  entityId: string;
  /** Names of the record's fields; others are spelled out from the field's name ("startDate" → "Start date"). */
  fieldLabels?: Readonly<Record<string, string>>;
  /** Describes a value where the plain one would be a code or an id; undefined falls back to the plain one. */
  formatValue?: (field: string, value: unknown) => string | undefined;
}

const actionLabels: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  status: 'Status changed',
  delete: 'Deleted',
};

/** Who changed a record and how, newest first. Coordinators only: for anyone else it renders nothing. */
export function AuditTrail(props: AuditTrailProps) {
  const { canEdit } = useMemberAccess(props.organisationId);
  if (!canEdit) return null;
  return <AuditTrailCard {...props} />;
}

function AuditTrailCard({ organisationId, entityType, entityId, fieldLabels, formatValue }: AuditTrailProps) {
  const trpc = useTRPC();
  const headingId = useId();
  const trail = useQuery(trpc.audit.trail.queryOptions({ organisationId, entityType, entityId }));
  const label = (field: string) => fieldLabels?.[field] ?? spellOut(field);
  const show = (field: string, value: unknown) => formatValue?.(field, value) ?? plainValue(value);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            History
          </Title>
          <Text size="sm" c="dimmed">
            Every change, by whom and when. Only coordinators see this. Sensitive fields are named, never
            copied.
          </Text>
        </div>
        {trail.isPending && <LoadingState label="Loading the history…" />}
        {trail.isError && <ErrorState title="The history could not be loaded" error={trail.error} />}
        {trail.data?.length === 0 && <EmptyState title="No changes recorded" />}
        {trail.data && trail.data.length > 0 && (
          <Stack gap="md" component="ol" m={0} p={0} style={{ listStyle: 'none' }} data-testid="audit-trail">
            {trail.data.map((event) => {
              // The owning organisation is the one whose page this is: not worth a row.
              const changes = Object.entries(event.changes).filter(([field]) => field !== 'organisationId');
              return (
                <Box
                  component="li"
                  key={event.id}
                  pl="md"
                  style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}
                >
                  <Group gap="xs" wrap="wrap">
                    <Badge variant="light" color={event.action === 'delete' ? 'red' : 'gray'}>
                      {actionLabels[event.action] ?? event.action}
                    </Badge>
                    <Text size="sm" fw={500}>
                      {event.actorName ?? 'Someone no longer on this server'}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {new Date(event.occurredAt).toLocaleString('en-GB', {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      })}
                    </Text>
                  </Group>
                  {changes.length > 0 && (
                    <Table
                      mt={6}
                      fz="sm"
                      verticalSpacing={4}
                      horizontalSpacing="xs"
                      aria-label={`${actionLabels[event.action] ?? event.action} on ${new Date(event.occurredAt).toLocaleString('en-GB')}`}
                    >
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th w="30%">Field</Table.Th>
                          {event.action !== 'create' && <Table.Th>Before</Table.Th>}
                          <Table.Th>{event.action === 'create' ? 'Value' : 'After'}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {changes.map(([field, change]) => (
                          <Table.Tr key={field}>
                            <Table.Td>{label(field)}</Table.Td>
                            {change.redacted ? (
                              <Table.Td colSpan={event.action === 'create' ? 1 : 2}>
                                <Text span size="sm" c="dimmed" fs="italic">
                                  {event.action === 'create' ? 'Recorded' : 'Changed'} (sensitive: value not
                                  kept)
                                </Text>
                              </Table.Td>
                            ) : (
                              <>
                                {event.action !== 'create' && <Table.Td>{show(field, change.from)}</Table.Td>}
                                <Table.Td>{show(field, change.to)}</Table.Td>
                              </>
                            )}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </Box>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function spellOut(field: string): string {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function plainValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map(plainValue).join(', ');
  if (typeof value === 'object' && 'city' in value && 'country' in value) {
    const place = value as { city: unknown; country: unknown };
    return `${String(place.city)}, ${countryName(String(place.country))}`;
  }
  return JSON.stringify(value);
}
