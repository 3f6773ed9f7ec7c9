import {
  type Database,
  participantsPastRetention,
  purgeExpiredRateLimits,
  purgeOldImportFiles,
  purgeOldMessages,
  recordAuditEvent,
} from '@mobilis/db';
import type { FastifyBaseLogger } from 'fastify';
import { ConflictError } from '../domain-errors.js';
import { startRounds } from '../rounds.js';
import { erasePersonalData } from './erasure.js';

// The retention schedule: erases the participants whose organisation's retention period has passed, empties the
// files of imports finished a month ago and deletes messages sent three months ago, and says what it did, in the
// log and in each organisation's history. Any server process may run it: an erasure of someone erased already
// does nothing.

export interface RetentionReport {
  erased: number;
  importFiles: number;
  messages: number;
  /** Counts of recent attempts (keyed by caller addresses) a day past their window. */
  rateLimits: number;
  /** Organisations with an unfinished import, left for the next run (its file could bring people back). */
  postponed: number;
}

export async function runRetention(db: Database, now: Date): Promise<RetentionReport> {
  const due = await participantsPastRetention(db, { day: now.toISOString().slice(0, 10) });
  const erasedBy = new Map<string, number>();
  const postponed = new Set<string>();
  for (const { id, organisationId } of due) {
    if (postponed.has(organisationId)) continue;
    try {
      const report = await db
        .transaction()
        .execute((trx) =>
          erasePersonalData(trx, { organisationId, participantId: id, by: null, reason: 'retention', now }),
        );
      if (report) erasedBy.set(organisationId, (erasedBy.get(organisationId) ?? 0) + 1);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      postponed.add(organisationId);
    }
  }
  for (const [organisationId, erased] of erasedBy)
    await recordAuditEvent(db, {
      actorUserId: null,
      organisationId,
      entityType: 'retention',
      entityId: organisationId,
      action: 'run',
      changes: { erased: { to: erased } },
    });
  return {
    erased: [...erasedBy.values()].reduce((sum, count) => sum + count, 0),
    importFiles: await purgeOldImportFiles(db, now),
    messages: await purgeOldMessages(db, now),
    rateLimits: await purgeExpiredRateLimits(db, now),
    postponed: postponed.size,
  };
}

/** Runs the schedule every `intervalMs`. */
export function startRetention(deps: {
  db: Database;
  clock: () => Date;
  log?: FastifyBaseLogger | undefined;
  intervalMs: number;
}) {
  return startRounds(
    'retention',
    async () => {
      const report = await runRetention(deps.db, deps.clock());
      if (Object.values(report).some((count) => count > 0))
        deps.log?.info({ retention: report }, 'retention applied');
    },
    deps,
  );
}
