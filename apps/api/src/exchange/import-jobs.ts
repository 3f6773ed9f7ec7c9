import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  claimImportCommit,
  type Database,
  type Executor,
  findMembership,
  importDataVersion,
  importLeaseName,
  insertImportJob,
  loadImportJobFile,
  loadImportJobWork,
  lockOrganisationImports,
  moveImportJob,
  pendingImportJobIds,
  readLease,
  recordAuditEvent,
  recordImportProgress,
  releaseLease,
  renewLease,
  takeLease,
} from '@mobilis/db';
import { type ColumnChoice, confirmBlocker, type ImportJobStatus } from '@mobilis/schema';
import type { FastifyBaseLogger } from 'fastify';
import { isDatabaseUnavailable, NotFoundError } from '../domain-errors.js';
import { startRounds } from '../rounds.js';
import { fileKindOf, ImportFileError } from './import-file.js';
import { type ImportPlan, type ImportSource, planImport } from './import-plan.js';
import { writeImportPlan } from './import-write.js';
import { WorkGate } from './work-gate.js';

// Import jobs run in a server process, not in the request that starts them: the page polls their status, and a
// person may leave and come back. Any process on the database may run a job: it holds its organisation's lease
// (work_lease) while it runs a step, renewing it as it goes, so one organisation's steps run one at a time across
// processes, and a process that stops lets its lease run out for another to resume the job. A commit also holds
// its job's row lock in its one transaction, so it is never written twice. When the database goes away mid-step,
// the job keeps its state and this process resumes it once the database is back.

export interface ImportJobDeps {
  db: Database;
  clock: () => Date;
  log?: FastifyBaseLogger | undefined;
}

const running = new Map<string, Promise<void>>();

/** This server process, as a lease holder. */
const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** How long a lease lasts unless renewed, and how often a running step renews it; tests shorten both. */
export const importLease = { ttlMs: 30_000, renewEveryMs: 10_000 };

/**
 * How many import steps (a dry run or a commit) this process runs at once, and never two of one organisation: a
 * step of 150,000 rows holds some 300 MB while it plans, so without a bound a few parallel uploads exhaust the
 * heap. Steps beyond it wait, queued in the database, and `import.get` says how many are ahead.
 */
const importWork = { concurrency: 1 };
const gate = new WorkGate(() => importWork.concurrency);

/** Sets how many import steps may run at once (IMPORT_CONCURRENCY; 0 holds every step back, for tests). */
export function setImportConcurrency(concurrency: number): void {
  importWork.concurrency = concurrency;
  gate.pump();
}

/**
 * The latest dry runs' plans, kept so that a commit need not read and check the file again when nothing it was
 * checked against has changed since: same file and mapping, same day, same data version. Otherwise (after a
 * restart, or when another process commits) the commit reads the file from the database and plans again, against
 * the data as it is then. A few at most: a plan of 100,000 rows takes some 200 MB.
 */
const dryRunPlans = new Map<string, { plan: ImportPlan; key: string }>();
const keptPlans = 2;

function keepPlan(id: string, plan: ImportPlan, key: string) {
  dryRunPlans.delete(id);
  dryRunPlans.set(id, { plan, key });
  for (const oldest of dryRunPlans.keys()) if (dryRunPlans.size > keptPlans) dryRunPlans.delete(oldest);
}

async function planKey(db: Executor, deps: ImportJobDeps, job: Work): Promise<string> {
  const version = await importDataVersion(db, job.organisationId, job.projectId);
  return JSON.stringify([version, today(deps), job.columnMapping]);
}
/**
 * Records written so far by this process's commits in progress (their transaction hides the count from other
 * readers); other processes read it from the lease's progress.
 */
const writtenSoFar = new Map<string, number>();

