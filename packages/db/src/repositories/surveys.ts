import { type RawBuilder, sql } from 'kysely';
import { withOutcomeRollup } from '../analytics/rollup.js';
import { type BulkStatement, nextTurn } from '../bulk-writes.js';
import type { Executor } from '../executor.js';
import { newId } from '../ids.js';

export interface SurveySettingsRecord {
  baselineOffsetDays: number;
  followUpOffsetDays: number;
  followUpEnabled: boolean;
  reminderDays: number[];
}

export async function findSurveySettings(
  db: Executor,
  projectId: string,
): Promise<SurveySettingsRecord | undefined> {
  return db
    .selectFrom('surveySettings')
    .select(['baselineOffsetDays', 'followUpOffsetDays', 'followUpEnabled', 'reminderDays'])
    .where('projectId', '=', projectId)
    .executeTakeFirst();
}

export async function saveSurveySettings(
  db: Executor,
  projectId: string,
  settings: SurveySettingsRecord,
): Promise<void> {
  const values = { ...settings, reminderDays: [...settings.reminderDays], updatedAt: new Date() };
  await db
    .insertInto('surveySettings')
    .values({ projectId, ...values })
    .onConflict((oc) => oc.column('projectId').doUpdateSet(values))
    .execute();
}

/** Who answers a mobility's surveys: the individual participant, or the learners of a group (not their companions). */
export async function surveyRespondents(db: Executor, mobilityId: string) {
  return db
    .selectFrom('mobilityParticipant')
    .innerJoin('participant', 'participant.id', 'mobilityParticipant.participantId')
    .select(['participant.id', 'participant.kind', 'participant.preferredLanguage'])
    .where('mobilityParticipant.mobilityId', '=', mobilityId)
    .where('mobilityParticipant.role', 'in', ['participant', 'learner'])
    .execute();
}

export interface PlannedSurvey {
  organisationId: string;
  mobilityId: string;
  participantId: string;
  wave: string;
  dueDate: string;
  outcomeCodes: string[];
  locale: string;
}

/** Adds a planned survey, or moves one that has not gone out yet to its new date and outcomes. */
export async function upsertPlannedSurvey(db: Executor, survey: PlannedSurvey): Promise<void> {
  await db
    .insertInto('survey')
    .values(survey)
    .onConflict((oc) =>
      oc
        .columns(['mobilityId', 'participantId', 'wave'])
        .doUpdateSet({
          dueDate: survey.dueDate,
          outcomeCodes: survey.outcomeCodes,
          locale: survey.locale,
          updatedAt: new Date(),
        })
        .where('survey.status', '=', 'scheduled'),
    )
    .execute();
}

/** Drops the mobility's surveys that have not gone out and are no longer in its plan. */
export async function deleteUnplannedSurveys(
  db: Executor,
  mobilityId: string,
  keep: ReadonlyArray<{ participantId: string; wave: string }>,
) {
  let query = db.deleteFrom('survey').where('mobilityId', '=', mobilityId).where('status', '=', 'scheduled');
  if (keep.length > 0) {
    const kept = keep.map((survey) => `${survey.participantId}:${survey.wave}`);
    query = query.where(sql<boolean>`(participant_id::text || ':' || wave) not in (${sql.join(kept)})`);
  }
  await query.execute();
}

// The same for a batch of mobilities (an import), a few statements for all of them. Each column goes as one text
// of comma-separated values (ids, dates, waves, locales and outcome codes never hold a comma), which PostgreSQL
// splits far faster than the driver writes array literals; the outcome lists, few and shared, go once each.

const surveyChunk = 50_000;

