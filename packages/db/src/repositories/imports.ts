import type { ImportJobStatus, ParticipantCreate } from '@mobilis/schema';
import { type Insertable, sql } from 'kysely';
import { type BulkStatement, nextTurn } from '../bulk-writes.js';
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

/**
 * Holds the organisation's imports still until the transaction ends: a new or re-run import, against an erasure
 * that must know no import is waiting (its file could bring the person back).
 */
export async function lockOrganisationImports(db: Executor, organisationId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`imports:${organisationId}`}, 0))`.execute(db);
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

/** The organisation's jobs that still have work to do (queued, checking, or writing). */
export async function countUnfinishedImportJobs(db: Executor, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('importJob')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organisationId', '=', organisationId)
    .where('status', 'in', ['queued', 'analysing', 'committing'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * How many import jobs on the server are ahead of a queued one: those at work (or waiting to commit) and those
 * queued before it. A count only, never whose.
 */
export async function importJobsAhead(db: Executor, job: { id: string; updatedAt: Date }): Promise<number> {
  const row = await db
    .selectFrom('importJob')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('id', '!=', job.id)
    .where((eb) =>
      eb.or([
        eb('status', 'in', ['analysing', 'committing']),
        eb.and([eb('status', '=', 'queued'), eb('updatedAt', '<', job.updatedAt)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** What a worker needs to run a job, its file aside (see loadImportJobFile). */
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
      'columnMapping',
      'status',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

const filePiece = 4 * 1024 * 1024;

/**
 * A job's file, read 4 MB at a time as base64: the driver takes a 25 MB value (sent as 50 MB of hex) several times
 * longer than the same bytes in pieces of base64 text, which Node decodes natively.
 */
export async function loadImportJobFile(db: Executor, id: string): Promise<Buffer> {
  const job = await db
    .selectFrom('importJob')
    .select(sql<number>`octet_length(file_bytes)`.as('size'))
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const pieces: Buffer[] = [];
  for (let offset = 0; offset < Number(job.size); offset += filePiece) {
    const { piece } = await db
      .selectFrom('importJob')
      .select(
        sql<string>`encode(substring(file_bytes from ${offset + 1} for ${filePiece}), 'base64')`.as('piece'),
      )
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    pieces.push(Buffer.from(piece, 'base64'));
  }
  return Buffer.concat(pieces);
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

/** The lease a server process holds while it works on an import step of the organisation (one at a time). */
const importLeasePrefix = 'import:';
export const importLeaseName = (organisationId: string) => `${importLeasePrefix}${organisationId}`;

/**
 * Jobs with work left (queued, checking, or writing) whose organisation no other server process is working on:
 * its lease is free, ran out (that process stopped), or is `holder`'s own (this process, after an interruption).
 */
export async function pendingImportJobIds(db: Executor, holder: string): Promise<string[]> {
  const rows = await db
    .selectFrom('importJob')
    .select('id')
    .where('status', 'in', ['queued', 'analysing', 'committing'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('workLease')
            .select('workLease.name')
            .where(sql<boolean>`work_lease.name = ${importLeasePrefix} || import_job.organisation_id::text`)
            .where('workLease.holder', '!=', holder)
            .where('workLease.expiresAt', '>=', sql<Date>`clock_timestamp()`),
        ),
      ),
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
    .where('participant.erasedAt', 'is', null)
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
  return (
    db
      .selectFrom('mobility')
      .select(mobilityColumns)
      .select((eb) =>
        eb
          .selectFrom('mobilityParticipant')
          .select(sql<string[]>`array_agg(participant_id::text order by participant_id)`.as('ids'))
          .whereRef('mobilityParticipant.mobilityId', '=', 'mobility.id')
          .as('participantIds'),
      )
      // A mobility of someone erased (GDPR Art. 17) must not be linked to a named person again by a later file.
      .select(
        sql<boolean>`exists (select 1 from mobility_participant mp join participant pa on pa.id = mp.participant_id
        where mp.mobility_id = mobility.id and pa.erased_at is not null)`.as('ofErasedParticipant'),
      )
      .where('mobility.organisationId', '=', organisationId)
      .where('mobility.projectId', '=', projectId)
      .execute()
  );
}

// Set-based writes: statements for `runInOrder`, each built when it is pulled. Many rows go as
// `insert ... select from unnest($1::uuid[], $2::text[], ...)`: a parameter per column, not per value, so a batch
// of rows is one statement PostgreSQL parses and plans once. Each parameter is the array's text form, written here
// (quoting only free text), not by the driver at send time.

export async function* partnerStatements(
  organisationId: string,
  partners: ReadonlyArray<Omit<Insertable<PartnerOrganisation>, 'organisationId'> & { id: string }>,
): AsyncGenerator<BulkStatement> {
  const size = Math.floor(60_000 / 8); // PostgreSQL takes at most 65,535 parameters a statement
  for (let start = 0; start < partners.length; start += size) {
    const chunk = partners.slice(start, start + size);
    yield {
      run: (db) =>
        db
          .insertInto('partnerOrganisation')
          .values(chunk.map((partner) => ({ ...partner, organisationId })))
          .execute(),
      records: chunk.length,
    };
  }
}

/** `text[]` columns go through unnest as the text of each array (an array of arrays must be rectangular). */
type ColumnType = 'uuid' | 'text' | 'text[]' | 'date' | 'int4' | 'float8' | 'bool';

/** A column of a bulk write: its name in the table, its type, and its value in a row. */
type BulkColumn<T> = readonly [name: string, type: ColumnType, value: (row: T) => unknown];

function quoted(value: string): string {
  return value.includes('"') || value.includes('\\')
    ? `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
    : `"${value}"`;
}

