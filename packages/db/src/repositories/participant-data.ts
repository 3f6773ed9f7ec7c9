import { sql } from 'kysely';
import type { Executor } from '../executor.js';

// Everything Mobilis holds about one participant, table by table, for their right of access and portability
// (GDPR Art. 15 and 20). Every table of the database is classified here: either it has rows about a participant,
// read by `participantRowsByTable`, or it says why it has none. A test compares this with the database's tables,
// so that a new table cannot be forgotten.

export type ParticipantRows = Record<string, Array<Record<string, unknown>>>;

/** The tables without rows about a participant, and why. */
export const tablesWithoutParticipantData: Record<string, string> = {
  app_user: 'accounts of the organisation’s members; participants have none',
  membership: 'who belongs to which organisation (members, not participants)',
  one_time_token: 'members’ sign-in and invitation links',
  passkey: 'members’ passkeys',
  recovery_code: 'members’ recovery codes',
  user_session: 'members’ sign-in sessions',
  webauthn_challenge: 'members’ passkey ceremonies',
  rate_limit_bucket:
    'counts of recent attempts, keyed by the caller’s network address or a hash; deleted a day after their window',
  organisation: 'the organisation’s own profile',
  project: 'the organisation’s grant agreements',
  project_consortium_member: 'which organisations a consortium joins',
  partner_organisation: 'the organisations mobilities go to and from',
  survey_settings: 'a project’s survey timing',
  outcome_rollup: 'sums over respondents, from which no one person can be read (small groups withheld)',
  outcome_rollup_state: 'the rollup’s version',
  disclosure_secret: 'the key of the analytics’ noise',
  instance: 'this installation’s identity',
  work_lease: 'which server process runs which background work',
  import_job:
    'spreadsheets coordinators uploaded, which may hold a row about the participant as typed; what was read from them is in the participant’s own records, and the files are emptied 30 days after the import',
  kysely_migration: 'the database’s schema version',
  kysely_migration_lock: 'the database’s schema version',
};

/** The participant's rows in each table that holds any; internal keys (token hashes, search text) left out. */
export async function participantRowsByTable(
  db: Executor,
  {
    organisationId,
    participantId,
    withBarriers,
  }: { organisationId: string; participantId: string; withBarriers: boolean },
): Promise<ParticipantRows> {
  const surveyIds = db
    .selectFrom('survey')
    .select('survey.id')
    .where('survey.participantId', '=', participantId);
  const mobilityIds = db
    .selectFrom('mobilityParticipant')
    .select('mobilityParticipant.mobilityId')
    .where('mobilityParticipant.participantId', '=', participantId);

  const participant = await db
    .selectFrom('participant')
    .select([
      'id',
      'givenName',
      'familyName',
      'email',
      'birthDate',
      'gender',
      'nationality',
      'preferredLanguage',
      'kind',
      'fewerOpportunities',
      'barriers',
      'esi',
      'createdAt',
      'updatedAt',
      'erasedAt',
    ])
    .where('organisationId', '=', organisationId)
    .where('id', '=', participantId)
    .execute();
  const [
    mobilityParticipant,
    mobility,
    survey,
    surveyAnswer,
    surveyExample,
    surveyLanguageRating,
    surveyLink,
    surveySession,
    outboxMessage,
    auditEvent,
    participantRequest,
  ] = await Promise.all([
    db.selectFrom('mobilityParticipant').selectAll().where('participantId', '=', participantId).execute(),
    // The mobilities they take part in, as facts of their stay (a group's other members are not named here).
    db
      .selectFrom('mobility')
      .selectAll()
      .where('organisationId', '=', organisationId)
      .where('id', 'in', mobilityIds)
      .execute(),
    db.selectFrom('survey').selectAll().where('participantId', '=', participantId).execute(),
    db.selectFrom('surveyAnswer').selectAll().where('surveyId', 'in', surveyIds).execute(),
    db.selectFrom('surveyExample').selectAll().where('surveyId', 'in', surveyIds).execute(),
    db.selectFrom('surveyLanguageRating').selectAll().where('surveyId', 'in', surveyIds).execute(),
    db
      .selectFrom('surveyLink')
      .select(['surveyId', 'createdAt', 'withdrawnAt'])
      .where('surveyId', 'in', surveyIds)
      .execute(),
    db
      .selectFrom('surveySession')
      .select(['surveyId', 'expiresAt'])
      .where('surveyId', 'in', surveyIds)
      .execute(),
    db
      .selectFrom('outboxMessage')
      .select(['id', 'kind', 'toAddress', 'subject', 'bodyText', 'status', 'createdAt', 'sentAt', 'surveyId'])
      .where('surveyId', 'in', surveyIds)
      .execute(),
    // Entries about their record, their surveys, and other records' entries that name them.
    db
      .selectFrom('auditEvent')
      .select(['id', 'occurredAt', 'entityType', 'entityId', 'action', 'changes'])
      .where('organisationId', '=', organisationId)
      .where((eb) =>
        eb.or([
          eb.and([eb('entityType', '=', 'participant'), eb('entityId', '=', participantId)]),
          eb.and([
            eb('entityType', '=', 'survey'),
            sql<boolean>`entity_id in (select id::text from survey where participant_id = ${participantId})`,
          ]),
          // Entries about other records that name them (a mobility they joined, a certificate made for them).
          sql<boolean>`changes::text like ${`%${participantId}%`}`,
        ]),
      )
      .orderBy('occurredAt')
      .execute(),
    db.selectFrom('participantRequest').selectAll().where('participantId', '=', participantId).execute(),
  ]);
  return {
    participant: participant.map((row) => (withBarriers ? row : { ...row, barriers: '(withheld)' })),
    mobility_participant: mobilityParticipant,
    mobility,
    survey,
    survey_answer: surveyAnswer,
    survey_example: surveyExample,
    survey_language_rating: surveyLanguageRating,
    survey_link: surveyLink,
    survey_session: surveySession,
    outbox_message: outboxMessage,
    audit_event: auditEvent,
    participant_request: participantRequest,
  };
}
