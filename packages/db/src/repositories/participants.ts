import { type ParticipantCreate, searchKey } from '@mobilis/schema';
import { sql } from 'kysely';
import { withOutcomeRollup } from '../analytics/rollup.js';
import type { Executor } from '../executor.js';
import { containsPattern } from '../like.js';

/** A participant's columns, barriers aside (they are for coordinators only). */
export const participantBaseColumns = [
  'participant.id',
  'participant.givenName',
  'participant.familyName',
  'participant.email',
  'participant.birthDate',
  'participant.gender',
  'participant.nationality',
  'participant.preferredLanguage',
  'participant.kind',
  'participant.fewerOpportunities',
  'participant.esi',
] as const;

export interface ParticipantListQuery {
  search?: string | undefined;
  kind?: readonly string[] | undefined;
  fewerOpportunities?: boolean | undefined;
  /** Keyset cursor: the last row of the previous page. */
  after?: { familyName: string; givenName: string; id: string } | undefined;
  limit: number;
}

/**
 * One page of an organisation's participants in name order. A name search matches any part of the given and
 * family name or the e-mail (trigram index); pages follow a keyset cursor, so a deep page costs what the first does.
 */
export async function listParticipants(db: Executor, organisationId: string, query: ParticipantListQuery) {
  let base = db
    .selectFrom('participant')
    .where('participant.organisationId', '=', organisationId)
    // An erased participant is kept for statistics only, without identity: not a person to list.
    .where('participant.erasedAt', 'is', null);
  if (query.search)
    base = base.where('participant.searchText', 'like', containsPattern(searchKey(query.search)));
  if (query.kind?.length) base = base.where('participant.kind', 'in', query.kind);
  if (query.fewerOpportunities !== undefined)
    base = base.where('participant.fewerOpportunities', '=', query.fewerOpportunities);

  let page = base.select(participantBaseColumns);
  if (query.after) {
    const { familyName, givenName, id } = query.after;
    page = page.where(
      sql<boolean>`(participant.family_name, participant.given_name, participant.id) > (${familyName}, ${givenName}, ${id})`,
    );
  }
  const [rows, total] = await Promise.all([
    page
      .orderBy('participant.familyName')
      .orderBy('participant.givenName')
      .orderBy('participant.id')
      .limit(query.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}

/** `withBarriers` is for coordinators only: barrier categories can reveal health or disability. */
export async function findParticipant(
  db: Executor,
  organisationId: string,
  id: string,
  { withBarriers }: { withBarriers: boolean },
) {
  const row = await db
    .selectFrom('participant')
    .select(participantBaseColumns)
    .select(['participant.barriers', 'participant.erasedAt'])
    .where('participant.organisationId', '=', organisationId)
    .where('participant.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { barriers, ...rest } = row;
  return withBarriers ? { ...rest, barriers } : { ...rest, barriers: null };
}

/** Kind and birth date of the organisation's participants among `ids`, for the eligibility rules. */
export async function participantFacts(db: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('participant')
    .select(['id', 'kind', 'birthDate', 'givenName', 'familyName'])
    .where('organisationId', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
}

/** The stored columns of a participant, with the text that name searches match. */
export function participantColumns(participant: ParticipantCreate) {
  return {
    ...participant,
    email: participant.email ?? null,
    esi: participant.esi ?? null,
    barriers: [...participant.barriers],
    searchText: searchKey(`${participant.givenName} ${participant.familyName} ${participant.email ?? ''}`),
  };
}

export async function insertParticipant(
  db: Executor,
  organisationId: string,
  participant: ParticipantCreate,
): Promise<string> {
  const { id } = await db
    .insertInto('participant')
    .values({ ...participantColumns(participant), organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateParticipant(
  db: Executor,
  organisationId: string,
  id: string,
  participant: ParticipantCreate,
): Promise<boolean> {
  return withOutcomeRollup(db, organisationId, { participantId: id }, (tx) =>
    writeUpdateParticipant(tx, organisationId, id, participant),
  );
}

async function writeUpdateParticipant(
  db: Executor,
  organisationId: string,
  id: string,
  participant: ParticipantCreate,
): Promise<boolean> {
  const result = await db
    .updateTable('participant')
    .set({ ...participantColumns(participant), updatedAt: new Date() })
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteParticipant(db: Executor, organisationId: string, id: string): Promise<boolean> {
  return withOutcomeRollup(db, organisationId, { participantId: id }, (tx) =>
    writeDeleteParticipant(tx, organisationId, id),
  );
}

async function writeDeleteParticipant(db: Executor, organisationId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('participant')
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
