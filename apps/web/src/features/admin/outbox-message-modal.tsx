import { Button, Code, CopyButton, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { RouterOutputs } from '@mobilis/api';
import { OutboxStatusBadge } from './outbox-status-badge';

type Message = RouterOutputs['admin']['outbox'][number];

export function OutboxMessageModal({ message, onClose }: { message: Message | null; onClose: () => void }) {
  const links = message?.bodyText.match(/https?:\/\/\S+/g) ?? [];

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
          <Code block data-testid="message-body" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {message.bodyText}
          </Code>
          <Group justify="flex-end">
            {links.map((link) => (
              <CopyButton key={link} value={link}>
                {({ copied, copy }) => (
                  <Button variant="light" color={copied ? 'green' : 'blue'} onClick={copy}>
                    {copied ? 'Link copied' : links.length > 1 ? `Copy ${link}` : 'Copy the link'}
                  </Button>
                )}
              </CopyButton>
            ))}
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
