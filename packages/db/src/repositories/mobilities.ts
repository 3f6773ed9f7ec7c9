import { searchKey } from '@mobilis/schema';
import { type Insertable, sql } from 'kysely';
import { withOutcomeRollup } from '../analytics/rollup.js';
import type { Executor } from '../executor.js';
import type { Mobility } from '../generated/database.js';
import { containsPattern } from '../like.js';

/** The stored columns of a mobility that the API writes (everything but identity and timestamps). */
export type MobilityValues = Omit<
  Insertable<Mobility>,
  'id' | 'organisationId' | 'createdAt' | 'updatedAt' | 'status'
>;
export type MobilityRole = 'participant' | 'learner' | 'accompanying';
export interface MobilityParticipantLink {
  participantId: string;
  role: MobilityRole;
}

/** The stored columns of a mobility, as its page and an import's matching read them. */
export const mobilityColumns = [
  'mobility.id',
  'mobility.projectId',
  'mobility.activityId',
  'mobility.status',
  'mobility.activityType',
  'mobility.mode',
  'mobility.sendingOrganisationId',
  'mobility.receivingOrganisationId',
  'mobility.consortiumMemberId',
  'mobility.originCity',
  'mobility.originCountry',
  'mobility.originLat',
  'mobility.originLon',
  'mobility.destinationCity',
  'mobility.destinationCountry',
  'mobility.destinationLat',
  'mobility.destinationLon',
  'mobility.startDate',
  'mobility.endDate',
  'mobility.travelDays',
  'mobility.blended',
  'mobility.meansOfTransport',
  'mobility.longTerm',
  'mobility.targetOutcomes',
  'mobility.mainLanguage',
  'mobility.durationDays',
  'mobility.distanceKm',
  'mobility.distanceBand',
  'mobility.greenTravel',
  'mobility.updatedAt',
] as const;

/**
 * The next `count` mobility activity IDs of a project, made the Beneficiary Module's way: the last six digits of
 * the grant agreement number, "-MOB-" and a five-digit number counting on from the project's highest. Inside a
 * transaction, writers of one project take turns, so two of them never hand out the same ID.
 */
export async function nextActivityIds(db: Executor, projectId: string, count: number): Promise<string[]> {
  if (count === 0) return [];
  if (db.isTransaction)
    await sql`select pg_advisory_xact_lock(hashtextextended(${`mobility_activity_id:${projectId}`}, 0))`.execute(
      db,
    );
  const { grantAgreementNumber, last } = await db
    .selectFrom('project')
    .leftJoin('mobility', (join) =>
      join.onRef('mobility.projectId', '=', 'project.id').on('mobility.activityId', 'like', '%-MOB-%'),
    )
    .select('project.grantAgreementNumber')
    .select(
      sql<number>`coalesce(max(substring(mobility.activity_id from '-MOB-([0-9]+)$')::int), 0)`.as('last'),
    )
    .where('project.id', '=', projectId)
    .groupBy('project.grantAgreementNumber')
    .executeTakeFirstOrThrow();
  const prefix = `${grantAgreementNumber.replace(/\D/g, '').slice(-6)}-MOB-`;
  return Array.from(
    { length: count },
    (_, index) => `${prefix}${String(Number(last) + index + 1).padStart(5, '0')}`,
  );
}

