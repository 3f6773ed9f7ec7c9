import { type Executor, insertSurveyLink } from '@mobilis/db';
import { newSecret } from '../auth/secrets.js';

/** A new personal link to a survey. Several links of one survey can be live (invitation, reminders, copies). */
export async function issueSurveyLink(db: Executor, surveyId: string, publicUrl: string): Promise<string> {
  const { token, id } = newSecret();
  await insertSurveyLink(db, id, surveyId);
  return `${publicUrl.replace(/\/$/, '')}/s/${token}`;
}
