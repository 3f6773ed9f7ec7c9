import type {} from '@fastify/cookie';
import { findSurvey, surveyMessageFacts } from '@mobilis/db';
import type { FastifyRequest } from 'fastify';
import { surveyCookieName } from '../auth/session-cookie.js';
import type { AppServices } from '../services.js';
import { resumeSurveySession } from '../survey/survey-sessions.js';

/** A participant, through the survey session their link opened (no account). */
export interface Respondent {
  sessionId: string;
  organisationId: string;
  mobilityId: string;
  participantId: string;
}

/** The participant behind the request's survey session, or undefined when it ended. */
export async function surveyRespondent(
  request: FastifyRequest,
  services: AppServices,
): Promise<Respondent | undefined> {
  const db = services.database.db;
  const token = request.cookies[surveyCookieName(request.protocol === 'https')];
  const session = token ? await resumeSurveySession(db, token, services.clock()) : undefined;
  if (!session) return undefined;
  const { organisationId } = await surveyMessageFacts(db, session.surveyId);
  const survey = await findSurvey(db, organisationId, session.surveyId);
  if (!survey) return undefined;
  return {
    sessionId: session.sessionId,
    organisationId,
    mobilityId: survey.mobilityId,
    participantId: survey.participantId,
  };
}