export async function createImportJob(
  db: Database,
  job: { organisationId: string; projectId: string; userId: string; fileName: string; bytes: Uint8Array },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await lockOrganisationImports(trx, job.organisationId);
    return insertImportJob(trx, {
      organisationId: job.organisationId,
      projectId: job.projectId,
      createdBy: job.userId,
      fileName: job.fileName.slice(0, 200),
      fileKind: fileKindOf(job.bytes),
      fileBytes: Buffer.from(job.bytes),
    });
  });
}

/**
 * Runs whatever the job needs next (its dry run, or its commit) once the gate lets it; one run per job at a time.
 */
export function runImportJob(deps: ImportJobDeps, id: string): Promise<void> {
  const current = running.get(id);
  if (current) return current;
  const run = loadImportJobWork(deps.db, id)
    .then((job) => job && gate.run(job.organisationId, () => runNextStep(deps, job)))
    .catch((error: unknown) =>
      isDatabaseUnavailable(error)
        ? deps.log?.warn({ importJob: id }, 'import step paused: the database cannot be reached')
        : deps.log?.error({ err: error, importJob: id }, 'import job failed'),
    )
    .finally(() => running.delete(id));
  running.set(id, run);
  return run;
}

/** Resolves when the job's current run (if any) ends. */
export function importJobSettled(id: string): Promise<void> {
  return running.get(id) ?? Promise.resolve();
}

/** Records a commit in progress has written, whichever process runs it; undefined when none is running. */
export async function rowsWrittenSoFar(
  db: Executor,
  job: { id: string; organisationId: string },
): Promise<number | undefined> {
  const mine = writtenSoFar.get(job.id);
  if (mine !== undefined) return mine;
  const progress = (await readLease(db, importLeaseName(job.organisationId)))?.progress as
    | { jobId?: string; rowsWritten?: number }
    | null
    | undefined;
  return progress?.jobId === job.id ? progress.rowsWritten : undefined;
}

type Work = NonNullable<Awaited<ReturnType<typeof loadImportJobWork>>>;

async function runNextStep(deps: ImportJobDeps, { id, organisationId }: Work): Promise<void> {
  const lease = { name: importLeaseName(organisationId), holder };
  // Another process works on this organisation's imports: it, or whoever takes over its lease, gets to this job.
  if (!(await takeLease(deps.db, { ...lease, ttlMs: importLease.ttlMs }))) return;
  const renewal = setInterval(() => {
    const rowsWritten = writtenSoFar.get(id);
    renewLease(deps.db, {
      ...lease,
      ttlMs: importLease.ttlMs,
      progress: rowsWritten === undefined ? undefined : { jobId: id, rowsWritten },
    }).catch(() => {}); // the database is away: the step fails on its own, or the next renewal gets through
  }, importLease.renewEveryMs);
  try {
    // Read again under the lease: another process may have moved the job on meanwhile.
    const job = await loadImportJobWork(deps.db, id);
    if (job?.status === 'queued' || job?.status === 'analysing') await analyse(deps, job);
    else if (job?.status === 'committing') await commit(deps, job);
  } finally {
    clearInterval(renewal);
    // Kept when the database is away: the lease runs out, or this process resumes the job once it is back.
    await releaseLease(deps.db, lease).catch(() => {});
  }
}

const today = (deps: ImportJobDeps) => deps.clock().toISOString().slice(0, 10);

/**
 * The job's file and settings; the file is read only when a run plans (a commit on a kept plan does not). Barrier
 * categories are read only if the person who uploaded the file may record them, as they stand now.
 */
async function sourceOf(db: Executor, job: Work): Promise<ImportSource> {
  const uploader = job.createdBy ? await findMembership(db, job.createdBy, job.organisationId) : undefined;
  return {
    organisationId: job.organisationId,
    projectId: job.projectId,
    fileKind: job.fileKind as ImportSource['fileKind'],
    fileBytes: await loadImportJobFile(db, job.id),
    columnMapping: job.columnMapping as Record<string, ColumnChoice>,
    mayRecordBarriers: uploader?.specialCategories ?? false,
  };
}

