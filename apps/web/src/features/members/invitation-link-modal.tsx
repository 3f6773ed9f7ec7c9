import { Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';

export interface InvitationToPassOn {
  name: string;
  link: string;
}

/**
 * Without a mail server nobody else may read an invitation link (the outbox hides it), so whoever invites is given
 * it once, to pass on themselves.
 */
export function InvitationLinkModal({
  invitation,
  onClose,
}: {
  invitation: InvitationToPassOn | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={invitation !== null} onClose={onClose} title="Pass the invitation on" size="lg">
      {invitation && (
        <Stack gap="md">
          <Text size="sm">
            This server sends no e-mail, so give {invitation.name} this link yourself, in a way only they can
            read. It lets them choose a password, works once and for 7 days, and is not shown again.
          </Text>
          <Code block data-testid="invitation-link" style={{ wordBreak: 'break-all' }}>
            {invitation.link}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={invitation.link}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'green' : 'blue'} onClick={copy}>
                  {copied ? 'Link copied' : 'Copy the link'}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** What happened to an invitation, in words, for the notification after inviting or sending again. */
export function invitationOutcome(
  result: { invitationLink: string | null; emailed: boolean; awaitingApproval?: boolean },
  email: string,
): string {
  if (result.awaitingApproval)
    return `A coordinator of the organisation must approve it before ${email} is invited.`;
  if (result.invitationLink) return 'Pass the link on to them: it is shown once.';
  if (result.emailed) return `We e-mailed ${email} the invitation.`;
  return `${email} finds the invitation in Mobilis after signing in.`;
}
