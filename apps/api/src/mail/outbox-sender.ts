import { claimDueMessages, type Database, markMessageFailed, markMessageSent } from '@mobilis/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import { startRounds } from '../rounds.js';

export interface OutboxSenderOptions {
  db: Database;
  transport: Transporter;
  from: string;
  clock: () => Date;
  log?: FastifyBaseLogger;
  batchSize?: number;
  maxAttempts?: number;
}

const leaseMs = 5 * 60 * 1000;

/**
 * Sends what is due in the outbox once. Each message is claimed before it is sent (see claimDueMessages), so two
 * server processes never send the same one; a failure is retried with a growing delay.
 */
export async function sendDueMessages({
  db,
  transport,
  from,
  clock,
  log,
  batchSize = 20,
  maxAttempts = 5,
}: OutboxSenderOptions) {
  const claimed = await claimDueMessages(db, { limit: batchSize, now: clock(), leaseMs });
  let sent = 0;
  for (const message of claimed) {
    try {
      await transport.sendMail({
        from,
        to: message.toAddress,
        subject: message.subject,
        text: message.bodyText,
      });
      await markMessageSent(db, message.id, clock());
      sent += 1;
    } catch (error) {
      const retryAt = new Date(clock().getTime() + 2 ** message.attempts * 60_000);
      const reason = error instanceof Error ? error.message : String(error);
      await markMessageFailed(db, message.id, { error: reason, retryAt, maxAttempts });
      // The message id only: addresses are personal data.
      log?.warn({ messageId: message.id, attempt: message.attempts }, 'e-mail not sent');
    }
  }
  return { claimed: claimed.length, sent };
}

/** Runs sendDueMessages every `intervalMs` until stopped; stop() waits for a round in progress. */
export function startOutboxSender(options: OutboxSenderOptions & { intervalMs: number }) {
  return startRounds('outbox', () => sendDueMessages(options), options);
}
