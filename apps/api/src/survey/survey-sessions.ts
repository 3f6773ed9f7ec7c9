import {
  type Executor,
  extendSurveySession,
  findSurveyByLink,
  findSurveyBySession,
  insertSurveySession,
} from '@mobilis/db';
import { hashSecret, newSecret } from '../auth/secrets.js';

/** A survey session lasts this long after the participant's last answer. */
export const surveySessionTtlMs = 2 * 60 * 60 * 1000;

export type LinkOutcome =
  | { kind: 'opened'; token: string; expiresAt: Date }
  | { kind: 'invalid' | 'submitted' };

/**
 * Exchanges a survey link's token for a session. A wrong or withdrawn link, or one of an excluded survey, is
 * simply invalid, so the answer says nothing about anyone else.
 */
export async function openSurveyLink(db: Executor, token: string, now: Date): Promise<LinkOutcome> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { kind: 'invalid' };
  const survey = await findSurveyByLink(db, hashSecret(token));
  if (!survey || survey.withdrawnAt || survey.status === 'excluded') return { kind: 'invalid' };
  if (survey.status === 'submitted') return { kind: 'submitted' };
  const session = newSecret();
  const expiresAt = new Date(now.getTime() + surveySessionTtlMs);
  await insertSurveySession(db, { id: session.id, surveyId: survey.id, expiresAt });
  return { kind: 'opened', token: session.token, expiresAt };
}

/** The survey of a live session, whose life it extends; undefined when the session ended. */
export async function resumeSurveySession(db: Executor, token: string, now: Date) {
  const sessionId = hashSecret(token);
  const survey = await findSurveyBySession(db, sessionId, now);
  if (!survey) return undefined;
  const expiresAt = new Date(now.getTime() + surveySessionTtlMs);
  await extendSurveySession(db, sessionId, expiresAt);
  return { surveyId: survey.id, status: survey.status, sessionId, expiresAt };
}
