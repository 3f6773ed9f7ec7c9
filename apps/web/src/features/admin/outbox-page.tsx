import { Alert, Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import type { RouterOutputs } from '@mobilis/api';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useTRPC } from '../../lib/trpc';
import { OutboxMessageModal } from './outbox-message-modal';
import { OutboxStatusBadge } from './outbox-status-badge';

type Message = RouterOutputs['admin']['outbox'][number];

export function OutboxPage() {
  const trpc = useTRPC();
  const outbox = useQuery(trpc.admin.outbox.queryOptions({ limit: 200 }));
  const [reading, setReading] = useState<Message | null>(null);

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Outbox</Title>
        <Text c="dimmed" size="sm">
          The e-mails Mobilis sends, newest first: to see whether mail flows, not to read it.
        </Text>
      </div>
      <Alert color="blue" icon={<IconInfoCircle />} title="Messages wait here without a mail server">
        When the server runs without <code>SMTP_URL</code>, it sends no e-mail: messages stay “pending” in
        this outbox. Their links are hidden, so that no administrator can use a password reset or a survey
        link meant for someone else. Whoever invites a person is given the invitation link to pass on; a
        coordinator can send it again from the organisation's Members page.
      </Alert>
      <Card withBorder padding={0}>
        {outbox.isPending && <LoadingState label="Loading the outbox…" />}
        {outbox.isError && <ErrorState title="The outbox could not be loaded" error={outbox.error} />}
        {outbox.data?.length === 0 && (
          <EmptyState title="No messages yet">Invitations and password resets will appear here.</EmptyState>
        )}
        {outbox.data && outbox.data.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Outbox">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={200}>Created</Table.Th>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Subject</Table.Th>
                  <Table.Th w={140}>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.data.map((message) => (
                  <Table.Tr
                    key={message.id}
                    onClick={() => setReading(message)}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {new Date(message.createdAt).toLocaleString()}
                    </Table.Td>
                    <Table.Td>{message.toAddress}</Table.Td>
                    <Table.Td>
                      {/* A real button, so the row opens from the keyboard too. */}
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        ta="left"
                        onClick={() => setReading(message)}
                      >
                        {message.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <OutboxStatusBadge status={message.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <OutboxMessageModal message={reading} onClose={() => setReading(null)} />
    </Stack>
  );
}
