import { Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { RouterOutputs } from '@mobilis/api';
import { OutboxStatusBadge } from './outbox-status-badge';

type Message = RouterOutputs['admin']['outbox'][number];

export function OutboxMessageModal({ message, onClose }: { message: Message | null; onClose: () => void }) {
  return (
    <Modal opened={message !== null} onClose={onClose} title={message?.subject ?? 'Message'} size="xl">
      {message && (
        <Stack gap="md">
          <Table variant="vertical" layout="fixed" aria-label="Message details">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={120}>To</Table.Th>
                <Table.Td>{message.toAddress}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Created</Table.Th>
                <Table.Td>{new Date(message.createdAt).toLocaleString()}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Status</Table.Th>
                <Table.Td>
                  <Group gap="xs">
                    <OutboxStatusBadge status={message.status} />
                    {message.sentAt && (
                      <Text size="sm">sent {new Date(message.sentAt).toLocaleString()}</Text>
                    )}
                    {message.attempts > 0 && !message.sentAt && (
                      <Text size="sm">{message.attempts} attempts</Text>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
              {message.lastError && (
                <Table.Tr>
                  <Table.Th>Last error</Table.Th>
                  <Table.Td>{message.lastError}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
          {message.toParticipant ? (
            <Text size="sm" c="dimmed">
              A message to a participant: its address and content are for their organisation only.
            </Text>
          ) : (
            <Code
              block
              data-testid="message-body"
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
            >
              {message.bodyText}
            </Code>
          )}
          <Text size="xs" c="dimmed">
            Links are shown without their secret part: nobody but the recipient can use them. Whoever invited
            a person is given the link to pass on where this server sends no e-mail.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