/** `from unnest(...)` over the surveys' columns, each joined in turn (see nextTurn). */
async function surveyColumns(surveys: readonly PlannedSurvey[]) {
  const listIndex = new Map<string, number>();
  const lists: number[] = [];
  for (const survey of surveys) {
    const list = `{${survey.outcomeCodes.join(',')}}`;
    let index = listIndex.get(list);
    if (index === undefined) {
      index = listIndex.size + 1;
      listIndex.set(list, index);
    }
    lists.push(index);
  }
  const joined = async (pick: (survey: PlannedSurvey) => string) => {
    const text = surveys.map(pick).join(',');
    await nextTurn();
    return text;
  };
  const ids = await joined(() => newId());
  const mobilityIds = await joined((s) => s.mobilityId);
  const participantIds = await joined((s) => s.participantId);
  const waves = await joined((s) => s.wave);
  const dueDates = await joined((s) => s.dueDate);
  const locales = await joined((s) => s.locale);
  return sql`
from unnest(
  string_to_array(${ids}, ',')::uuid[],
  string_to_array(${mobilityIds}, ',')::uuid[],
  string_to_array(${participantIds}, ',')::uuid[],
  string_to_array(${waves}, ','),
  string_to_array(${dueDates}, ',')::date[],
  string_to_array(${lists.join(',')}, ',')::int[],
  string_to_array(${locales}, ',')
) as t(id, mobility_id, participant_id, wave, due_date, list, locale)
cross join lateral (select (${[...listIndex.keys()]}::text[])[t.list]::text[] as outcome_codes) as o`;
}

async function* plannedSurveyWrites(
  organisationId: string,
  surveys: readonly PlannedSurvey[],
  onConflict: RawBuilder<unknown>,
): AsyncGenerator<BulkStatement> {
  for (let start = 0; start < surveys.length; start += surveyChunk) {
    const query = sql`
insert into survey (id, organisation_id, mobility_id, participant_id, wave, due_date, outcome_codes, locale)
select t.id, ${organisationId}::uuid, t.mobility_id, t.participant_id, t.wave, t.due_date, o.outcome_codes, t.locale
${await surveyColumns(surveys.slice(start, start + surveyChunk))}
${onConflict}`;
    yield { run: (db) => query.execute(db), records: 0 };
  }
}

/** Statements that add the planned surveys of mobilities that have none yet (new ones). */
export function insertPlannedSurveyStatements(
  organisationId: string,
  surveys: readonly PlannedSurvey[],
): AsyncGenerator<BulkStatement> {
  return plannedSurveyWrites(organisationId, surveys, sql``);
}

/** `upsertPlannedSurvey` for many: adds planned surveys, or moves those that have not gone out yet. */
export function upsertPlannedSurveyStatements(
  organisationId: string,
  surveys: readonly PlannedSurvey[],
): AsyncGenerator<BulkStatement> {
  return plannedSurveyWrites(
    organisationId,
    surveys,
    sql`on conflict (mobility_id, participant_id, wave) do update set
  due_date = excluded.due_date, outcome_codes = excluded.outcome_codes, locale = excluded.locale, updated_at = now()
where survey.status = 'scheduled'`,
  );
}

/** `deleteUnplannedSurveys` for many mobilities: drops their surveys not yet gone out that `keep` lacks. */
export async function* deleteUnplannedSurveyStatements(
  mobilityIds: readonly string[],
  keep: readonly Pick<PlannedSurvey, 'mobilityId' | 'participantId' | 'wave'>[],
): AsyncGenerator<BulkStatement> {
  if (mobilityIds.length === 0) return;
  const joined = (pick: (survey: (typeof keep)[number]) => string) => keep.map(pick).join(',');
  const query = sql`
delete from survey s
where s.mobility_id = any(string_to_array(${mobilityIds.join(',')}, ',')::uuid[])
  and s.status = 'scheduled'
  and not exists (
    select 1
    from unnest(
      string_to_array(${joined((k) => k.mobilityId)}, ',')::uuid[],
      string_to_array(${joined((k) => k.participantId)}, ',')::uuid[],
      string_to_array(${joined((k) => k.wave)}, ',')
    ) as k(mobility_id, participant_id, wave)
    where k.mobility_id = s.mobility_id and k.participant_id = s.participant_id and k.wave = s.wave
  )`;
  yield { run: (db) => query.execute(db), records: 0 };
}

const surveyListColumns = [
  'survey.id',
  'survey.mobilityId',
  'survey.participantId',
  'survey.wave',
  'survey.dueDate',
  'survey.status',
  'survey.invitedAt',
  'survey.lastReminderAt',
  'survey.lastManualReminderAt',
  'survey.submittedAt',
  'survey.excludedReason',
  'survey.undeliveredReason',
  'participant.givenName',
  'participant.familyName',
] as const;