/** PostgreSQL's text form of a text[] value. */
function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map(quoted).join(',')}}`;
}

function elementLiteral(type: ColumnType, item: unknown): string {
  if (item === null || item === undefined) return 'NULL';
  if (type === 'text') return quoted(String(item));
  if (type === 'text[]') return quoted(textArrayLiteral(item as string[]));
  return String(item);
}

/** PostgreSQL's text form of an array of one column's values. */
function arrayLiteral<T>(rows: readonly T[], type: ColumnType, value: (row: T) => unknown): string {
  const parts = new Array<string>(rows.length);
  for (let index = 0; index < rows.length; index++)
    parts[index] = elementLiteral(type, value(rows[index] as T));
  return `{${parts.join(',')}}`;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** `from unnest(...) as t(...)` over the rows' columns, written a column at a time. */
async function unnestOf<T>(rows: readonly T[], columns: ReadonlyArray<BulkColumn<T>>) {
  const arrays = [];
  for (const [, type, value] of columns) {
    arrays.push(sql`${arrayLiteral(rows, type, value)}::${sql.raw(type === 'text[]' ? 'text' : type)}[]`);
    await nextTurn();
  }
  return sql`from unnest(${sql.join(arrays)}) as t(${sql.raw(columns.map(([name]) => name).join(', '))})`;
}

/** The insert's column list and its select list over `t`, each `text[]` column cast back from its text. */
function insertLists<T>(columns: ReadonlyArray<BulkColumn<T>>) {
  return {
    names: sql.raw(columns.map(([name]) => name).join(', ')),
    selected: sql.raw(
      columns.map(([name, type]) => (type === 'text[]' ? `t.${name}::text[]` : `t.${name}`)).join(', '),
    ),
  };
}

/** `on conflict (id) do update` of every column but `id` and the ones `kept`, for the organisation's own rows. */
function upsertOf<T>(table: string, columns: ReadonlyArray<BulkColumn<T>>, kept: readonly string[] = []) {
  const updates = [
    ...columns.map(([name]) => name).filter((name) => name !== 'id' && !kept.includes(name)),
    'updated_at',
  ]
    .map((name) => `${name} = excluded.${name}`)
    .join(', ');
  return sql.raw(`on conflict (id) do update set ${updates}
