import { sql } from 'kysely';
import { withOutcomeRollup } from '../analytics/rollup.js';
import type { Executor } from '../executor.js';

// Erasing a participant (GDPR Art. 17). Their identity goes from every table: name, e-mail, birth date, barrier
// categories, the examples they wrote, their survey links and sessions, the messages to them, the details of the
// audit entries about them, and the import files that may hold their row. What the programme's reporting and
// statistics need stays, without identity (Art. 17(3)(b) and (d)): the record's kind, gender, nationality and
// fewer-opportunities flag, their mobilities, and their ratings. The birth date becomes the middle of those that
// give the same age at the start of each of their mobilities, so that every figure but the barrier breakdown stays
// as it was; docs/privacy.md records the choice.

export const erasedName = { givenName: 'Erased', familyName: 'participant' } as const;

export interface ErasureReport {
  examples: number;
  surveyLinks: number;
  surveySessions: number;
  messages: number;
  auditEntries: number;
  importFiles: number;
}

const unfinishedImports = ['queued', 'analysing', 'ready', 'committing'] as const;

/** Whether the organisation has an import not yet written or dropped: its file may bring the person back. */
export async function hasUnfinishedImport(db: Executor, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('importJob')
    .select('id')
    .where('organisationId', '=', organisationId)
    .where('status', 'in', unfinishedImports)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Erases the participant's personal data, in the caller's transaction; undefined when the organisation has no such
 * participant, or it was erased already.
 */
export async function eraseParticipant(
  db: Executor,
  { organisationId, participantId, now }: { organisationId: string; participantId: string; now: Date },
): Promise<ErasureReport | undefined> {
  const person = await db
    .selectFrom('participant')
    .select(['email'])
    .where('organisationId', '=', organisationId)
    .where('id', '=', participantId)
    .where('erasedAt', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  if (!person) return undefined;
  // Their surveys are locked first: the scheduler skips locked surveys, and a survey write waits, so that no link
  // or message is made for them while they are erased.
  await db.selectFrom('survey').select('id').where('participantId', '=', participantId).forUpdate().execute();

  await withOutcomeRollup(db, organisationId, { participantId }, (tx) =>
    tx
      .updateTable('participant')
      .set({
        ...erasedName,
        email: null,
        esi: null,
        barriers: [],
        searchText: '',
        // The middle of the dates that give the same age at the start of each of their mobilities: it keeps the
        // age bands and tells nothing more (the true date would be one of them).
        birthDate: sql<string>`coalesce((
          select (lower_bound + (upper_bound - lower_bound) / 2)::date from (
            select (max(m.start_date - make_interval(years => age_then + 1))::date + 1) as lower_bound,
              min(m.start_date - make_interval(years => age_then))::date as upper_bound
            from mobility_participant mp
            join mobility m on m.id = mp.mobility_id
            cross join lateral (select date_part('year', age(m.start_date, participant.birth_date))::int as age_then) a
            where mp.participant_id = participant.id and m.start_date is not null
            having count(*) > 0
          ) bounds
        ), make_date(1900, 1, 1))`,
        erasedAt: now,
        updatedAt: now,
      })
      .where('id', '=', participantId)
      .execute(),
  );

  const surveys = db
    .selectFrom('survey')
    .select('survey.id')
    .where('survey.participantId', '=', participantId);
  const examples = await db.deleteFrom('surveyExample').where('surveyId', 'in', surveys).executeTakeFirst();
  const links = await db.deleteFrom('surveyLink').where('surveyId', 'in', surveys).executeTakeFirst();
  const sessions = await db.deleteFrom('surveySession').where('surveyId', 'in', surveys).executeTakeFirst();
  // What a coordinator wrote about the person's surveys (why excluded, why undelivered) may name them; surveys
  // not sent yet never will be (not counted in any figure).
  await db
    .updateTable('survey')
    .set({ excludedReason: null, undeliveredReason: null })
    .where('participantId', '=', participantId)
    .execute();
  await db
    .updateTable('survey')
    .set({ status: 'excluded', updatedAt: now })
    .where('participantId', '=', participantId)
    .where('status', '=', 'scheduled')
    .execute();
  const messages = await db
    .deleteFrom('outboxMessage')
    .where((eb) =>
      eb.or([
        eb('surveyId', 'in', surveys),
        ...(person.email
          ? [
              eb.and([
                eb('organisationId', '=', organisationId),
                eb(sql`lower(to_address)`, '=', person.email.toLowerCase()),
              ]),
            ]
          : []),
      ]),
    )
    .executeTakeFirst();
  // The audit keeps that each step happened, not what the person's record held.
  const audit = await db
    .updateTable('auditEvent')
    .set({ changes: JSON.stringify({}) })
    .where('organisationId', '=', organisationId)
    .where('entityType', '=', 'participant')
    .where('entityId', '=', participantId)
    .where(sql<boolean>`changes <> '{}'::jsonb`)
    .executeTakeFirst();
  // A finished import's file is kept only to be read again; any of them may hold the person's row.
  const files = await db
    .updateTable('importJob')
    .set({ fileBytes: Buffer.alloc(0), report: null, headers: null })
    .where('organisationId', '=', organisationId)
    .where('status', 'not in', unfinishedImports)
    .where(sql<boolean>`octet_length(file_bytes) > 0`)
    .executeTakeFirst();

  return {
    examples: Number(examples.numDeletedRows),
    surveyLinks: Number(links.numDeletedRows),
    surveySessions: Number(sessions.numDeletedRows),
    messages: Number(messages.numDeletedRows),
    auditEntries: Number(audit.numUpdatedRows),
    importFiles: Number(files.numUpdatedRows),
  };
}