export async function listSurveysOfMobility(db: Executor, organisationId: string, mobilityId: string) {
  return db
    .selectFrom('survey')
    .innerJoin('participant', 'participant.id', 'survey.participantId')
    .select(surveyListColumns)
    .where('survey.organisationId', '=', organisationId)
    .where('survey.mobilityId', '=', mobilityId)
    .orderBy('participant.familyName')
    .orderBy('survey.dueDate')
    .execute();
}

export async function findSurvey(db: Executor, organisationId: string, id: string) {
  return db
    .selectFrom('survey')
    .select(['id', 'mobilityId', 'participantId', 'wave', 'status', 'lastManualReminderAt', 'locale'])
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A survey with the participant, mobility and organisation it belongs to. */
function surveyWithContext(db: Executor) {
  return db
    .selectFrom('survey')
    .innerJoin('participant', 'participant.id', 'survey.participantId')
    .innerJoin('mobility', 'mobility.id', 'survey.mobilityId')
    .innerJoin('organisation', 'organisation.id', 'survey.organisationId');
}

/** What an invitation or reminder e-mail needs to say. */
export async function surveyMessageFacts(db: Executor, surveyId: string) {
  return surveyWithContext(db)
    .select([
      'survey.id',
      'survey.organisationId',
      'survey.wave',
      'survey.locale',
      'participant.givenName',
      'participant.email',
      'organisation.legalName as organisationName',
      'mobility.activityType',
      'mobility.startDate',
      'mobility.endDate',
    ])
    .where('survey.id', '=', surveyId)
    .executeTakeFirstOrThrow();
}

/**
 * Claims surveys that are due and not yet sent, skipping rows another server process holds: run inside the
 * transaction that sends them, so each goes out once.
 */
export async function claimDueSurveys(db: Executor, { today, limit }: { today: string; limit: number }) {
  return (
    db
      .selectFrom('survey')
      .select('id')
      .where('status', '=', 'scheduled')
      .where('dueDate', '<=', today)
      // Nothing more for someone who withdrew their consent, even a survey of a mobility planned since.
      .where(
        sql<boolean>`not exists (select 1 from survey w where w.participant_id = survey.participant_id
        and w.consent_withdrawn_at is not null)`,
      )
      .orderBy('dueDate')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute()
  );
}

/** Claims open surveys whose next automatic reminder is due (reminderDays counted from the invitation). */
export async function claimDueReminders(db: Executor, { now, limit }: { now: Date; limit: number }) {
  return db
    .selectFrom('survey')
    .innerJoin('mobility', 'mobility.id', 'survey.mobilityId')
    .leftJoin('surveySettings', 'surveySettings.projectId', 'mobility.projectId')
    .select(['survey.id', 'survey.autoRemindersSent'])
    .where('survey.status', 'in', ['invited', 'reminded_auto', 'reminded_manual'])
    .where(
      sql<boolean>`survey.invited_at + make_interval(days => (coalesce(survey_settings.reminder_days, '{7,14}'::int[]))[survey.auto_reminders_sent + 1]) <= ${now}`,
    )
    .orderBy('survey.invitedAt')
    .limit(limit)
    .forUpdate('survey')
    .skipLocked()
    .execute();
}

export async function markSurveyInvited(db: Executor, id: string, now: Date): Promise<void> {
  await withSurveyRespondent(db, id, (tx) =>
    tx
      .updateTable('survey')
      .set({ status: 'invited', invitedAt: now, updatedAt: now })
      .where('id', '=', id)
      .execute(),
  );
}

/** Runs a change of a survey's status inside the maintenance of the outcome rollup (sent and answered counts). */
async function withSurveyRespondent<T>(db: Executor, surveyId: string, write: (db: Executor) => Promise<T>) {
  const survey = await db
    .selectFrom('survey')
    .select('organisationId')
    .where('id', '=', surveyId)
    .executeTakeFirst();
  if (!survey) return write(db);
  return withOutcomeRollup(db, survey.organisationId, { surveyId }, write);
}

export async function markSurveyReminded(
  db: Executor,
  id: string,
  kind: 'auto' | 'manual',
  now: Date,
): Promise<void> {
  await withSurveyRespondent(db, id, (tx) =>
    tx
      .updateTable('survey')
      .set(
        kind === 'auto'
          ? {
              status: 'reminded_auto',
              autoRemindersSent: sql`auto_reminders_sent + 1`,
              lastReminderAt: now,
              updatedAt: now,
            }
          : { status: 'reminded_manual', lastManualReminderAt: now, lastReminderAt: now, updatedAt: now },
      )
      .where('id', '=', id)
      .execute(),
  );
}

export async function markSurveyUndelivered(
  db: Executor,
  id: string,
  reason: string,
  now: Date,
): Promise<void> {
  await withSurveyRespondent(db, id, (tx) =>
    tx
      .updateTable('survey')
      .set({ status: 'undelivered', undeliveredReason: reason, updatedAt: now })
      .where('id', '=', id)
      .execute(),
  );
}

/** Excludes a participant's unanswered surveys of a mobility; returns the ids it excluded. */
export async function excludeSurveys(
  db: Executor,
  organisationId: string,
  mobilityId: string,
  participantId: string,
  reason: string,
  now: Date,
) {
  const rows = await withOutcomeRollup(db, organisationId, { mobilityId, participantId }, (tx) =>
    tx
      .updateTable('survey')
      .set({ status: 'excluded', excludedReason: reason, updatedAt: now })
      .where('organisationId', '=', organisationId)
      .where('mobilityId', '=', mobilityId)
      .where('participantId', '=', participantId)
      .where('status', '!=', 'submitted')
      .returning('id')
      .execute(),
  );
  return rows.map((row) => row.id);
}

// Links and the sessions they open.

export async function insertSurveyLink(db: Executor, id: string, surveyId: string): Promise<void> {
  await db.insertInto('surveyLink').values({ id, surveyId }).execute();
}

/** The survey behind a link token's hash, with whether this link was withdrawn. */
export async function findSurveyByLink(db: Executor, linkId: string) {
  return db
    .selectFrom('surveyLink')
    .innerJoin('survey', 'survey.id', 'surveyLink.surveyId')
    .select(['survey.id', 'survey.status', 'surveyLink.withdrawnAt'])
    .where('surveyLink.id', '=', linkId)
    .executeTakeFirst();
}

export async function withdrawSurveyLinks(
  db: Executor,
  surveyIds: readonly string[],
  now: Date,
): Promise<void> {
  if (surveyIds.length === 0) return;
  await db
    .updateTable('surveyLink')
    .set({ withdrawnAt: now })
    .where('surveyId', 'in', surveyIds)
    .where('withdrawnAt', 'is', null)
    .execute();
  await db.deleteFrom('surveySession').where('surveyId', 'in', surveyIds).execute();
}

export async function insertSurveySession(
  db: Executor,
  session: { id: string; surveyId: string; expiresAt: Date },
): Promise<void> {
  await db.insertInto('surveySession').values(session).execute();
}

/** The survey a live session gives access to. */
/**
 * Waits for the survey row to be free (an erasure holds it), then says whether the session still opens it; for a
 * write that must not outlive an erasure.
 */
export async function surveySessionHolds(
  db: Executor,
  surveyId: string,
  sessionId: string,
): Promise<boolean> {
  await db.selectFrom('survey').select('id').where('id', '=', surveyId).forShare().execute();
  const row = await db
    .selectFrom('surveySession')
    .select('id')
    .where('id', '=', sessionId)
    .where('surveyId', '=', surveyId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findSurveyBySession(db: Executor, sessionId: string, now: Date) {
  return db
    .selectFrom('surveySession')
    .innerJoin('survey', 'survey.id', 'surveySession.surveyId')
    .select(['survey.id', 'survey.status', 'surveySession.expiresAt'])
    .where('surveySession.id', '=', sessionId)
    .where('surveySession.expiresAt', '>', now)
    .executeTakeFirst();
}

export async function extendSurveySession(db: Executor, sessionId: string, expiresAt: Date): Promise<void> {
  await db.updateTable('surveySession').set({ expiresAt }).where('id', '=', sessionId).execute();
}

// The questionnaire and its answers.

export async function surveyForRespondent(db: Executor, surveyId: string) {
  return surveyWithContext(db)
    .select([
      'survey.id',
      'survey.wave',
      'survey.status',
      'survey.outcomeCodes',
      'survey.locale',
      'survey.consentAt',
      'survey.contactConsent',
      'survey.consentWithdrawnAt',
      'survey.submittedAt',
      'survey.receipt',
      'participant.givenName',
      'participant.kind',
      'organisation.legalName as organisationName',
      'organisation.id as organisationId',
      'organisation.retentionYears',
      'mobility.mainLanguage',
      'mobility.destinationCountry',
    ])
    .where('survey.id', '=', surveyId)
    .executeTakeFirstOrThrow();
}

export async function surveyAnswers(db: Executor, surveyId: string) {
  const [answers, examples, languageRatings] = await Promise.all([
    db
      .selectFrom('surveyAnswer')
      .select([
        'indicatorCode',
        'rating',
        'notApplicable',
        'retrospectiveRating',
        'retrospectiveNotApplicable',
      ])
      .where('surveyId', '=', surveyId)
      .orderBy('indicatorCode')
      .execute(),
    db
      .selectFrom('surveyExample')
      .select(['outcomeCode', 'text'])
      .where('surveyId', '=', surveyId)
      .orderBy('outcomeCode')
      .execute(),
    db
      .selectFrom('surveyLanguageRating')
      .select(['skill', 'level'])
      .where('surveyId', '=', surveyId)
      .orderBy('skill')
      .execute(),
  ]);
  return { answers, examples, languageRatings };
}

/** Records the participant's consent to a survey, and the wording they agreed to (first agreement kept). */
export async function setSurveyConsent(
  db: Executor,
  surveyId: string,
  contactConsent: boolean,
  now: Date,
  wording?: string,
): Promise<void> {
  await db
    .updateTable('survey')
    .set({
      consentAt: sql`coalesce(consent_at, ${now})`,
      consentWording: sql`coalesce(consent_wording, ${wording ?? null})`,
      contactConsent,
      updatedAt: now,
    })
    .where('id', '=', surveyId)
    .execute();
}

export async function setSurveyLocale(db: Executor, surveyId: string, locale: string): Promise<void> {
  await db.updateTable('survey').set({ locale }).where('id', '=', surveyId).execute();
}

export async function saveSurveyAnswer(
  db: Executor,
  answer: {
    surveyId: string;
    indicatorCode: string;
    rating: number | null;
    notApplicable: boolean;
    retrospectiveRating: number | null;
    retrospectiveNotApplicable: boolean;
  },
): Promise<void> {
  const { surveyId: _surveyId, indicatorCode: _indicatorCode, ...values } = answer;
  await db
    .insertInto('surveyAnswer')
    .values(answer)
    .onConflict((oc) =>
      oc.columns(['surveyId', 'indicatorCode']).doUpdateSet({ ...values, updatedAt: new Date() }),
    )
    .execute();
}

export async function saveSurveyExample(
  db: Executor,
  surveyId: string,
  outcomeCode: string,
  text: string,
): Promise<void> {
  if (!text) {
    await db
      .deleteFrom('surveyExample')
      .where('surveyId', '=', surveyId)
      .where('outcomeCode', '=', outcomeCode)
      .execute();
    return;
  }
  await db
    .insertInto('surveyExample')
    .values((eb) => ({
      surveyId,
      organisationId: eb.selectFrom('survey').select('organisationId').where('id', '=', surveyId),
      outcomeCode,
      text,
    }))
    .onConflict((oc) => oc.columns(['surveyId', 'outcomeCode']).doUpdateSet({ text }))
    .execute();
}

export async function saveSurveyLanguageRating(
  db: Executor,
  surveyId: string,
  skill: string,
  level: string,
): Promise<void> {
  await db
    .insertInto('surveyLanguageRating')
    .values({ surveyId, skill, level })
    .onConflict((oc) => oc.columns(['surveyId', 'skill']).doUpdateSet({ level }))
    .execute();
}

/**
 * Submits once: the first call stores the receipt; a repeated call (a double click, a replayed request) changes
 * nothing, and the caller reads the receipt that is there.
 */
export async function submitSurvey(
  db: Executor,
  surveyId: string,
  receipt: string,
  now: Date,
): Promise<boolean> {
  const updated = await withSurveyRespondent(db, surveyId, (tx) =>
    tx
      .updateTable('survey')
      .set({ status: 'submitted', submittedAt: now, receipt, updatedAt: now })
      .where('id', '=', surveyId)
      .where('status', 'not in', ['submitted', 'excluded'])
      .returning('id')
      .executeTakeFirst(),
  );
  return updated !== undefined;
}

/** The project's open surveys (sent, not answered), with how many days they are overdue. */
export async function outstandingSurveys(
  db: Executor,
  organisationId: string,
  { projectId, wave, today }: { projectId: string; wave?: string | undefined; today: string },
) {
  let query = db
    .selectFrom('survey')
    .innerJoin('mobility', 'mobility.id', 'survey.mobilityId')
    .innerJoin('participant', 'participant.id', 'survey.participantId')
    .select([
      'survey.id',
      'survey.mobilityId',
      'survey.participantId',
      'survey.wave',
      'survey.status',
      'survey.dueDate',
      'survey.lastReminderAt',
      'survey.lastManualReminderAt',
      'participant.givenName',
      'participant.familyName',
      'participant.email',
    ])
    .select(sql<number>`(${today}::date - survey.due_date)`.as('daysOverdue'))
    .where('survey.organisationId', '=', organisationId)
    .where('mobility.projectId', '=', projectId)
    .where('survey.status', 'in', ['invited', 'reminded_auto', 'reminded_manual', 'undelivered']);
  if (wave) query = query.where('survey.wave', '=', wave);
  return query.orderBy('survey.dueDate').orderBy('participant.familyName').execute();
}

/** Per wave: surveys planned, sent, answered and excluded, for the project's response rates. */
export async function surveyCountsByWave(db: Executor, organisationId: string, projectId: string) {
  return db
    .selectFrom('survey')
    .innerJoin('mobility', 'mobility.id', 'survey.mobilityId')
    .select('survey.wave')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('survey.invitedAt').as('sent'),
      eb.fn.count<number>('survey.submittedAt').as('submitted'),
      sql<number>`count(*) filter (where survey.status = 'excluded')`.as('excluded'),
    ])
    .where('survey.organisationId', '=', organisationId)
    .where('mobility.projectId', '=', projectId)
    .groupBy('survey.wave')
    .execute();
}

export async function mobilityIdsOfProject(
  db: Executor,
  organisationId: string,
  projectId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('mobility')
    .select('id')
    .where('organisationId', '=', organisationId)
    .where('projectId', '=', projectId)
    .execute();
  return rows.map((row) => row.id);
}

/**
 * The participant of a survey withdraws their consent: every survey of theirs in the organisation notes it, contact
 * consent ends, surveys not yet answered are not sent or reminded any more (excluded), and the examples they wrote
 * are no longer quoted (deleted). Answers already sent stay in the figures (withdrawal does not undo what was
 * lawful before it). Returns how many surveys were stopped.
 */
export async function withdrawSurveyConsent(db: Executor, surveyId: string, now: Date): Promise<number> {
  const survey = await db
    .selectFrom('survey')
    .select(['participantId', 'organisationId'])
    .where('id', '=', surveyId)
    .executeTakeFirstOrThrow();
  const theirs = db
    .selectFrom('survey')
    .select('survey.id')
    .where('survey.participantId', '=', survey.participantId);
  await db.deleteFrom('surveyExample').where('surveyId', 'in', theirs).execute();
  const stopped = await withOutcomeRollup(
    db,
    survey.organisationId,
    { participantId: survey.participantId },
    (tx) =>
      tx
        .updateTable('survey')
        .set({ status: 'excluded', updatedAt: now })
        .where('participantId', '=', survey.participantId)
        .where('status', 'not in', ['submitted', 'excluded'])
        .returning('id')
        .execute(),
  );
  await db
    .updateTable('survey')
    .set({
      consentWithdrawnAt: sql`coalesce(consent_withdrawn_at, ${now})`,
      contactConsent: false,
      updatedAt: now,
    })
    .where('participantId', '=', survey.participantId)
    .execute();
  return stopped.length;
}

/** What the participant agreed to for a survey: when, in which wording, contact or not, and any withdrawal. */
export async function surveyConsentOf(db: Executor, surveyId: string) {
  return db
    .selectFrom('survey')
    .select(['consentAt', 'consentWording', 'contactConsent', 'consentWithdrawnAt'])
    .where('id', '=', surveyId)
    .executeTakeFirstOrThrow();
}
