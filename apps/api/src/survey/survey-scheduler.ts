import {
  claimDueReminders,
  claimDueSurveys,
  type Database,
  type Executor,
  enqueueMessage,
  markSurveyInvited,
  markSurveyReminded,
  markSurveyUndelivered,
  surveyMessageFacts,
} from '@mobilis/db';
import type { FastifyBaseLogger } from 'fastify';
import { startRounds } from '../rounds.js';
import { issueSurveyLink } from './survey-links.js';
import { surveyMessage } from './survey-mail.js';

export interface SurveySchedulerOptions {
  db: Database;
  clock: () => Date;
  publicUrl: () => string;
  log?: FastifyBaseLogger;
  batchSize?: number;
}

/**
 * One round of the survey schedule: invitations for surveys that became due, then automatic reminders. Each
 * survey is claimed (FOR UPDATE SKIP LOCKED) in the transaction that queues its message and records it, so two
 * server processes never send the same message, and a crash sends nothing twice.
 */
export async function runSurveyRound({ db, clock, publicUrl, batchSize = 50 }: SurveySchedulerOptions) {
  const now = clock();
  const today = now.toISOString().slice(0, 10);
  const invited = await db.transaction().execute(async (trx) => {
    const due = await claimDueSurveys(trx, { today, limit: batchSize });
    for (const { id } of due) await sendSurveyMessage(trx, id, 'invitation', now, publicUrl());
    return due.length;
  });
  const reminded = await db.transaction().execute(async (trx) => {
    const due = await claimDueReminders(trx, { now, limit: batchSize });
    for (const { id } of due) await sendSurveyMessage(trx, id, 'reminder', now, publicUrl());
    return due.length;
  });
  return { invited, reminded };
}

/** Queues an invitation or reminder with a fresh personal link, and records it on the survey. */
export async function sendSurveyMessage(
  db: Executor,
  surveyId: string,
  kind: 'invitation' | 'reminder' | 'manual_reminder',
  now: Date,
  publicUrl: string,
): Promise<'sent' | 'no_address'> {
  const facts = await surveyMessageFacts(db, surveyId);
  if (!facts.email) {
    await markSurveyUndelivered(db, surveyId, 'The participant has no e-mail address', now);
    return 'no_address';
  }
  const link = await issueSurveyLink(db, surveyId, publicUrl);
  await enqueueMessage(db, {
    ...surveyMessage(kind === 'invitation' ? 'invitation' : 'reminder', facts, link),
    surveyId,
  });
  if (kind === 'invitation') await markSurveyInvited(db, surveyId, now);
  else await markSurveyReminded(db, surveyId, kind === 'reminder' ? 'auto' : 'manual', now);
  return 'sent';
}

/** Runs a round every `intervalMs` until stopped; stop() waits for a round in progress. */
export function startSurveyScheduler(options: SurveySchedulerOptions & { intervalMs: number }) {
  return startRounds('survey', () => runSurveyRound(options), options);
}
