import {
  findImportJob,
  importJobsAhead,
  listImportJobs,
  lockOrganisationImports,
  moveImportJob,
} from '@mobilis/db';
import {
  barrierColumns,
  type ColumnChoice,
  confirmBlocker,
  ImportColumnMappingSchema,
  type ImportReport,
} from '@mobilis/schema';
import { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain-errors.js';
import { rowsWrittenSoFar, runImportJob } from '../exchange/import-jobs.js';
import type { Context } from '../trpc/context.js';
import { coordinatorProcedure, organisationProcedure, router } from '../trpc/init.js';

// Import jobs of an organisation. The file itself is uploaded over plain HTTP (exchange/import-routes.ts); these
// procedures follow the job: its dry-run report, the mapping of unknown columns, confirmation and cancellation.

const JobInput = z.object({ id: z.uuid({ error: 'Import id must be an id (a UUID)' }) });
const MappingInput = JobInput.extend({ mapping: ImportColumnMappingSchema });

async function loadJob(ctx: Pick<Context, 'db'>, organisationId: string, id: string) {
  const job = await findImportJob(ctx.db, organisationId, id);
  if (!job) throw new NotFoundError('Import');
  return job;
}

function kick(ctx: Context, id: string) {
  void runImportJob({ db: ctx.db, clock: ctx.services.clock, log: ctx.log }, id);
}

export const importRouter = router({
  list: organisationProcedure.query(async ({ ctx }) => listImportJobs(ctx.db, ctx.organisation.id)),

  /** The job, its progress and its report; `confirmBlocker` says why it cannot be confirmed yet. */
  get: organisationProcedure.input(JobInput).query(async ({ ctx, input }) => {
    const {
      organisationId: _o,
      createdBy: _c,
      headers: _h,
      ...job
    } = await loadJob(ctx, ctx.organisation.id, input.id);
    const report = job.report as ImportReport | null;
    return {
      ...job,
      columnMapping: job.columnMapping as Record<string, ColumnChoice>,
      report,
      rowsWritten:
        (job.status === 'committing'
          ? await rowsWrittenSoFar(ctx.db, { id: job.id, organisationId: ctx.organisation.id })
          : undefined) ?? job.rowsWritten,
      jobsAhead: job.status === 'queued' ? await importJobsAhead(ctx.db, job) : null,
      confirmBlocker: job.status === 'ready' ? confirmBlocker(report) : null,
    };
  }),

  /** Maps the file's unknown columns to fields (or ignores them) and runs the dry run again. */
  setMapping: coordinatorProcedure.input(MappingInput).mutation(async ({ ctx, input }) => {
    const job = await loadJob(ctx, ctx.organisation.id, input.id);
    // Remapping the barriers column elsewhere would show its cells in the report, and mapping a column to
    // barriers records special categories: both need the access to them.
    if (!ctx.organisation.specialCategories) {
      const headers = (job.headers as string[] | null) ?? [];
      const barrierHeaders = new Set(barrierColumns(headers).map((index) => headers[index]));
      if (
        Object.entries(input.mapping).some(
          ([header, choice]) => choice === 'barriers' || barrierHeaders.has(header),
        )
      )
        throw new ForbiddenError('Mapping the barriers column needs access to special categories');
    }
    const mapping = { ...(job.columnMapping as Record<string, ColumnChoice>), ...input.mapping };
    const moved = await ctx.db.transaction().execute(async (trx) => {
      await lockOrganisationImports(trx, ctx.organisation.id);
      return moveImportJob(trx, job.id, ['ready', 'failed'], 'queued', {
        columnMapping: JSON.stringify(mapping),
      });
    });
    if (!moved) throw new ConflictError('The import is running or finished: its columns cannot change now');
    kick(ctx, job.id);
    return { id: job.id };
  }),

  /** Writes the dry run's rows, all or none; only a dry run without rejected rows can be confirmed. */
  confirm: coordinatorProcedure.input(JobInput).mutation(async ({ ctx, input }) => {
    const job = await loadJob(ctx, ctx.organisation.id, input.id);
    if (job.status !== 'ready')
      throw new ConflictError(`The import is ${job.status}: it cannot be confirmed`);
    const blocker = confirmBlocker(job.report as ImportReport | null);
    if (blocker) throw new ValidationError(blocker, { file: [blocker] });
    const moved = await moveImportJob(ctx.db, job.id, ['ready'], 'committing', {
      confirmedBy: ctx.user.userId,
    });
    if (!moved) throw new ConflictError('The import changed meanwhile: reload it');
    kick(ctx, job.id);
    return { id: job.id };
  }),

  cancel: coordinatorProcedure.input(JobInput).mutation(async ({ ctx, input }) => {
    const job = await loadJob(ctx, ctx.organisation.id, input.id);
    const moved = await moveImportJob(
      ctx.db,
      job.id,
      ['queued', 'analysing', 'ready', 'failed'],
      'cancelled',
    );
    if (!moved) throw new ConflictError(`The import is ${job.status}: it cannot be cancelled`);
    return { id: job.id };
  }),
});
