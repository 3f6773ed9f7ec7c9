import { sql } from 'kysely';
import type { Executor } from '../executor.js';

export type ParticipantRequestKind = 'access' | 'erasure';

/**
 * Records what the participant of a survey asks (a copy of their data, or its erasure); asking again while the
 * same request waits changes nothing. Returns when it was asked.
 */
export async function requestFromSurvey(
  db: Executor,
  { surveyId, kind, now }: { surveyId: string; kind: ParticipantRequestKind; now: Date },
): Promise<Date> {
  await sql`insert into participant_request (organisation_id, participant_id, kind, requested_at)
    select organisation_id, participant_id, ${kind}, ${now} from survey where id = ${surveyId}
    on conflict (participant_id, kind) where answered_at is null do nothing`.execute(db);
  const row = await db
    .selectFrom('participantRequest')
    .innerJoin('survey', 'survey.participantId', 'participantRequest.participantId')
    .select('participantRequest.requestedAt')
    .where('survey.id', '=', surveyId)
    .where('participantRequest.kind', '=', kind)
    .where('participantRequest.answeredAt', 'is', null)
    .executeTakeFirstOrThrow();
  return row.requestedAt;
}

/** The requests of the organisation's participants still waiting for an answer, oldest first. */
export async function openParticipantRequests(db: Executor, organisationId: string) {
  return db
    .selectFrom('participantRequest')
    .innerJoin('participant', 'participant.id', 'participantRequest.participantId')
    .select([
      'participantRequest.id',
      'participantRequest.kind',
      'participantRequest.requestedAt',
      'participant.id as participantId',
      'participant.givenName',
      'participant.familyName',
    ])
    .where('participantRequest.organisationId', '=', organisationId)
    .where('participantRequest.answeredAt', 'is', null)
    .orderBy('participantRequest.requestedAt')
    .execute()
    .then((rows) => rows.map((row) => ({ ...row, kind: row.kind as ParticipantRequestKind })));
}

/** Marks the participant's open request of this kind answered; false when none waited. */
export async function answerParticipantRequest(
  db: Executor,
  {
    organisationId,
    participantId,
    kind,
    by,
    now,
  }: {
    organisationId: string;
    participantId: string;
    kind: ParticipantRequestKind;
    by: string;
    now: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('participantRequest')
    .set({ answeredAt: now, answeredBy: by })
    .where('organisationId', '=', organisationId)
    .where('participantId', '=', participantId)
    .where('kind', '=', kind)
    .where('answeredAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