function outcomeColumns(plan: ImportPlan) {
  return {
    layout: plan.report.layout,
    headers: JSON.stringify(plan.report.headers),
    report: JSON.stringify(plan.report),
    rowsRead: plan.report.counts.rows,
    rowsValidated: plan.report.counts.rows,
  };
}

async function analyse(deps: ImportJobDeps, job: Work): Promise<void> {
  const started = await moveImportJob(deps.db, job.id, ['queued', 'analysing'], 'analysing', {
    rowsRead: 0,
    rowsValidated: 0,
    rowsWritten: 0,
    error: null,
    report: null,
  });
  if (!started) return;
  try {
    // Taken before planning: a change made meanwhile then makes the commit plan again.
    const key = await planKey(deps.db, deps, job);
    const plan = await planImport(deps.db, await sourceOf(deps.db, job), today(deps), (progress) =>
      recordImportProgress(deps.db, job.id, progress),
    );
    if (await moveImportJob(deps.db, job.id, ['analysing'], 'ready', outcomeColumns(plan)))
      keepPlan(job.id, plan, key);
  } catch (error) {
    await fail(deps, job.id, 'analysing', error);
  }
}

async function commit(deps: ImportJobDeps, job: Work): Promise<void> {
  try {
    await deps.db.transaction().execute(async (tx) => {
      if (!(await claimImportCommit(tx, job.id))) return;
      // The organisation's data may have changed since the dry run: then plan again, and write only a clean plan.
      const kept = dryRunPlans.get(job.id);
      dryRunPlans.delete(job.id);
      const plan =
        kept && kept.key === (await planKey(tx, deps, job))
          ? kept.plan
          : await planImport(tx, await sourceOf(tx, job), today(deps));
      const blocker = confirmBlocker(plan.report);
      if (blocker) throw new ImportFileError(`The data changed since the dry run. ${blocker}`);
      const written = await writeImportPlan(tx, job.organisationId, job.projectId, plan, (count) =>
        writtenSoFar.set(job.id, count),
      );
      const { counts, records } = plan.report;
      await recordAuditEvent(tx, {
        actorUserId: job.confirmedBy ?? job.createdBy,
        organisationId: job.organisationId,
        entityType: 'import',
        entityId: job.id,
        action: 'commit',
        changes: {
          fileName: { to: job.fileName },
          projectId: { to: job.projectId },
          ...Object.fromEntries(Object.entries({ ...counts, ...records }).map(([key, to]) => [key, { to }])),
        },
      });
      await moveImportJob(tx, job.id, ['committing'], 'committed', {
        ...outcomeColumns(plan),
        rowsWritten: written,
      });
    });
  } catch (error) {
    await fail(deps, job.id, 'committing', error);
  } finally {
    writtenSoFar.delete(job.id);
  }
}

async function fail(deps: ImportJobDeps, id: string, from: ImportJobStatus, error: unknown): Promise<void> {
  // Not the job's fault: it keeps its state, and the next round (here or in another process) runs the step again.
  if (isDatabaseUnavailable(error)) {
    deps.log?.warn({ importJob: id, step: from }, 'import step interrupted: the database is unreachable');
    return;
  }
  const known = error instanceof ImportFileError || error instanceof NotFoundError;
  if (!known) deps.log?.error({ err: error, importJob: id }, 'import job failed');
  const message = known ? error.message : 'The import failed on the server; nothing was written. Try again.';
  await moveImportJob(deps.db, id, [from], 'failed', { error: message });
}

/** Picks up pending jobs every `intervalMs`; stop() waits for the round in progress. */
export function startImportRunner(deps: ImportJobDeps & { intervalMs: number }) {
  const rounds = startRounds(
    'import',
    async () => {
      const ids = await pendingImportJobIds(deps.db, holder);
      for (const id of ids) await runImportJob(deps, id);
    },
    deps,
  );
  return {
    async stop() {
      await rounds.stop();
      await Promise.all(running.values());
    },
  };
}
