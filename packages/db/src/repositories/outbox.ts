import { sql } from 'kysely';
import type { Executor } from '../executor.js';

export interface OutgoingMessage {
  kind: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  organisationId?: string | null;
  /** The survey the message invites to or reminds of. */
  surveyId?: string | null;
  sendAfter?: Date;
}

export async function enqueueMessage(db: Executor, message: OutgoingMessage): Promise<string> {
  const row = await db
    .insertInto('outboxMessage')
    .values({
      ...message,
      organisationId: message.organisationId ?? null,
      surveyId: message.surveyId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const listedColumns = [
  'id',
  'kind',
  'toAddress',
  'subject',
  'bodyText',
  'status',
  'attempts',
  'lastError',
  'createdAt',
  'sentAt',
] as const;

export async function listOutbox(db: Executor, { limit }: { limit: number }) {
  return db
    .selectFrom('outboxMessage')
    .select(listedColumns)
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Claims up to `limit` due messages for one sender. Rows locked by another process are skipped, and a claimed
 * row's send_after moves past the lease, so no two senders send the same message even across processes.
 */
export async function claimDueMessages(
  db: Executor,
  { limit, now, leaseMs }: { limit: number; now: Date; leaseMs: number },
) {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  return db
    .updateTable('outboxMessage')
    .set({ sendAfter: leaseUntil, attempts: sql`attempts + 1` })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outboxMessage')
        .select('id')
        .where('status', '=', 'pending')
        .where('sendAfter', '<=', now)
        .orderBy('sendAfter')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'toAddress', 'subject', 'bodyText', 'attempts'])
    .execute();
}

export async function markMessageSent(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('outboxMessage')
    .set({ status: 'sent', sentAt: now, lastError: null })
    .where('id', '=', id)
    .execute();
}

/**
 * Records a failed attempt: retried later, or failed for good after `maxAttempts`, when the survey it was for
 * (if any) becomes undelivered, as coordinators know the status from the Beneficiary Module.
 */
export async function markMessageFailed(
  db: Executor,
  id: string,
  { error, retryAt, maxAttempts }: { error: string; retryAt: Date; maxAttempts: number },
): Promise<void> {
  const message = await db
    .updateTable('outboxMessage')
    .set({
      lastError: error.slice(0, 500),
      sendAfter: retryAt,
      status: sql`case when attempts >= ${maxAttempts} then 'failed' else 'pending' end`,
    })
    .where('id', '=', id)
    .returning(['status', 'surveyId'])
    .executeTakeFirst();
  if (message?.status !== 'failed' || !message.surveyId) return;
  await db
    .updateTable('survey')
    .set({ status: 'undelivered', undeliveredReason: 'The e-mail could not be sent', updatedAt: new Date() })
    .where('id', '=', message.surveyId)
    .where('status', 'in', ['invited', 'reminded_auto', 'reminded_manual'])
    .execute();
}
