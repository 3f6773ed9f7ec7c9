/** What administrators see of the outbox: enough to tell whether mail flows, nothing that opens a door. */

/** A one-time token as links carry it (32 random bytes in base64url, see auth/secrets.ts and survey links). */
const token = /[A-Za-z0-9_-]{43}/g;
const hiddenToken = '[hidden]';

export function withoutSecrets(text: string): string {
  return text.replace(token, hiddenToken);
}

interface ListedMessage {
  kind: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  lastError: string | null;
}

/** A mail server's refusal usually repeats the address it refused. */
const emailAddress = /[^\s<>"'()@]+@[^\s<>"'()@]+/g;

/**
 * Links lose their tokens in every message. A message to a participant (a survey invitation or reminder) shows
 * only the domain of the address and no body: participants are the organisation's to see, not the platform's.
 */
export function outboxViewOf<M extends ListedMessage>(message: M): M & { toParticipant: boolean } {
  const toParticipant = message.kind.startsWith('survey_');
  return {
    ...message,
    toAddress: toParticipant ? `…@${message.toAddress.split('@').pop() ?? ''}` : message.toAddress,
    subject: withoutSecrets(message.subject),
    bodyText: toParticipant ? '' : withoutSecrets(message.bodyText),
    lastError:
      message.lastError &&
      withoutSecrets(
        toParticipant ? message.lastError.replace(emailAddress, '[address]') : message.lastError,
      ),
    toParticipant,
  };
}
