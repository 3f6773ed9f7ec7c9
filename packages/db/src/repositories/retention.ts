import { sql } from 'kysely';
import type { Executor } from '../executor.js';

// Retention (GDPR Art. 5(1)(e)): participants' personal data are kept for the organisation's chosen number of years
// after the end of the last project they took part in (or, outside any mobility, after their record last changed),
// then erased as on request. Uploaded import files and sent messages go on shorter schedules of their own.

/** Days a finished import's file is kept (to read the report again), and days a sent message is kept. */
export const purgeAfterDays = { importFiles: 30, messages: 90 } as const;

const lastUse = sql<string>`coalesce(
  (select max(p.end_date) from mobility_participant mp
    join mobility m on m.id = mp.mobility_id
    join project p on p.id = m.project_id
    where mp.participant_id = participant.id),
  participant.updated_at::date)`;

/**
 * Participants whose data the organisation's retention (or `years`, to preview another setting) says to erase on
 * `day`; for one organisation, or every one.
 */
export async function participantsPastRetention(
  db: Executor,
  { day, organisationId, years }: { day: string; organisationId?: string; years?: number },
) {
  const kept = years === undefined ? sql`organisation.retention_years` : sql`${years}::int4`;
  let query = db
    .selectFrom('participant')
    .innerJoin('organisation', 'organisation.id', 'participant.organisationId')
    .select(['participant.id', 'participant.organisationId'])
    .where('participant.erasedAt', 'is', null)
    .where(lastUse, '<', sql<string>`(${day}::date - make_interval(years => ${kept}))::date`);
  if (organisationId) query = query.where('participant.organisationId', '=', organisationId);
  return query.orderBy('participant.organisationId').execute();
}

export interface PrivacySettings {
  retentionYears: number;
  /** Whom participants write to about their data; the organisation itself when null. */
  privacyContact: string | null;
}

export async function setPrivacySettings(
  db: Executor,
  organisationId: string,
  settings: PrivacySettings,
): Promise<void> {
  await db.updateTable('organisation').set(settings).where('id', '=', organisationId).execute();
}

export async function privacySettingsOf(db: Executor, organisationId: string): Promise<PrivacySettings> {
  return db
    .selectFrom('organisation')
    .select(['retentionYears', 'privacyContact'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

/** What the participants' privacy page says of an organisation; undefined when there is none with this id. */
export async function privacyNoticeOf(db: Executor, organisationId: string) {
  return db
    .selectFrom('organisation')
    .select(['legalName', 'city', 'country', 'retentionYears', 'privacyContact'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

/** Empties the files of imports finished more than purgeAfterDays.importFiles ago; returns how many. */
export async function purgeOldImportFiles(db: Executor, now: Date): Promise<number> {
  const before = new Date(now.getTime() - purgeAfterDays.importFiles * 24 * 60 * 60 * 1000);
  const result = await db
    .updateTable('importJob')
    .set({ fileBytes: Buffer.alloc(0) })
    .where('finishedAt', '<', before)
    .where(sql<boolean>`octet_length(file_bytes) > 0`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes messages sent (or given up on) more than purgeAfterDays.messages ago; returns how many. */
export async function purgeOldMessages(db: Executor, now: Date): Promise<number> {
  const before = new Date(now.getTime() - purgeAfterDays.messages * 24 * 60 * 60 * 1000);
  const result = await db
    .deleteFrom('outboxMessage')
    .where('status', '!=', 'pending')
    .where('createdAt', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
