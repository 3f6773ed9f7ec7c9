import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMessage {
  toAddress: string;
  subject: string;
  bodyText: string;
}

export interface Mailbox {
  /** SMTP_URL for the server under test. */
  smtpUrl: string;
  /** Waits until a message to `to` that `matches` has arrived. */
  waitFor(
    to: string,
    matches?: (message: ReceivedMessage) => boolean,
    timeoutMs?: number,
  ): Promise<ReceivedMessage>;
  close(): Promise<void>;
}

function recipientsOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((address) => address.value.map((entry) => entry.address ?? ''));
}

/**
 * A real SMTP server on a free local port that keeps what it receives: the e-mail a person would get, read the way
 * they would, since nobody else may read its links (the outbox hides them).
 */
export async function startMailbox(): Promise<Mailbox> {
  const received: ReceivedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const toAddress of recipientsOf(mail)) {
            received.push({ toAddress, subject: mail.subject ?? '', bodyText: mail.text ?? '' });
          }
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
  });
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    async waitFor(to, matches = () => true, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = received.findLast((message) => message.toAddress === to && matches(message));
        if (found) return found;
        if (Date.now() > until) {
          const seen = received.map((m) => `${m.toAddress}: ${m.subject}`).join('; ');
          throw new Error(`No message to ${to} after ${timeoutMs} ms; the mailbox holds: ${seen}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Server settings that deliver e-mail to the mailbox at once. */
export function mailEnv(mailbox: Mailbox): Record<string, string> {
  return { SMTP_URL: mailbox.smtpUrl, OUTBOX_INTERVAL_MS: '200' };
}

/** The path and fragment of the first link in a message (links name MOBILIS_PUBLIC_URL's host, not the test's). */
export function linkPath(body: string, pattern: RegExp): string {
  const link = body.match(/https?:\/\/\S+/)?.[0];
  if (!link || !pattern.test(link)) throw new Error(`No link matching ${pattern} in:\n${body}`);
  const { pathname, hash } = new URL(link);
  return `${pathname}${hash}`;
}
