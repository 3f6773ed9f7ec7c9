import type {} from '@fastify/cookie';
import { type Executor, findProject, findSurvey, membershipsOfUser, surveyMessageFacts } from '@mobilis/db';
import type { FastifyRequest } from 'fastify';
import { sessionCookieName, surveyCookieName } from '../auth/session-cookie.js';
import { resumeSession, type SessionUser } from '../auth/sessions.js';
import type { AppServices } from '../services.js';
import { resumeSurveySession } from '../survey/survey-sessions.js';
import type { OrganisationScope } from '../trpc/init.js';
import { loadCertifiedMobility } from './certificate-facts.js';

// Who may download which certificate: members of the organisation that owns the mobility (coordinators and
// viewers), and the participant through their survey session. For anyone else a record does not exist.

/** The signed-in user behind the request's session cookie, or null. */
export async function signedInUser(
  request: FastifyRequest,
  services: AppServices,
): Promise<SessionUser | null> {
  const token = request.cookies[sessionCookieName(request.protocol === 'https')];
  if (!token) return null;
  const resumed = await resumeSession(
    services.database.db,
    token,
    services.clock(),
    services.config.sessionTtlMs,
  );
  return resumed?.user ?? null;
}

/** The first of the user's organisations for which `load` finds the record, with the user's role there. */
async function inMemberships<T>(
  db: Executor,
  userId: string,
  load: (organisationId: string) => Promise<T | undefined>,
): Promise<{ organisation: OrganisationScope; record: T } | undefined> {
  for (const membership of await membershipsOfUser(db, userId)) {
    const record = await load(membership.organisationId);
    if (record) return { organisation: { id: membership.organisationId, role: membership.role }, record };
  }
  return undefined;
}

export function memberMobility(db: Executor, userId: string, mobilityId: string) {
  return inMemberships(db, userId, (organisationId) => loadCertifiedMobility(db, organisationId, mobilityId));
}

export function memberProject(db: Executor, userId: string, projectId: string) {
  return inMemberships(db, userId, (organisationId) => findProject(db, organisationId, projectId));
}

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