where ${table}.organisation_id = excluded.organisation_id`);
}

const batchSize = 20_000;

/** Batches of rows, each split into the new ones (plain inserts) and the stored ones (upserts). */
function writeBatchesOf<T extends { id: string }>(rows: readonly T[], isNew: (id: string) => boolean) {
  const batches: Array<{ rows: T[]; upsert: boolean }> = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    for (const upsert of [false, true]) {
      const part = batch.filter(({ id }) => isNew(id) !== upsert);
      if (part.length > 0) batches.push({ rows: part, upsert });
    }
  }
  return batches;
}

type ParticipantRow = ReturnType<typeof participantColumns> & { id: string };

const participantWriteColumns: ReadonlyArray<BulkColumn<ParticipantRow>> = [
  ['id', 'uuid', (row) => row.id],
  ['given_name', 'text', (row) => row.givenName],
  ['family_name', 'text', (row) => row.familyName],
  ['email', 'text', (row) => row.email],
  ['birth_date', 'date', (row) => row.birthDate],
  ['gender', 'text', (row) => row.gender],
  ['nationality', 'text', (row) => row.nationality],
  ['preferred_language', 'text', (row) => row.preferredLanguage],
  ['kind', 'text', (row) => row.kind],
  ['fewer_opportunities', 'bool', (row) => row.fewerOpportunities],
  ['barriers', 'text[]', (row) => row.barriers],
  ['esi', 'text', (row) => row.esi],
  ['search_text', 'text', (row) => row.searchText],
];

/**
 * Inserts the participants `isNew` says are new with the given ids, and updates the organisation's participants
 * that have the others' ids. New rows take a plain insert: no conflict check for rows known not to exist.
 */
export async function* participantStatements(
  organisationId: string,
  participants: ReadonlyArray<{ id: string; participant: ParticipantCreate }>,
  isNew: (id: string) => boolean = () => false,
): AsyncGenerator<BulkStatement> {
  const { names, selected } = insertLists(participantWriteColumns);
  const upsertParticipant = upsertOf('participant', participantWriteColumns);
  for (const { rows, upsert } of writeBatchesOf(participants, isNew)) {
    const columns = rows.map(({ id, participant }) => ({ ...participantColumns(participant), id }));
    const query = sql`
insert into participant (${names}, organisation_id, updated_at)
select ${selected}, ${organisationId}::uuid, now()
${await unnestOf(columns, participantWriteColumns)}
${upsert ? upsertParticipant : sql``}`;
    yield { run: (db) => query.execute(db), records: rows.length };
  }
}

export type ImportedMobilityRow = Omit<Insertable<Mobility>, 'organisationId' | 'createdAt' | 'updatedAt'> & {
  id: string;
  participantId: string;
};

/** Mobility columns an import writes. */
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
  ['targetOutcomes', 'text[]'],
  ['mainLanguage', 'text'],
  ['durationDays', 'int4'],
  ['distanceKm', 'float8'],
  ['distanceBand', 'text'],
  ['greenTravel', 'bool'],
] as const satisfies ReadonlyArray<readonly [keyof ImportedMobilityRow, ColumnType]>;

const mobilityWriteColumns: ReadonlyArray<BulkColumn<ImportedMobilityRow>> = importedMobilityColumns.map(
  ([name, type]) => [snake(name), type, (row: ImportedMobilityRow) => row[name]] as const,
);

const linkColumns: ReadonlyArray<BulkColumn<ImportedMobilityRow>> = [
  ['mobility_id', 'uuid', (row) => row.id],
  ['participant_id', 'uuid', (row) => row.participantId],
];

/**
 * Inserts individual mobilities with the given ids (plainly, for those `isNew` says are new), or updates the
 * organisation's mobilities that have them, and makes each one's participant the given one.
 */
export async function* individualMobilityStatements(
  organisationId: string,
  mobilities: readonly ImportedMobilityRow[],
  isNew: (id: string) => boolean = () => false,
): AsyncGenerator<BulkStatement> {
  const { names, selected } = insertLists(mobilityWriteColumns);
  const upsertMobility = upsertOf('mobility', mobilityWriteColumns, ['project_id']);
  for (const { rows, upsert } of writeBatchesOf(mobilities, isNew)) {
    const mobility = sql`
insert into mobility (${names}, organisation_id, updated_at)
select ${selected}, ${organisationId}::uuid, now()
${await unnestOf(rows, mobilityWriteColumns)}
${upsert ? upsertMobility : sql``}`;
    const ids = arrayLiteral(rows, 'uuid', (row) => row.id);
    const links = sql`
insert into mobility_participant (mobility_id, participant_id, role)
select t.mobility_id, t.participant_id, 'participant'
${await unnestOf(rows, linkColumns)}`;
    yield {
      run: async (db) => {
        await mobility.execute(db);
        // A new mobility has no participants yet; a stored one gets the row's participant instead of its own.
        if (upsert)
          await sql`delete from mobility_participant where mobility_id = any(${ids}::uuid[])`.execute(db);
        await links.execute(db);
      },
      records: rows.length,
    };
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