export async function insertMobility(
  db: Executor,
  organisationId: string,
  values: MobilityValues,
  participants: readonly MobilityParticipantLink[],
): Promise<string> {
  const activityId = values.activityId ?? (await nextActivityIds(db, values.projectId, 1))[0];
  const { id } = await db
    .insertInto('mobility')
    .values({ ...values, activityId, organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await linkParticipants(db, id, participants);
  return id;
}

export async function updateMobility(
  db: Executor,
  organisationId: string,
  id: string,
  values: MobilityValues,
  participants: readonly MobilityParticipantLink[],
): Promise<boolean> {
  return withOutcomeRollup(db, organisationId, { mobilityId: id }, (tx) =>
    writeUpdateMobility(tx, organisationId, id, values, participants),
  );
}

async function writeUpdateMobility(
  db: Executor,
  organisationId: string,
  id: string,
  values: MobilityValues,
  participants: readonly MobilityParticipantLink[],
): Promise<boolean> {
  const result = await db
    .updateTable('mobility')
    .set({ ...values, updatedAt: new Date() })
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db.deleteFrom('mobilityParticipant').where('mobilityId', '=', id).execute();
  await linkParticipants(db, id, participants);
  return true;
}

export async function setMobilityStatus(
  db: Executor,
  organisationId: string,
  id: string,
  status: string,
): Promise<void> {
  await db
    .updateTable('mobility')
    .set({ status, updatedAt: new Date() })
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

export async function deleteMobility(db: Executor, organisationId: string, id: string): Promise<boolean> {
  return withOutcomeRollup(db, organisationId, { mobilityId: id }, (tx) =>
    writeDeleteMobility(tx, organisationId, id),
  );
}

async function writeDeleteMobility(db: Executor, organisationId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('mobility')
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

async function linkParticipants(
  db: Executor,
  mobilityId: string,
  participants: readonly MobilityParticipantLink[],
) {
  if (participants.length === 0) return;
  await db
    .insertInto('mobilityParticipant')
    .values(participants.map((link) => ({ ...link, mobilityId })))
    .execute();
}

/** A mobility with its participants, or undefined when the organisation has none with this id. */
export async function findMobility(db: Executor, organisationId: string, id: string) {
  const mobility = await db
    .selectFrom('mobility')
    .select(mobilityColumns)
    .where('mobility.organisationId', '=', organisationId)
    .where('mobility.id', '=', id)
    .executeTakeFirst();
  if (!mobility) return undefined;
  const participants = await db
    .selectFrom('mobilityParticipant')
    .innerJoin('participant', 'participant.id', 'mobilityParticipant.participantId')
    .select([
      'participant.id',
      'participant.givenName',
      'participant.familyName',
      'participant.kind',
      'mobilityParticipant.role',
    ])
    .where('mobilityParticipant.mobilityId', '=', id)
    .orderBy('participant.familyName')
    .execute();
  return { ...mobility, participants: participants.map((p) => ({ ...p, role: p.role as MobilityRole })) };
}

export interface MobilityListQuery {
  projectId?: string | undefined;
  status?: readonly string[] | undefined;
  activityType?: readonly string[] | undefined;
  destinationCountry?: readonly string[] | undefined;
  /** Mobilities that start on or after this day. */
  startFrom?: string | undefined;
  /** Mobilities that start on or before this day. */
  startTo?: string | undefined;
  participantKind?: readonly string[] | undefined;
  fewerOpportunities?: boolean | undefined;
  /** Part of a participant's name or e-mail. */
  search?: string | undefined;
  participantId?: string | undefined;
  /** Keyset cursor: start date and id of the last row of the previous page. */
  after?: { startDate: string | null; id: string } | undefined;
  limit: number;
}

/**
 * One page of an organisation's mobilities, latest start first (undated drafts last), filtered as the list is.
 * Filters on participants use EXISTS, so a group mobility appears once. `as: 'consortium_member'` lists instead
 * the mobilities that other organisations' consortium projects send on this organisation's behalf.
 */
export async function listMobilities(
  db: Executor,
  organisationId: string,
  query: MobilityListQuery,
  { as = 'owner' }: { as?: 'owner' | 'consortium_member' } = {},
) {
  let base = db
    .selectFrom('mobility')
    .where(as === 'owner' ? 'mobility.organisationId' : 'mobility.consortiumMemberId', '=', organisationId);
  if (query.projectId) base = base.where('mobility.projectId', '=', query.projectId);
  if (query.status?.length) base = base.where('mobility.status', 'in', query.status);
  if (query.activityType?.length) base = base.where('mobility.activityType', 'in', query.activityType);
  if (query.destinationCountry?.length)
    base = base.where('mobility.destinationCountry', 'in', query.destinationCountry);
  if (query.startFrom) base = base.where('mobility.startDate', '>=', query.startFrom);
  if (query.startTo) base = base.where('mobility.startDate', '<=', query.startTo);
  if (query.participantId) {
    const participantId = query.participantId;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('mobilityParticipant')
          .select('mobilityParticipant.mobilityId')
          .whereRef('mobilityParticipant.mobilityId', '=', 'mobility.id')
          .where('mobilityParticipant.participantId', '=', participantId),
      ),
    );
  }
  if (query.participantKind?.length || query.fewerOpportunities !== undefined || query.search) {
    const { participantKind, fewerOpportunities, search } = query;
    base = base.where(({ exists, selectFrom }) => {
      let participants = selectFrom('mobilityParticipant')
        .innerJoin('participant', 'participant.id', 'mobilityParticipant.participantId')
        .select('mobilityParticipant.mobilityId')
        .whereRef('mobilityParticipant.mobilityId', '=', 'mobility.id');
      // Narrowing to the owner's participants lets the search use their index instead of every organisation's.
      participants =
        as === 'owner'
          ? participants.where('participant.organisationId', '=', organisationId)
          : participants.whereRef('participant.organisationId', '=', 'mobility.organisationId');
      if (participantKind?.length)
        participants = participants.where('participant.kind', 'in', participantKind);
      if (fewerOpportunities !== undefined)
        participants = participants.where('participant.fewerOpportunities', '=', fewerOpportunities);
      if (search)
        participants = participants.where(
          'participant.searchText',
          'like',
          containsPattern(searchKey(search)),
        );
      return exists(participants);
    });
  }

  let page = base
    .innerJoin('project', 'project.id', 'mobility.projectId')
    .innerJoin('organisation as beneficiary', 'beneficiary.id', 'mobility.organisationId')
    .select([
      'mobility.id',
      'mobility.projectId',
      'project.grantAgreementNumber',
      'beneficiary.legalName as beneficiaryName',
      'mobility.status',
      'mobility.activityType',
      'mobility.mode',
      'mobility.startDate',
      'mobility.endDate',
      'mobility.durationDays',
      'mobility.destinationCity',
      'mobility.destinationCountry',
      'mobility.distanceBand',
    ])
    .select((eb) =>
      eb
        .selectFrom('mobilityParticipant')
        .innerJoin('participant', 'participant.id', 'mobilityParticipant.participantId')
        .select(
          sql<string>`string_agg(participant.given_name || ' ' || participant.family_name, ', ' order by participant.family_name)`.as(
            'names',
          ),
        )
        .whereRef('mobilityParticipant.mobilityId', '=', 'mobility.id')
        .as('participantNames'),
    );
  // Undated drafts sort last: the order (and its index) puts a missing start date at -infinity.
  const startKey = sql`coalesce(mobility.start_date, '-infinity'::date)`;
  if (query.after) {
    const { startDate, id } = query.after;
    page = page.where(
      sql<boolean>`(${startKey}, mobility.id) < (coalesce(${startDate}::date, '-infinity'::date), ${id}::uuid)`,
    );
  }
  const [rows, total] = await Promise.all([
    page.orderBy(sql`${startKey} desc`).orderBy('mobility.id', 'desc').limit(query.limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}
