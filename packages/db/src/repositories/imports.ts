import type { ImportJobStatus, ParticipantCreate } from '@mobilis/schema';
import { type Insertable, sql } from 'kysely';
import type { Executor } from '../executor.js';
import type { ImportJob, Mobility, PartnerOrganisation } from '../generated/database.js';
import { mobilityColumns } from './mobilities.js';
import { participantBaseColumns, participantColumns } from './participants.js';

// Import jobs, and the set-based reads and writes an import needs: everything it matches rows against, read once,
// and its records written many rows per statement.

const jobSummaryColumns = [
  'importJob.id',
  'importJob.projectId',
  'importJob.fileName',
  'importJob.fileKind',
  'importJob.layout',
  'importJob.status',
  'importJob.rowsRead',
  'importJob.rowsValidated',
  'importJob.rowsWritten',
  'importJob.error',
  'importJob.createdAt',
  'importJob.updatedAt',
  'importJob.finishedAt',
] as const;

export async function insertImportJob(
  db: Executor,
  job: Pick<
    Insertable<ImportJob>,
    'organisationId' | 'projectId' | 'createdBy' | 'fileName' | 'fileKind' | 'fileBytes'
  >,
): Promise<string> {
  const { id } = await db.insertInto('importJob').values(job).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The organisation's jobs, newest first, without their files and reports. */
export async function listImportJobs(db: Executor, organisationId: string, limit = 50) {
  return db
    .selectFrom('importJob')
    .innerJoin('project', 'project.id', 'importJob.projectId')
    .select(jobSummaryColumns)
    .select('project.grantAgreementNumber')
    .where('importJob.organisationId', '=', organisationId)
    .orderBy('importJob.createdAt', 'desc')
    .limit(limit)
    .execute();
}

/** A job with its mapping and report (not its file), or undefined when the organisation has none with this id. */
export async function findImportJob(db: Executor, organisationId: string, id: string) {
  return db
    .selectFrom('importJob')
    .innerJoin('project', 'project.id', 'importJob.projectId')
    .select(jobSummaryColumns)
    .select([
      'project.grantAgreementNumber',
      'importJob.headers',
      'importJob.columnMapping',
      'importJob.report',
      'importJob.organisationId',
      'importJob.createdBy',
    ])
    .where('importJob.organisationId', '=', organisationId)
    .where('importJob.id', '=', id)
    .executeTakeFirst();
}

/** What a worker needs to run a job: the job with its file. */
export async function loadImportJobWork(db: Executor, id: string) {
  return db
    .selectFrom('importJob')
    .select([
      'id',
      'organisationId',
      'projectId',
      'createdBy',
      'confirmedBy',
      'fileName',
      'fileKind',
      'fileBytes',
      'columnMapping',
      'status',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Moves a job from one of `from` to `to` with other columns; false when it was in none of them (another worker,
 * or the user, got there first).
 */
export async function moveImportJob(
  db: Executor,
  id: string,
  from: readonly ImportJobStatus[],
  to: ImportJobStatus,
  changes: Partial<
    Pick<
      Insertable<ImportJob>,
      | 'layout'
      | 'headers'
      | 'columnMapping'
      | 'report'
      | 'error'
      | 'rowsRead'
      | 'rowsValidated'
      | 'rowsWritten'
      | 'confirmedBy'
    >
  > = {},
): Promise<boolean> {
  const finished = to === 'committed' || to === 'failed' || to === 'cancelled';
  const result = await db
    .updateTable('importJob')
    .set({ ...changes, status: to, updatedAt: new Date(), ...(finished ? { finishedAt: new Date() } : {}) })
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Progress of a running analysis; it also shows the job is alive. */
export async function recordImportProgress(
  db: Executor,
  id: string,
  progress: { rowsRead: number; rowsValidated: number },
): Promise<void> {
  await db
    .updateTable('importJob')
    .set({ ...progress, updatedAt: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'analysing')
    .execute();
}

/**
 * Jobs a worker should pick up: queued ones, and analyses or commits nobody has shown progress on for
 * `staleAfterMs` (their server stopped). A commit in progress holds its row lock, so its worker is skipped.
 */
export async function pendingImportJobIds(db: Executor, now: Date, staleAfterMs: number): Promise<string[]> {
  const staleBefore = new Date(now.getTime() - staleAfterMs);
  const rows = await db
    .selectFrom('importJob')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('status', '=', 'queued'),
        eb.and([eb('status', 'in', ['analysing', 'committing']), eb('updatedAt', '<', staleBefore)]),
      ]),
    )
    .orderBy('createdAt')
    .limit(20)
    .execute();
  return rows.map((row) => row.id);
}

/** Locks a committing job for its one transaction; undefined when another worker holds it or it moved on. */
export async function claimImportCommit(db: Executor, id: string) {
  return db
    .selectFrom('importJob')
    .select('id')
    .where('id', '=', id)
    .where('status', '=', 'committing')
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

// Matching: the organisation's participants, partners and the project's mobilities, read once per import.

export async function participantsForMatching(db: Executor, organisationId: string) {
  return db
    .selectFrom('participant')
    .select([...participantBaseColumns, 'participant.barriers'])
    .where('participant.organisationId', '=', organisationId)
    .execute();
}

export async function partnersForMatching(db: Executor, organisationId: string) {
  return db
    .selectFrom('partnerOrganisation')
    .select(['id', 'legalName', 'oid', 'country', 'city'])
    .where('organisationId', '=', organisationId)
    .execute();
}

export async function mobilitiesForMatching(db: Executor, organisationId: string, projectId: string) {
  return db
    .selectFrom('mobility')
    .select(mobilityColumns)
    .select((eb) =>
      eb
        .selectFrom('mobilityParticipant')
        .select(sql<string[]>`array_agg(participant_id::text order by participant_id)`.as('ids'))
        .whereRef('mobilityParticipant.mobilityId', '=', 'mobility.id')
        .as('participantIds'),
    )
    .where('mobility.organisationId', '=', organisationId)
    .where('mobility.projectId', '=', projectId)
    .execute();
}

// Set-based writes. PostgreSQL takes at most 65,535 parameters a statement.

function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(60_000 / columns));
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

export async function insertPartnersInBulk(
  db: Executor,
  organisationId: string,
  partners: ReadonlyArray<Omit<Insertable<PartnerOrganisation>, 'organisationId'> & { id: string }>,
): Promise<void> {
  for (const chunk of chunks(partners, 8))
    await db
      .insertInto('partnerOrganisation')
      .values(chunk.map((partner) => ({ ...partner, organisationId })))
      .execute();
}

/**
 * Rows as one array per column, for `insert ... select from unnest(...)`: a statement takes a parameter per
 * column, not per value, so a whole chunk of rows goes in one statement PostgreSQL parses and plans once.
 */
function columnsOf<T extends object, K extends keyof T>(rows: readonly T[], keys: readonly K[]) {
  return Object.fromEntries(keys.map((key) => [key, rows.map((row) => row[key] ?? null)])) as {
    [P in K]: Array<T[P] | null>;
  };
}

const unnestChunk = 20_000;

/** PostgreSQL's text form of a text array, for a text[] column carried through unnest as text. */
function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** Inserts participants with the given ids, or updates the organisation's participants that have them. */
export async function upsertParticipants(
  db: Executor,
  organisationId: string,
  participants: ReadonlyArray<{ id: string; participant: ParticipantCreate }>,
): Promise<void> {
  for (let start = 0; start < participants.length; start += unnestChunk) {
    const rows = participants.slice(start, start + unnestChunk).map(({ id, participant }) => {
      const columns = participantColumns(participant);
      return { ...columns, id, barriers: textArrayLiteral(columns.barriers) };
    });
    const c = columnsOf(rows, [
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
      'searchText',
    ]);
    await sql`
insert into participant (id, organisation_id, given_name, family_name, email, birth_date, gender, nationality,
  preferred_language, kind, fewer_opportunities, barriers, esi, search_text, updated_at)
select t.id, ${organisationId}::uuid, t.given_name, t.family_name, t.email, t.birth_date, t.gender, t.nationality,
  t.preferred_language, t.kind, t.fewer_opportunities, t.barriers::text[], t.esi, t.search_text, now()
from unnest(${c.id}::uuid[], ${c.givenName}::text[], ${c.familyName}::text[], ${c.email}::text[],
  ${c.birthDate}::date[], ${c.gender}::text[], ${c.nationality}::text[], ${c.preferredLanguage}::text[],
  ${c.kind}::text[], ${c.fewerOpportunities}::boolean[], ${c.barriers}::text[], ${c.esi}::text[],
  ${c.searchText}::text[])
  as t(id, given_name, family_name, email, birth_date, gender, nationality, preferred_language, kind,
    fewer_opportunities, barriers, esi, search_text)
on conflict (id) do update set
  given_name = excluded.given_name, family_name = excluded.family_name, email = excluded.email,
  birth_date = excluded.birth_date, gender = excluded.gender, nationality = excluded.nationality,
  preferred_language = excluded.preferred_language, kind = excluded.kind,
  fewer_opportunities = excluded.fewer_opportunities, barriers = excluded.barriers, esi = excluded.esi,
  search_text = excluded.search_text, updated_at = excluded.updated_at
where participant.organisation_id = excluded.organisation_id`.execute(db);
  }
}

export type ImportedMobilityRow = Omit<Insertable<Mobility>, 'organisationId' | 'createdAt' | 'updatedAt'> & {
  id: string;
  participantId: string;
};

/** Mobility columns an import writes, in the order of the statement below. */
const importedMobilityColumns = [
  ['id', 'uuid'],
  ['projectId', 'uuid'],
  ['activityId', 'text'],
  ['status', 'text'],
  ['activityType', 'text'],
  ['mode', 'text'],
  ['sendingOrganisationId', 'uuid'],
  ['receivingOrganisationId', 'uuid'],
  ['consortiumMemberId', 'uuid'],
  ['originCity', 'text'],
  ['originCountry', 'text'],
  ['originLat', 'float8'],
  ['originLon', 'float8'],
  ['destinationCity', 'text'],
  ['destinationCountry', 'text'],
  ['destinationLat', 'float8'],
  ['destinationLon', 'float8'],
  ['startDate', 'date'],
  ['endDate', 'date'],
  ['travelDays', 'int4'],
  ['blended', 'bool'],
  ['meansOfTransport', 'text'],
  ['longTerm', 'bool'],
  ['targetOutcomes', 'text'],
  ['mainLanguage', 'text'],
  ['durationDays', 'int4'],
  ['distanceKm', 'float8'],
  ['distanceBand', 'text'],
  ['greenTravel', 'bool'],
] as const satisfies ReadonlyArray<readonly [keyof ImportedMobilityRow, string]>;

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * Inserts individual mobilities with the given ids, or updates the organisation's mobilities that have them, and
 * makes each one's participant the given one.
 */
export async function upsertIndividualMobilities(
  db: Executor,
  organisationId: string,
  mobilities: readonly ImportedMobilityRow[],
): Promise<void> {
  const names = importedMobilityColumns.map(([name]) => snake(name));
  const list = sql.raw(names.join(', '));
  const selected = sql.raw(
    names.map((name) => (name === 'target_outcomes' ? 't.target_outcomes::text[]' : `t.${name}`)).join(', '),
  );
  const updates = sql.raw(
    [...names.filter((name) => name !== 'id' && name !== 'project_id'), 'updated_at']
      .map((name) => `${name} = excluded.${name}`)
      .join(', '),
  );
  for (let start = 0; start < mobilities.length; start += unnestChunk) {
    const chunk = mobilities.slice(start, start + unnestChunk).map((mobility) => ({
      ...mobility,
      targetOutcomes: mobility.targetOutcomes ? textArrayLiteral(mobility.targetOutcomes as string[]) : null,
    }));
    const arrays = sql.join(
      importedMobilityColumns.map(
        ([name, type]) => sql`${chunk.map((row) => row[name] ?? null)}::${sql.raw(type)}[]`,
      ),
    );
    await sql`
insert into mobility (${list}, organisation_id, updated_at)
select ${selected}, ${organisationId}::uuid, now()
from unnest(${arrays}) as t(${list})
on conflict (id) do update set ${updates}
where mobility.organisation_id = excluded.organisation_id`.execute(db);
    const ids = chunk.map((mobility) => mobility.id);
    await sql`delete from mobility_participant where mobility_id = any(${ids}::uuid[])`.execute(db);
    await sql`
insert into mobility_participant (mobility_id, participant_id, role)
select mobility_id, participant_id, 'participant'
from unnest(${ids}::uuid[], ${chunk.map((mobility) => mobility.participantId)}::uuid[]) as t(mobility_id, participant_id)`.execute(
      db,
    );
  }
}

/**
 * A value that changes whenever the records an import matches against change (rows added, edited or deleted, or
 * the project renumbered): a dry run's plan still holds while it is the same.
 */
export async function importDataVersion(
  db: Executor,
  organisationId: string,
  projectId: string,
): Promise<string> {
  const { rows } = await sql<{ version: string }>`
select concat_ws('|',
  (select count(*) || ':' || coalesce(max(updated_at)::text, '') from participant where organisation_id = ${organisationId}),
  (select count(*) || ':' || coalesce(max(updated_at)::text, '') from mobility where organisation_id = ${organisationId}),
  (select count(*) || ':' || coalesce(max(updated_at)::text, '') from partner_organisation where organisation_id = ${organisationId}),
  (select grant_agreement_number || action_type || field || updated_at::text from project where id = ${projectId})
) as version`.execute(db);
  return rows[0]?.version ?? '';
}
